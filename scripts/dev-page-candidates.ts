/**
 * Shared by scripts/fit-bead-acceptance.ts and scripts/list-missed-groups.ts (not a command):
 * every dev pair of the page sets (hold-out pairs are never read), loaded and aligned as
 * `tandem bench pages` does but with the passes in `off` switched off, and the candidates the
 * bead acceptance lets compete (proposeBeads: the DP's beads, the moved pairs, the mutual-best
 * span pairs, and grown ones with `grow`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { keepBead, proposeBeads, selectCandidates, type Bead, type BeadCandidate, type BeadProposal, type PageGold, type ProposeBeadsOptions } from "../packages/align/src/index.js";
import { loadSide, type LoadedSide } from "../packages/cli/src/pipeline/load-side.js";
import { alignLoadedSides } from "../packages/cli/src/pipeline/align-loaded-sides.js";
import { createScorer, type ScorerArgs } from "../packages/cli/src/options/scorer-options.js";
import { HOLD_OUT_PAIRS, listPagePairs } from "../packages/cli/src/bench/pages.js";

export type Offsets = { source: [number, number][]; target: [number, number][] };

export interface DevPageCandidates {
  readonly set: string;
  readonly name: string;
  readonly gold: PageGold;
  readonly source: LoadedSide;
  readonly target: LoadedSide;
  /** What alignLoadedSides returned: the aligner's sentences and the prepared scorer. */
  readonly aligned: NonNullable<Awaited<ReturnType<typeof alignLoadedSides>>["aligned"]>;
  /** A bead of aligner sentence indices as the scorer's offsets into the two files. */
  readonly toOffsets: (bead: Bead) => Offsets;
  /** The segmenter's kind of each aligner sentence, as alignLoadedSides passes them (and proposeBeads got them). */
  readonly kinds: { readonly source: readonly string[]; readonly target: readonly string[] };
  /** The index of a side's cut-off last sentence, as alignLoadedSides passes cutEnd (dissolved after the decision). */
  readonly cut: { readonly source?: number; readonly target?: number };
  readonly proposal: BeadProposal;
  /**
   * The headline pair the headline pass paired (alignWithMovedSentences' `title`), which it
   * keeps whatever the acceptance says (keepBead); undefined when there is none or `off` has `headlines`.
   */
  readonly title?: Bead;
}

/** Each dev pair of `sets` (folders of `benchRoot`) with two languages, in folder order; `scorer` as `tandem bench pages --scorer` takes it (lexical by default). */
export async function* devPageCandidates(
  benchRoot: string,
  sets: readonly string[],
  off: ReadonlySet<string>,
  propose: ProposeBeadsOptions = {},
  scorerArgs: ScorerArgs = { method: "lexical" },
): AsyncGenerator<DevPageCandidates> {
  for (const set of sets) {
    const dir = path.resolve(benchRoot, set);
    for (const name of await listPagePairs(dir)) {
      if (HOLD_OUT_PAIRS.includes(name)) continue;
      const folder = path.join(dir, name);
      const gold = JSON.parse(readFileSync(path.join(folder, "gold.json"), "utf8")) as PageGold;
      const source = await loadSide(path.join(folder, "src.txt"), { presegmented: false }).catch(() => undefined);
      const target = await loadSide(path.join(folder, "tgt.txt"), { presegmented: false }).catch(() => undefined);
      if (!source || !target || source.document.lang === target.document.lang) continue;
      const { scorer } = await createScorer({ ...scorerArgs, "max-bead": 4 }, { sourceLang: source.document.lang, targetLang: target.document.lang });
      const { beads, aligned } = await alignLoadedSides(source, target, { scorer, maxBead: 4, recover: true, disable: off });
      const byId = (list: readonly { id: number }[]) => new Map(list.map((s, k) => [s.id, k]));
      const sourceAt = byId(aligned!.source);
      const targetAt = byId(aligned!.target);
      const toOffsets = (bead: Bead): Offsets => ({
        source: bead.source.map((k): [number, number] => [aligned!.source[k]!.start, aligned!.source[k]!.end]),
        target: bead.target.map((k): [number, number] => [aligned!.target[k]!.start, aligned!.target[k]!.end]),
      });
      const inner: Bead[] = beads.map((bead) => ({ ...bead, source: bead.source.map((id) => sourceAt.get(id)!), target: bead.target.map((id) => targetAt.get(id)!) }));
      const kinds = { source: aligned!.source.map((sentence) => sentence.kind), target: aligned!.target.map((sentence) => sentence.kind) };
      const paragraphs = { source: aligned!.source.map((sentence) => sentence.paragraph), target: aligned!.target.map((sentence) => sentence.paragraph) };
      const proposal = proposeBeads(inner.filter((bead) => bead.source.every((k) => k !== undefined) && bead.target.every((k) => k !== undefined)), aligned!.prepared, { kinds, paragraphs, ...propose });
      const cut = {
        ...(aligned!.source.length > source.alignable.length ? { source: aligned!.source.length - 1 } : {}),
        ...(aligned!.target.length > target.alignable.length ? { target: aligned!.target.length - 1 } : {}),
      };
      // The aligner's own headline pair, as the candidate object that stands for it (so that `taken.includes` finds it).
      const paired = aligned!.title;
      const title = paired
        ? (proposal.candidates.find((c) => c.features.proposed === 0 && c.bead.source.join() === paired.source.join() && c.bead.target.join() === paired.target.join())?.bead ?? paired)
        : undefined;
      yield { set, name, gold, source, target, aligned: aligned!, toOffsets, kinds, cut, proposal, ...(title ? { title } : {}) };
    }
  }
}

/**
 * The candidates the aligner takes, with both sides non-empty: selectCandidates (as acceptBeads
 * does), then the headline pair kept as alignWithMovedSentences keeps it (keepBead).
 */
export function takenCandidates(candidates: readonly BeadCandidate[], probability: (candidate: BeadCandidate) => number, threshold: number, title?: Bead): Bead[] {
  const selected = selectCandidates(candidates, probability, threshold);
  return title ? keepBead(selected, title).filter((bead) => bead.source.length > 0 && bead.target.length > 0) : selected;
}
