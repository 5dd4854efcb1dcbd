import type { Key } from "ink";
import type { ReviewAction } from "./apply-review-action.js";

/** What a key does on the main screen: a review action, or something only the screen handles. */
export type KeyCommand =
  | { readonly kind: "action"; readonly action: ReviewAction }
  | { readonly kind: "search" | "search-next" | "filter-menu" | "help" | "quit" | "first-left" }
  | { readonly kind: "scroll"; readonly by: number };

/** The keys, as `?` lists them and docs/review.md describes them. */
export const REVIEW_KEYS: readonly (readonly [keys: string, what: string])[] = [
  ["j / ↓   k / ↑", "next / previous bead in the queue"],
  ["a", "accept the bead"],
  ["r", "reject the bead"],
  ["s", "skip (leave it for later)"],
  ["u", "undo the last decision or edit"],
  ["J   K", "scroll a bead taller than the screen down / up"],
  ["m", "merge with the next bead (reading order)"],
  ["x", "split a multi-sentence bead in two"],
  ["Tab", "switch the side [ and ] work on"],
  ["[  ]", "move the boundary with the next bead left / right"],
  ["/   n", "search source and target text / next match"],
  ["f", "filter: all, unreviewed, rejected, moved, score below X"],
  ["g", "go to the first bead left to do"],
  ["?", "this help"],
  ["q  Ctrl-C", "quit (every decision is already saved)"],
];

/**
 * Maps one key press to what it does; undefined for keys that do nothing.
 *
 * @example
 * keyToCommand("a", key) // → { kind: "action", action: { type: "decide", status: "accepted" } }
 */
export function keyToCommand(input: string, key: Partial<Key>): KeyCommand | undefined {
  const action = (a: ReviewAction): KeyCommand => ({ kind: "action", action: a });
  if (key.downArrow) return action({ type: "move", by: 1 });
  if (key.upArrow) return action({ type: "move", by: -1 });
  if (key.pageDown) return action({ type: "move", by: 10 });
  if (key.pageUp) return action({ type: "move", by: -10 });
  if (key.tab) return action({ type: "switch-side" });
  if (key.ctrl || key.meta) return undefined;
  switch (input) {
    case "j":
      return action({ type: "move", by: 1 });
    case "k":
      return action({ type: "move", by: -1 });
    case "a":
      return action({ type: "decide", status: "accepted" });
    case "r":
      return action({ type: "decide", status: "rejected" });
    case "s":
      return action({ type: "decide", status: "skipped" });
    case "u":
      return action({ type: "undo" });
    case "m":
      return action({ type: "merge" });
    case "x":
      return action({ type: "split" });
    case "[":
      return action({ type: "boundary", direction: "left" });
    case "]":
      return action({ type: "boundary", direction: "right" });
    case "J":
      return { kind: "scroll", by: 1 };
    case "K":
      return { kind: "scroll", by: -1 };
    case "/":
      return { kind: "search" };
    case "n":
      return { kind: "search-next" };
    case "f":
      return { kind: "filter-menu" };
    case "g":
      return { kind: "first-left" };
    case "?":
      return { kind: "help" };
    case "q":
      return { kind: "quit" };
    default:
      return undefined;
  }
}

/**
 * One read from the terminal holding several characters (fast typing, a paste) as
 * the keys it stands for, one by one: Enter, Tab, Backspace and Esc inside it too.
 *
 * @example
 * splitTypedKeys("/Nang\r").at(-1) // ["\r", { return: true }]
 */
export function splitTypedKeys(input: string): [string, Partial<Key>][] {
  return [...input].map((char): [string, Partial<Key>] => {
    if (char === "\r" || char === "\n") return [char, { return: true }];
    if (char === "\t") return [char, { tab: true }];
    if (char === "\x7f" || char === "\b") return [char, { backspace: true }];
    if (char === "\x1b") return [char, { escape: true }];
    return [char, {}];
  });
}
