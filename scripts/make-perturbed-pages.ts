/**
 * The real page sets written again the way other sites and scrapers write the same text, with
 * the same gold: for checking that tandem holds on page forms the dev pages do not show
 * (issue 21: "Real pages are dirty … hard wraps, glued sentences"). Every pair folder with a
 * gold.json is copied with its gold.json and score.py unchanged; only the page text changes:
 *
 * - `wrap`: every line longer than --width (72) is hard-wrapped at that width, breaking at
 *   spaces, as mail, archives and saved press releases are (the paragraph ends stay on lines
 *   of their own). Scripts without spaces (Chinese, Japanese) come out unchanged.
 * - `glue`: the space between two gold sentences that follow each other on one line is taken
 *   out when the first ends with . ! or ? ("… Turki semalam.Perkara itu …"), as scraping that
 *   loses the markup between paragraphs or sentences does.
 * - `nbsp`: every space after a word of one or two letters, a number or a period becomes a
 *   no-break space (U+00A0), and every word of 12 letters or more gets a soft hyphen (U+00AD)
 *   in its middle, as HTML copied from a CMS carries them (`&nbsp;`, `&shy;`); the gold's
 *   sentences are written the same way, so score.py still finds them.
 * - `spaced`: a blank line between every two lines (pages saved from `<p>` markup).
 * - `oneline`: the lines of each paragraph-less page run into one line joined by spaces, as a
 *   scrape that drops every line break writes it.
 * - `ascii`: the full-width punctuation of Chinese and Japanese pages folded to ASCII
 *   (。，！？：；（） → . , ! ? : ; ( )), as some sites and scrapers print it; the gold's
 *   sentences the same way.
 * - `caps`: every line of three words or more without final punctuation (titles, kickers,
 *   inter-titles) printed in capitals, as many sites print them; the gold sentence that is
 *   that line too (a line inside a longer gold sentence stays as it is).
 * - `lines`: one sentence per line: the space between two gold sentences that follow each other
 *   on one line becomes a line break (pages whose markup puts each sentence in its own element).
 * - `gluelines`: a line without final punctuation that ends in a lower-case letter (a title, a
 *   kicker, a teaser) runs into the next line when that opens with a capitalised word, with
 *   neither space nor stop between ("Council approves new bridgeThe city council …"), as a
 *   scrape that drops the markup between a heading and a paragraph writes it; only where every
 *   gold sentence is still found.
 * - `ads`: after every line that ends a sentence (from the fourth line on), a line that an
 *   advertisement leaves in a page's text, in the page's language ("Advertisement", "Continue
 *   reading below", "Anzeige", "La suite après la publicité", "广告", …), in turn.
 * - `markdown`: as a converter to Markdown writes a page: a blank line between all lines, and a
 *   line of two words or more without final punctuation (title, kicker, inter-title) marked as a
 *   heading, `# ` the first and `## ` the others.
 * - `links`: the fourth word of every line of eight words or more made a Markdown link,
 *   `[word](https://www.example-news.org/2024/05/article-N.html)`, as converters write a page's
 *   links; the gold sentence holding it the same way.
 * - `entities`: HTML entities left in the saved text (`&amp;`, `&#8217;` for ’, `&#8220;` and
 *   `&#8221;` for “ ”, `&quot;`, `&nbsp;`, `&ndash;`), the gold's sentences the same way.
 * - `swap`: source and target change places (tgt.txt becomes src.txt, the gold's ids and
 *   links turned round), so a pair is aligned the other way round.
 *
 * score.py finds the gold sentences with white space collapsed, so the gold still locates in
 * the rewritten text. Hold-out pairs are written too (`tandem bench pages` reports them apart).
 *
 *     pnpm exec tsx --conditions=source scripts/make-perturbed-pages.ts MODE OUT_DIR [--width 72] [--sets pages-dev,pages-dev2,pages-langs-dev] [--from DIR]
 *     pnpm -s tandem bench pages --data OUT_DIR/pages-dev,OUT_DIR/pages-dev2,OUT_DIR/pages-langs-dev -q
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface Gold {
  source: string;
  target: string;
  src_lang: string;
  tgt_lang: string;
  src: Record<string, string>;
  tgt: Record<string, string>;
  links: [string[], string[]][];
  [key: string]: unknown;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const [mode, out] = args;
const MODES = ["wrap", "glue", "gluelines", "swap", "nbsp", "spaced", "oneline", "ascii", "caps", "lines", "ads", "markdown", "links", "entities"];
if (!mode || !MODES.includes(mode) || !out || out.startsWith("--")) {
  throw new Error(`usage: make-perturbed-pages.ts ${MODES.join("|")} OUT_DIR [--width 72] [--sets pages-dev,pages-dev2,pages-langs-dev] [--from DIR]`);
}
const width = Number(valueOf("--width") ?? 72);
// --from: a folder holding the sets, e.g. another form's output, to write two forms at once.
const benchRoot = valueOf("--from") ?? [path.resolve(here, "../../shared/bench"), path.resolve(here, "../../../shared/bench")].find((dir) => existsSync(dir))!;
const sets = (valueOf("--sets") ?? "pages-dev,pages-dev2,pages-langs-dev").split(",");

/** Greedy wrapping at spaces, as Python's textwrap and most mailers do; a word longer than the width stays whole. */
function wrapLine(line: string): string[] {
  if (line.length <= width || !/\s/u.test(line)) return [line];
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(/\s+/u).filter(Boolean)) {
    if (current === "") current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}

function glue(text: string, sentences: readonly string[], joint = ""): string {
  let glued = text;
  for (let k = 0; k + 1 < sentences.length; k++) {
    const a = sentences[k]!.trim();
    const b = sentences[k + 1]!.trim();
    if ((joint === "" && !/[.!?]$/u.test(a)) || !glued.includes(`${a} ${b}`)) continue;
    glued = glued.replace(`${a} ${b}`, `${a}${joint}${b}`);
  }
  return glued;
}

/** No-break spaces after short words, numbers and periods; a soft hyphen inside long words. */
function nbsp(text: string): string {
  return text
    .replace(/(?<=(?:^|\s)(?:\p{L}{1,2}|\p{Nd}+|\S*\.)) (?=\S)/gu, "\u00a0")
    .replace(/\p{L}{12,}/gu, (word) => `${word.slice(0, word.length >> 1)}\u00ad${word.slice(word.length >> 1)}`);
}

const FULL_WIDTH: Record<string, string> = { "。": ".", "，": ",", "！": "!", "？": "?", "：": ":", "；": ";", "（": "(", "）": ")" };
const ascii = (text: string) => text.replace(/[。，！？：；（）]/gu, (mark) => FULL_WIDTH[mark]!);

const collapse = (text: string) => text.split(/\s+/u).filter(Boolean).join(" ");

/** Lines without final punctuation in capitals, and the gold sentences that are those lines. */
function capitals(text: string, ids: Record<string, string>): { text: string; ids: Record<string, string> } {
  const sentences = Object.entries(ids).map(([id, sentence]) => [id, collapse(sentence)] as const);
  const out = { ...ids };
  const lines = text.split("\n").map((line) => {
    const key = collapse(line);
    if (key.split(" ").length < 3 || /[.!?…。！？:;»"”’)\]]\s*$/u.test(line) || line.toUpperCase().length !== line.length) return line;
    // Inside a longer gold sentence, or holding one and more: leave it.
    const bare = key.replace(/^[-–—•·*▪►◦]\s*/u, "");
    if (sentences.some(([, sentence]) => sentence !== key && (sentence.includes(bare) || key.includes(sentence)))) return line;
    for (const [id, sentence] of sentences) if (sentence === key) out[id] = ids[id]!.toUpperCase();
    return line.toUpperCase();
  });
  return { text: lines.join("\n"), ids: out };
}

/** Whether every gold sentence is found, white space collapsed, in reading order or anywhere (score.py's rule). */
function locatable(text: string, ids: Record<string, string>): boolean {
  const flat = collapse(text);
  let cursor = 0;
  for (const sentence of Object.values(ids)) {
    const key = collapse(sentence);
    let at = flat.indexOf(key, cursor);
    if (at < 0) at = flat.indexOf(key);
    if (at < 0) return false;
    cursor = at + key.length;
  }
  return true;
}

function glueLines(text: string, ids: Record<string, string>): string {
  const lines = text.split("\n");
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!.trimEnd();
    if (!/\p{Ll}$/u.test(line) || !/^\p{Lu}\p{Ll}/u.test(lines[k + 1]!)) continue;
    const glued = [...lines.slice(0, k), line + lines[k + 1]!, ...lines.slice(k + 2)];
    if (!locatable(glued.join("\n"), ids)) continue;
    lines.splice(k, 2, line + lines[k + 1]!);
  }
  return lines.join("\n");
}

/** Lines an advertisement leaves in a page's text, per language (English for the others). */
const AD_LINES: Record<string, readonly string[]> = {
  en: ["Advertisement", "Continue reading below", "Story continues below advertisement"],
  de: ["Anzeige", "Werbung", "Weiter nach der Anzeige"],
  fr: ["Publicité", "La suite après la publicité"],
  nl: ["Advertentie", "Lees verder onder de advertentie"],
  es: ["Publicidad", "Sigue leyendo"],
  it: ["Pubblicità", "Continua a leggere"],
  pt: ["Publicidade", "Continua depois da publicidade"],
  zh: ["广告"], ja: ["広告"], ko: ["광고"], vi: ["Quảng cáo"], ru: ["Реклама"], uk: ["Реклама"], sr: ["Реклама"],
  ar: ["إعلان"], el: ["Διαφήμιση"], pl: ["Reklama"], tr: ["Reklam"], ms: ["Iklan"], id: ["Iklan"], hi: ["विज्ञापन"], th: ["โฆษณา"], bn: ["বিজ্ঞাপন"],
};

function withAds(text: string, ids: Record<string, string>, lang: string): string {
  const ads = AD_LINES[lang] ?? AD_LINES.en!;
  const lines = text.split("\n");
  let placed = 0;
  for (let k = 3; k < lines.length; k++) {
    if (!/[.!?。！？]["'”’»)]*\s*$/u.test(lines[k]!)) continue;
    const next = [...lines.slice(0, k + 1), ads[placed % ads.length]!, ...lines.slice(k + 1)];
    if (!locatable(next.join("\n"), ids)) continue;
    lines.splice(k + 1, 0, ads[placed % ads.length]!);
    placed++;
    k++;
  }
  return lines.join("\n");
}

function markdown(text: string, ids: Record<string, string>): string {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  let first = true;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (/[.!?…。！？:;»"”’)\]]\s*$/u.test(line) || line.trim().split(/\s+/u).length < 2 || /^\s*[-•·*]/u.test(line)) continue;
    const marked = [...lines.slice(0, k), `${first ? "#" : "##"} ${line}`, ...lines.slice(k + 1)];
    if (!locatable(marked.join("\n\n"), ids)) continue;
    lines[k] = marked[k]!;
    first = false;
  }
  return lines.join("\n\n");
}

function withLinks(text: string, ids: Record<string, string>): { text: string; ids: Record<string, string> } {
  const lines = text.split("\n");
  let current = { ...ids };
  let n = 0;
  for (let k = 0; k < lines.length; k++) {
    const words = lines[k]!.split(" ");
    if (words.length < 8 || !/^[\p{L}\p{M}\p{N}]+$/u.test(words[3]!)) continue;
    const linked = [...words.slice(0, 3), `[${words[3]}](https://www.example-news.org/2024/05/article-${n}.html)`, ...words.slice(4)];
    const before = words.slice(0, 5).join(" ");
    const after = linked.slice(0, 5).join(" ");
    const next = Object.fromEntries(Object.entries(current).map(([id, sentence]) => [id, sentence.includes(before) ? sentence.replace(before, after) : sentence]));
    const tried = [...lines.slice(0, k), linked.join(" "), ...lines.slice(k + 1)];
    if (!locatable(tried.join("\n"), next)) continue;
    lines[k] = linked.join(" ");
    current = next;
    n++;
  }
  return { text: lines.join("\n"), ids: current };
}

const ENTITY_OF: Record<string, string> = { "’": "&#8217;", "“": "&#8220;", "”": "&#8221;", "\u00a0": "&nbsp;", '"': "&quot;", "–": "&ndash;" };
const withEntities = (text: string) => text.replace(/&/gu, "&amp;").replace(/[’“”\u00a0"–]/gu, (c) => ENTITY_OF[c]!);

function renumber(ids: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(ids).map(([id, text]) => [prefix + id.slice(1), text]));
}

function mapValues(ids: Record<string, string>, f: (text: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(ids).map(([id, text]) => [id, f(text)]));
}

let pairs = 0;
for (const set of sets) {
  const root = path.join(benchRoot, set);
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (!existsSync(path.join(dir, "gold.json"))) continue;
    const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as Gold;
    const target = path.join(out, set, name);
    mkdirSync(target, { recursive: true });
    const read = (file: string) => readFileSync(path.join(dir, file), "utf8").replace(/^\uFEFF/u, "").replace(/\r\n/gu, "\n");
    if (mode === "swap") {
      const swapped: Gold = {
        ...gold,
        source: "src.txt",
        target: "tgt.txt",
        src_lang: gold.tgt_lang,
        tgt_lang: gold.src_lang,
        src: renumber(gold.tgt, "s"),
        tgt: renumber(gold.src, "t"),
        links: gold.links.map(([s, t]) => [t.map((id) => `s${id.slice(1)}`), s.map((id) => `t${id.slice(1)}`)]),
      };
      writeFileSync(path.join(target, "gold.json"), `${JSON.stringify(swapped, null, 1)}\n`);
      writeFileSync(path.join(target, "src.txt"), read(gold.target));
      writeFileSync(path.join(target, "tgt.txt"), read(gold.source));
    } else {
      const cjk = (lang: string) => lang === "zh" || lang === "ja";
      const rewritten =
        mode === "nbsp" ? { ...gold, src: mapValues(gold.src, nbsp), tgt: mapValues(gold.tgt, nbsp) }
        : mode === "ascii" ? { ...gold, src: cjk(gold.src_lang) ? mapValues(gold.src, ascii) : gold.src, tgt: cjk(gold.tgt_lang) ? mapValues(gold.tgt, ascii) : gold.tgt }
        : mode === "caps" ? { ...gold, src: capitals(read(gold.source), gold.src).ids, tgt: capitals(read(gold.target), gold.tgt).ids }
        : mode === "entities" ? { ...gold, src: mapValues(gold.src, withEntities), tgt: mapValues(gold.tgt, withEntities) }
        : mode === "links" ? { ...gold, src: withLinks(read(gold.source), gold.src).ids, tgt: withLinks(read(gold.target), gold.tgt).ids }
        : gold;
      writeFileSync(path.join(target, "gold.json"), `${JSON.stringify(rewritten, null, 1)}\n`);
      for (const [file, ids, lang] of [[gold.source, gold.src, gold.src_lang], [gold.target, gold.tgt, gold.tgt_lang]] as const) {
        const text = read(file);
        const changed =
          mode === "wrap" ? text.split("\n").flatMap(wrapLine).join("\n")
          : mode === "glue" ? glue(text, Object.values(ids))
          : mode === "gluelines" ? glueLines(text, ids)
          : mode === "ads" ? withAds(text, ids, lang)
          : mode === "markdown" ? markdown(text, ids)
          : mode === "links" ? withLinks(text, ids).text
          : mode === "entities" ? withEntities(text)
          : mode === "nbsp" ? nbsp(text)
          : mode === "ascii" ? (cjk(lang) ? ascii(text) : text)
          : mode === "caps" ? capitals(text, ids).text
          : mode === "lines" ? glue(text, Object.values(ids), "\n")
          : mode === "spaced" ? text.split("\n").filter((line) => line.trim() !== "").join("\n\n")
          : text.split("\n").filter((line) => line.trim() !== "").join(" ");
        writeFileSync(path.join(target, file), changed);
      }
    }
    pairs++;
  }
  for (const file of ["score.py", "README.md"]) {
    if (existsSync(path.join(root, file))) copyFileSync(path.join(root, file), path.join(out, set, file));
  }
}
process.stdout.write(`${mode}: ${pairs} pairs written to ${out}\n`);
