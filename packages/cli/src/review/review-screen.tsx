/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text, useInput, type Key } from "ink";
import { useMemo, useRef, useState } from "react";
import { applyReviewAction, type ReviewAction } from "./apply-review-action.js";
import { assessRisk, typicalLengthRatio } from "./assess-risk.js";
import { isScored } from "./bead-edit.js";
import { BeadView } from "./bead-view.js";
import { documentNeighbour } from "./document-neighbour.js";
import { countStatuses } from "./count-statuses.js";
import { findMatch } from "./find-match.js";
import { HelpView } from "./help-view.js";
import { isLeft, type ReviewTexts } from "./review-bead.js";
import type { ReviewChange } from "./review-change.js";
import { describeFilter, type ReviewFilter } from "./review-filter.js";
import { keyToCommand, splitTypedKeys } from "./review-keys.js";
import type { ReviewState } from "./review-state.js";
import { StatusLine } from "./status-line.js";
import { visibleKeys } from "./visible-keys.js";

export interface ReviewScreenProps {
  readonly initialState: ReviewState;
  readonly texts: ReviewTexts;
  /** "run 3 · seeds/000….txt → seeds/001….txt" */
  readonly title: string;
  readonly languages: { readonly source: string; readonly target: string };
  readonly columns: number;
  readonly rows: number;
  /**
   * Called with every change before the screen shows it; the command writes it to the
   * store. If it throws, the screen keeps the old state and shows the error.
   */
  readonly onChange: (change: ReviewChange) => void;
  readonly onQuit: () => void;
}

type Mode = "normal" | "help" | "search" | "filter" | "threshold";

/**
 * The full-screen review: one bead at a time, keys from {@link keyToCommand}.
 *
 * @example
 * render(<ReviewScreen initialState={state} texts={texts} title="run 1" languages={{ source: "nl", target: "en" }}
 *   columns={80} rows={24} onChange={(change) => store.write(change)} onQuit={() => app.exit()} />);
 */
export function ReviewScreen(props: ReviewScreenProps) {
  const { texts, columns, rows } = props;
  const [state, setStateNow] = useState(props.initialState);
  const [mode, setModeNow] = useState<Mode>("normal");
  const [typed, setTypedNow] = useState("");
  const [message, setMessage] = useState("? for help");
  // Scrolling belongs to one bead: moving on starts the next one at its top.
  const [scrolled, setScrolledNow] = useState<{ key: number | undefined; by: number }>({ key: undefined, by: 0 });
  // Keys are read from these, not from the last render: keys typed faster than the
  // screen redraws (`/` and the search words right after it) must see the mode and
  // text the keys before them made, or they are taken as commands and lost.
  const live = useRef({ state, mode, typed, query: "", scrolled });
  const setState = (next: ReviewState) => {
    live.current.state = next;
    setStateNow(next);
  };
  const setMode = (next: Mode) => {
    live.current.mode = next;
    setModeNow(next);
  };
  const setTyped = (next: string) => {
    live.current.typed = next;
    setTypedNow(next);
  };
  const setScrolled = (next: { key: number | undefined; by: number }) => {
    live.current.scrolled = next;
    setScrolledNow(next);
  };
  const scrollOf = (current: ReviewState, at: { key: number | undefined; by: number }) => (at.key === current.current ? at.by : 0);
  const scroll = scrollOf(state, scrolled);
  const ratio = useMemo(() => typicalLengthRatio(props.initialState.beads, texts), [props.initialState, texts]);

  const act = (action: ReviewAction) => {
    const result = applyReviewAction(live.current.state, action);
    if (result.change) {
      try {
        props.onChange(result.change);
      } catch (error) {
        setMessage(`not saved: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
    setState(result.state);
    setMessage(result.message ?? (result.change ? `saved: ${result.change.what}` : ""));
  };

  const setFilter = (filter: ReviewFilter) => {
    setMode("normal");
    act({ type: "filter", filter });
  };

  const search = (needle: string) => {
    const now = live.current.state;
    const found = findMatch(now, texts, needle);
    if (found === undefined) setMessage(`no match for "${needle}"`);
    else {
      setState(applyReviewAction(now, { type: "goto", key: found }).state);
      setMessage(`found "${needle}"`);
    }
  };

  const handleKey = (input: string, key: Partial<Key>) => {
    const { mode, typed } = live.current;
    if (mode === "help") {
      setMode("normal");
      return;
    }
    if (mode === "search" || mode === "threshold") {
      if (key.escape) {
        setMode("normal");
        setMessage("");
      } else if (key.return) {
        setMode("normal");
        if (mode === "search") {
          live.current.query = typed;
          search(typed);
        } else {
          const threshold = Number(typed);
          if (typed.trim() === "" || !Number.isFinite(threshold)) setMessage(`not a number: "${typed}"`);
          else setFilter({ kind: "score-below", threshold });
        }
      } else if (key.backspace || key.delete) setTyped(typed.slice(0, -1));
      else if (!key.ctrl && !key.meta && input) setTyped(typed + input);
      return;
    }
    if (mode === "filter") {
      const choice: Record<string, ReviewFilter> = {
        a: { kind: "all" },
        u: { kind: "unreviewed" },
        r: { kind: "rejected" },
        m: { kind: "moved" },
      };
      if (choice[input]) setFilter(choice[input]);
      else if (input === "s") {
        setTyped("");
        setMode("threshold");
      } else setMode("normal");
      return;
    }
    const command = keyToCommand(input, key);
    if (!command) return;
    const now = live.current.state;
    switch (command.kind) {
      case "action":
        act(command.action);
        return;
      case "help":
        setMode("help");
        return;
      case "scroll": {
        const bead = now.beads.find((b) => b.key === now.current);
        const most = bead ? Math.max(bead.source.length, bead.target.length) - 1 : 0;
        setScrolled({ key: now.current, by: Math.min(most, Math.max(0, scrollOf(now, live.current.scrolled) + command.by)) });
        return;
      }
      case "quit":
        props.onQuit();
        return;
      case "search":
        setTyped("");
        setMode("search");
        return;
      case "search-next":
        if (live.current.query) search(live.current.query);
        else setMessage("no search yet: press /");
        return;
      case "filter-menu":
        setMode("filter");
        return;
      case "first-left": {
        const byKey = new Map(now.beads.map((bead) => [bead.key, bead]));
        const first = visibleKeys(now).find((k) => isLeft(byKey.get(k)!.status));
        if (first === undefined) setMessage("nothing left to do under this filter");
        else act({ type: "goto", key: first });
        return;
      }
    }
  };

  useInput((input, key) => {
    // Several plain characters in one read (fast typing, a paste) are several keys.
    const plain = !key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.pageUp && !key.pageDown;
    if (plain && [...input].length > 1) for (const [char, charKey] of splitTypedKeys(input)) handleKey(char, charKey);
    else handleKey(input, key);
  });

  // Ink clears the whole terminal on every frame once output fills it, so keep one row spare.
  const bodyHeight = Math.max(3, rows - 5);
  const index = state.beads.findIndex((bead) => bead.key === state.current);
  const bead = state.beads[index];
  const keys = visibleKeys(state);
  const place = bead ? `${keys.indexOf(bead.key) + 1}/${keys.length}` : `0/${keys.length}`;
  const risk = bead ? assessRisk(bead, texts, ratio) : undefined;
  // The preview is the bead `m`, `[` and `]` act on: the neighbour in document order.
  const found = bead ? documentNeighbour(state.beads, index) : undefined;
  const neighbour = found?.ok ? state.beads[found.index] : undefined;
  const signals = bead?.signals
    ? Object.entries(bead.signals)
        .map(([name, value]) => `${name} ${value.toFixed(2)}`)
        .join(" ")
    : "";
  const prompt =
    mode === "search"
      ? `/${typed}▏ (Enter search, Esc cancel)`
      : mode === "threshold"
        ? `score below: ${typed}▏ (Enter apply, Esc cancel)`
        : mode === "filter"
          ? "filter: [a]ll [u]nreviewed [r]ejected [m]oved [s]core below…"
          : message;

  return (
    <Box flexDirection="column" width={columns}>
      <Text bold wrap="truncate">
        {/* The bead's facts first: a long title is what the truncation should eat. */}
        {bead
          ? `[${bead.status}]  ${bead.source.length}-${bead.target.length}  score ${isScored(bead) ? bead.score.toFixed(2) : "– (edited)"}${bead.moved ? "  moved" : ""}  ·  `
          : ""}
        {props.title}
      </Text>
      <Text dimColor wrap="truncate">
        {risk && risk.reasons.length > 0 ? `risk: ${risk.reasons.join(", ")}` : "risk: none found"}
        {signals ? `  │ ${signals}` : ""}
      </Text>
      {mode === "help" ? (
        <HelpView width={columns} height={bodyHeight} />
      ) : bead ? (
        <BeadView
          bead={bead}
          next={neighbour}
          texts={texts}
          languages={props.languages}
          side={state.side}
          width={columns}
          height={bodyHeight}
          scroll={scroll}
        />
      ) : (
        <Box height={bodyHeight}>
          <Text>No beads in this run.</Text>
        </Box>
      )}
      <StatusLine counts={countStatuses(state.beads)} filter={describeFilter(state.filter)} place={place} width={columns} />
      <Text wrap="truncate">{prompt}</Text>
    </Box>
  );
}
