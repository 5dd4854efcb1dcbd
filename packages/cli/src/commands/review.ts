import path from "node:path";
import type { Argv, CommandModule } from "yargs";
import { TandemError } from "@tandem/segment/errors";
import { applyReviewAction } from "../review/apply-review-action.js";
import { formatGold } from "../review/format-gold.js";
import { listQueue } from "../review/list-queue.js";
import { isApproved, isLeft, type ReviewTexts } from "../review/review-bead.js";
import type { ReviewFilter } from "../review/review-filter.js";
import { createReviewState } from "../review/review-state.js";
import type { ReviewOrder } from "../review/order-queue.js";
import { isPostgresUrl, openStore, redactUrl } from "../store/index.js";
import { reviewStore } from "../review/review-store.js";
import type { StoredDocument } from "../store/index.js";
import { writeFileAtomic } from "../files/write-file-atomic.js";
import { dbOption } from "../options/shared-options.js";
import { commandHead } from "./command-list.js";
import { checkedNumber } from "../options/checked-number.js";

interface ReviewArgs {
  run?: number;
  db: string;
  order: ReviewOrder;
  list: boolean;
  json: boolean;
  filter: "all" | "unreviewed" | "rejected" | "moved";
  "score-below"?: number;
  "export-gold"?: string;
  force: boolean;
}

/** `tandem review`: check a run's beads by keyboard; every key is saved as it is pressed. */
export const reviewCommand: CommandModule<object, ReviewArgs> = {
  ...commandHead("review"),
  builder: (yargs) =>
    (yargs as Argv)
      .option("run", { type: "number", coerce: checkedNumber("--run", { min: 1, max: Infinity, integer: true }), describe: "Run to review (default: the latest)" })
      .option("db", dbOption)
      .option("order", { type: "string", choices: ["risk", "document"], default: "risk", describe: "Queue order: riskiest first, or reading order" })
      .option("list", { type: "boolean", default: false, describe: "Print the queue instead of opening the screen" })
      .option("json", { type: "boolean", default: false, describe: "With --list or --export-gold: print JSON" })
      .option("filter", { type: "string", choices: ["all", "unreviewed", "rejected", "moved"], default: "all", describe: "Which beads to show (the screen's starting filter; `f` changes it)" })
      .option("score-below", { type: "number", coerce: checkedNumber("--score-below", { min: 0, max: 1 }), describe: "Only beads scoring below this (overrides --filter)" })
      .option("export-gold", { type: "string", describe: "Write the accepted and edited beads as a gold .align file" })
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing --export-gold file" })
      .example("$0 review", "Review the latest run of ./tandem.db, riskiest beads first")
      .example("$0 review --run 3 --order document", "Review run 3 in reading order")
      .example("$0 review --list --json --filter unreviewed", "The beads still to review, as JSON")
      .example("$0 review --export-gold gold.align", "Accepted and edited beads as gold for `tandem eval`") as unknown as Argv<ReviewArgs>,
  handler: async (argv) => {
    if (isPostgresUrl(argv.db)) {
      throw new TandemError("USAGE", "review decisions are kept in SQLite stores only so far; `tandem export --db … --run N` writes a Postgres run out", { file: redactUrl(argv.db) });
    }
    // Listing and exporting only read: they work on a read-only database too.
    const store = await openStore(argv.db, argv.list || argv["export-gold"] !== undefined ? { readonly: true } : { mustExist: true });
    let keepOpen = false;
    try {
      const runId = argv.run ?? store.latestRunId();
      if (runId === undefined) throw new TandemError("STORE_NO_RUN", "no run in this database; run `tandem align` first", { file: argv.db });
      const stored = store.loadRun(runId);
      const texts: ReviewTexts = { source: textsById(stored.source), target: textsById(stored.target) };
      const reviews = reviewStore(store);
      const { beads, nextKey, history } = reviews.loadReview(runId);

      if (argv["export-gold"] !== undefined) {
        const gold = formatGold(beads);
        const count = beads.filter((bead) => isApproved(bead.status)).length;
        const left = beads.filter((bead) => isLeft(bead.status)).length;
        const rejected = beads.filter((bead) => bead.status === "rejected").length;
        await writeFileAtomic(argv["export-gold"], gold, { force: argv.force });
        if (argv.json) {
          process.stdout.write(`${JSON.stringify({ run: runId, file: argv["export-gold"], beads: count, left, rejected })}\n`);
        } else {
          process.stderr.write(`wrote ${count} reviewed beads of run ${runId} to ${argv["export-gold"]}\n`);
          // A gold file is only as complete as the review: eval reads what is missing as wrong.
          if (left + rejected > 0) {
            process.stderr.write(
              `note: ${left} beads left to review and ${rejected} rejected are not in the gold; finish the review (fix rejected beads with m/x/[/]) before scoring against it\n`,
            );
          }
        }
      }
      const filter: ReviewFilter =
        argv["score-below"] !== undefined ? { kind: "score-below", threshold: argv["score-below"] } : { kind: argv.filter };
      if (argv.list) {
        const state = createReviewState(beads, texts, { order: argv.order, nextKey });
        const rows = listQueue({ ...state, filter }, texts);
        if (argv.json) process.stdout.write(`${JSON.stringify({ run: runId, order: argv.order, beads: rows }, null, 2)}\n`);
        else {
          process.stdout.write("rank\tkey\ttype\tscore\tstatus\treasons\tsource\ttarget\n");
          for (const row of rows) {
            const cells = [row.rank, row.key, row.type, Number.isFinite(row.score) ? row.score.toFixed(3) : "–", row.status, row.reasons.join("; "), row.sourceText, row.targetText];
            process.stdout.write(`${cells.map((cell) => String(cell).replace(/[\t\n]/g, " ")).join("\t")}\n`);
          }
        }
      }
      if (argv.list || argv["export-gold"] !== undefined) return;

      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        throw new TandemError("USAGE", "the review screen needs a terminal; in scripts use --list or --export-gold");
      }
      // The reviewer is at a terminal and asked for the screen: a CI variable left in the
      // shell must not make ink (which reads it on import) hold every frame back.
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      const { showReviewScreen } = await import("../review/show-review-screen.js");
      keepOpen = true;
      await showReviewScreen({
        state: applyReviewAction(createReviewState(beads, texts, { order: argv.order, nextKey, history }), { type: "filter", filter }).state,
        texts,
        title: `run ${runId} · ${path.basename(stored.run.source.path)} → ${path.basename(stored.run.target.path)}`,
        languages: { source: stored.source.lang, target: stored.target.lang },
        write: (change) => reviews.applyChange(runId, change),
        close: () => store.close(),
      });
    } finally {
      if (!keepOpen) store.close();
    }
  },
};

/** Sentence texts indexed by document sentence id, the index space of the run's beads. */
function textsById(document: StoredDocument): string[] {
  const texts: string[] = [];
  for (const sentence of document.sentences) texts[sentence.id] = sentence.text;
  return texts;
}
