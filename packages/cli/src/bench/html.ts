import { promises as fs } from "node:fs";
import path from "node:path";
import { ALIGNABLE_KINDS, decodeHtml, extractHtml, segmentDocument, TandemError } from "@tandem/segment";
import { articleFromBytes } from "../files/article-from-bytes.js";
import type { ArticleFile } from "../files/read-article-file.js";
import { alignLoadedSides } from "../pipeline/align-loaded-sides.js";
import { sideFromDocument } from "../pipeline/load-side.js";
import { createScorer, type ScorerArgs } from "../options/scorer-options.js";

/**
 * Every fifth case (in name order, from the fifth) is kept out of development: its
 * figures estimate a hidden set of the same kind.
 */
export function isHoldOut(index: number): boolean {
  return index % 5 === 4;
}

/** Token-level precision/recall counts of one case. */
export interface TokenCounts {
  readonly tp: number;
  readonly pred: number;
  readonly gold: number;
}

/** One extraction case scored for tandem and for the bare extractor. */
export interface ExtractionCase {
  readonly name: string;
  readonly lang: string;
  readonly origin: string;
  readonly holdOut: boolean;
  readonly tandem: TokenCounts;
  readonly bare: TokenCounts;
  /** Set when tandem could not segment the page (e.g. an unsupported language): its figure is the extracted text before cleaning. */
  readonly note?: string;
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_SPLIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Tokens as ../shared/bench/html/README scores them: Unicode `\w+` runs of the NFC text,
 * case kept, a run with CJK ideographs, kana or hangul split into single characters; a multiset.
 */
export function scoringTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of text.normalize("NFC").match(/[\p{L}\p{N}\p{M}\p{Pc}]+/gu) ?? []) {
    for (const token of CJK_CHAR.test(run) ? (run.match(CJK_SPLIT) ?? []) : [run]) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

export function tokenCounts(predicted: string, gold: string): TokenCounts {
  const p = scoringTokens(predicted);
  const g = scoringTokens(gold);
  let tp = 0;
  let pred = 0;
  let goldTotal = 0;
  for (const [token, n] of p) {
    pred += n;
    tp += Math.min(n, g.get(token) ?? 0);
  }
  for (const n of g.values()) goldTotal += n;
  return { tp, pred, gold: goldTotal };
}

export function f1Of(c: TokenCounts): { p: number; r: number; f1: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * What tandem keeps of a page for alignment: the title, body and caption sentences of the
 * segmented page, as text. With `withTitle` false the headline line tandem adds above the
 * content is left out (the extraction gold has no headline). When the page cannot be segmented (a language
 * tandem does not support), the extracted text as it is, and why.
 */
export function keptText(page: ArticleFile, withTitle: boolean): { text: string; note?: string } {
  // Only a headline tandem added is left out: a title the extractor kept in the content is in the gold too.
  const headline = page.titleAdded ? page.blocks?.[0] : undefined;
  try {
    const document = segmentDocument(page.text, page.blocks ? { blocks: page.blocks } : {});
    const kept = document.sentences.filter((s) => ALIGNABLE_KINDS.includes(s.kind) && (withTitle || !headline || s.start >= headline.end));
    return { text: kept.map((s) => s.text).join("\n") };
  } catch (error) {
    if (!(error instanceof TandemError)) throw error;
    const text = withTitle || !headline ? page.text : page.text.slice(headline.end);
    return { text, note: error.code };
  }
}

/** The bare extractor's text: Readability's content as blocks, no title, no cleaning. */
export function bareText(bytes: Uint8Array, withTitle: boolean): string {
  const extracted = extractHtml(decodeHtml(bytes).text);
  return [...(withTitle && extracted.title ? [extracted.title] : []), ...extracted.blocks.map((block) => block.text)].join("\n");
}

export async function benchExtraction(dir: string, onCase: () => void): Promise<ExtractionCase[]> {
  const root = path.join(dir, "extraction");
  const names = (await fs.readdir(root)).sort();
  const cases: ExtractionCase[] = [];
  for (const [index, name] of names.entries()) {
    const folder = path.join(root, name);
    const bytes = await fs.readFile(path.join(folder, "source.html"));
    const gold = await fs.readFile(path.join(folder, "expected.txt"), "utf8");
    const meta = JSON.parse(await fs.readFile(path.join(folder, "meta.json"), "utf8")) as { lang?: string; language?: string };
    const page = articleFromBytes(bytes, name, { html: true });
    const kept = keptText(page, false);
    cases.push({
      name,
      lang: meta.lang ?? meta.language ?? "?",
      origin: name.split("-")[0]!,
      holdOut: isHoldOut(index),
      tandem: tokenCounts(kept.text, gold),
      bare: tokenCounts(bareText(bytes, false), gold),
      ...(kept.note ? { note: kept.note } : {}),
    });
    onCase();
  }
  return cases;
}

/** Snippet counts of one side (tandem or bare) over pages. */
export interface SnippetCounts {
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
}

interface SnippetEntry {
  with?: string[];
  without?: string[];
  lang?: string;
}

const normalise = (text: string) => text.replace(/\s+/gu, " ").trim();

export async function benchSnippets(
  dir: string,
  onCase: () => void,
): Promise<{ dev: { tandem: SnippetCounts; bare: SnippetCounts }; holdout: { tandem: SnippetCounts; bare: SnippetCounts }; pages: number }> {
  const root = path.join(dir, "trafilatura");
  const entries = JSON.parse(await fs.readFile(path.join(root, "snippets.json"), "utf8")) as Record<string, SnippetEntry>;
  const empty = (): SnippetCounts => ({ withFound: 0, withTotal: 0, withoutFound: 0, withoutTotal: 0 });
  const result = { dev: { tandem: empty(), bare: empty() }, holdout: { tandem: empty(), bare: empty() }, pages: 0 };
  for (const [index, id] of Object.keys(entries).sort().entries()) {
    const entry = entries[id]!;
    const bytes = await fs.readFile(path.join(root, `${id}.html`));
    const split = isHoldOut(index) ? result.holdout : result.dev;
    let page: ArticleFile | undefined;
    try {
      page = articleFromBytes(bytes, id, { html: true });
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
    }
    const texts = { tandem: page ? normalise(keptText(page, true).text.replace(/\n/gu, " ")) : "", bare: normalise(bareText(bytes, true).replace(/\n/gu, " ")) };
    for (const side of ["tandem", "bare"] as const) {
      const counts = split[side];
      for (const snippet of entry.with ?? []) {
        counts.withTotal++;
        if (texts[side].includes(normalise(snippet))) counts.withFound++;
      }
      for (const snippet of entry.without ?? []) {
        counts.withoutTotal++;
        if (texts[side].includes(normalise(snippet))) counts.withoutFound++;
      }
    }
    result.pages++;
    onCase();
  }
  return result;
}

/** One bilingual pair aligned: how many English (source) alignable sentences were linked. */
export interface PairYield {
  readonly name: string;
  readonly upToDate: string;
  readonly sourceSentences: number;
  readonly linked: number;
  readonly targetLang: string;
  /** Any aligned sentence that still holds markup (`<tag`, `&amp;`-style entity). */
  readonly markup: number;
  readonly error?: string;
}

export async function benchPairs(dir: string, scorerArgs: ScorerArgs & { method: string }, maxBead: number, onCase: () => void): Promise<PairYield[]> {
  const root = path.join(dir, "pairs");
  const results: PairYield[] = [];
  for (const name of (await fs.readdir(root)).sort()) {
    const folder = path.join(root, name);
    const meta = JSON.parse(await fs.readFile(path.join(folder, "meta.json"), "utf8")) as { up_to_date?: { verdict?: string } };
    const upToDate = meta.up_to_date?.verdict ?? "?";
    try {
      const sides = [];
      for (const file of ["src.html", "tgt.html"]) {
        const article = articleFromBytes(await fs.readFile(path.join(folder, file)), path.join(folder, file));
        const document = segmentDocument(article.text, article.blocks ? { blocks: article.blocks } : {});
        sides.push(sideFromDocument(path.join(folder, file), article, document));
      }
      const [source, target] = sides as [(typeof sides)[0], (typeof sides)[0]];
      const { scorer } = await createScorer(scorerArgs, { sourceLang: source.document.lang, targetLang: target.document.lang });
      const { beads } = await alignLoadedSides(source, target, { scorer, maxBead, recover: true });
      const linked = new Set<number>();
      let markup = 0;
      const textOf = (sentences: typeof source.document.sentences, ids: readonly number[]) => ids.map((id) => sentences[id]!.text).join(" ");
      for (const bead of beads) {
        if (bead.source.length === 0 || bead.target.length === 0) continue;
        for (const id of bead.source) linked.add(id);
        const both = `${textOf(source.document.sentences, bead.source)} ${textOf(target.document.sentences, bead.target)}`;
        if (/<\/?[a-z][a-z0-9]*[\s>/]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/iu.test(both)) markup++;
      }
      results.push({ name, upToDate, sourceSentences: source.alignable.length, linked: linked.size, targetLang: target.document.lang, markup });
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      results.push({ name, upToDate, sourceSentences: 0, linked: 0, targetLang: "?", markup: 0, error: `${error.at.file ? `${path.basename(error.at.file)}: ` : ""}${error.message} [${error.code}]` });
    }
    onCase();
  }
  return results;
}
