import { createElement } from "react";
import { render } from "ink";
import type { ReviewTexts } from "./review-bead.js";
import type { ReviewChange } from "./review-change.js";
import { ReviewScreen } from "./review-screen.js";
import type { ReviewState } from "./review-state.js";

/** What the screen needs from the command: data in, a writer and a closer out. */
export interface ShowReviewScreenOptions {
  readonly state: ReviewState;
  readonly texts: ReviewTexts;
  readonly title: string;
  readonly languages: { readonly source: string; readonly target: string };
  /** Saves one change; called before the screen shows it. */
  readonly write: (change: ReviewChange) => void;
  /** Called once when the screen is gone, however it ended (q, Ctrl-C, SIGTERM, SIGHUP). */
  readonly close: () => void;
}

/**
 * Shows the review on the terminal's alternate screen until `q` or Ctrl-C. Changes are
 * saved by `write` as they happen, so quitting, a kill or a closed terminal loses
 * nothing; this only has to give the terminal back as it found it.
 *
 * Load this module with `import()` only once the CI variables are settled: ink reads
 * them when it is first imported and, when it thinks it runs in CI, draws nothing
 * until the app exits.
 *
 * @example
 * const { showReviewScreen } = await import("./show-review-screen.js");
 * await showReviewScreen({ state, texts, title, languages, write, close: () => store.close() });
 */
export async function showReviewScreen(options: ShowReviewScreenOptions): Promise<void> {
  const stdout = process.stdout;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      stdout.write("\x1b[?25h\x1b[?1049l");
    } catch {
      // The terminal is gone (SIGHUP): nothing left to restore.
    }
    options.close();
  };
  const element = () =>
    createElement(ReviewScreen, {
      initialState: options.state,
      texts: options.texts,
      title: options.title,
      languages: options.languages,
      columns: stdout.columns || 80,
      rows: stdout.rows || 24,
      onChange: options.write,
      onQuit: () => instance.unmount(),
    });
  stdout.write("\x1b[?1049h\x1b[H");
  const instance = render(element(), { exitOnCtrlC: true, patchConsole: false });
  // Re-rendering the same root keeps the screen's state; only the size props change.
  const onResize = () => instance.rerender(element());
  stdout.on("resize", onResize);
  const onSignal = (signal: NodeJS.Signals) => {
    instance.unmount();
    restore();
    process.exit(signal === "SIGHUP" ? 129 : 143);
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGHUP", onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    stdout.off("resize", onResize);
    process.off("SIGTERM", onSignal);
    process.off("SIGHUP", onSignal);
    restore();
  }
}
