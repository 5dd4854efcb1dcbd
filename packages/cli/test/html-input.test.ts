import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const fixture = (...parts: string[]) => path.join(repoRoot, "fixtures", ...parts);
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "tandem-html-"));

interface PairJson {
  pairs: { source: string; target: string; sourceLang: string; targetLang: string; reasons: { kind: string }[] }[];
  problems: { file: string; code: string; message: string }[];
  documents: { path: string; lang: string }[];
}

describe("HTML input", () => {
  it("segment --text prints the extracted text the JSON offsets refer to", async () => {
    const page = fixture("html", "article-structure", "input.html");
    const text = await runCli(["segment", page, "--text"]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).not.toMatch(/<[a-z]/u);
    const json = await runCli(["segment", page, "--json"]);
    const document = JSON.parse(json.stdout) as { format: string; sentences: { text: string; start: number; end: number; kind: string }[] };
    expect(document.format).toBe("html");
    for (const sentence of document.sentences) expect(text.stdout.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(document.sentences[0]).toMatchObject({ kind: "title", text: "Bridge reopens in Ghent after two years of repairs" });
  });

  it("recognises a page by its content, whatever its name", async () => {
    const dir = tempDir();
    const file = path.join(dir, "page.txt");
    writeFileSync(file, readFileSync(fixture("html", "article-structure", "input.html")));
    const result = await runCli(["segment", file]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("The Saint Michael bridge in Ghent reopened to traffic on Monday after two years of repairs.");
    expect(result.stdout).not.toContain("<p>");
  });

  it("refuses a page of nothing but scripts in one line", async () => {
    const result = await runCli(["segment", fixture("html", "all-script", "input.html")]);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/no visible text.*\[INPUT_EMPTY\]/u);
  });

  it("refuses PDF, DOCX and EPUB by their magic bytes, naming the format", async () => {
    const dir = tempDir();
    const pdf = path.join(dir, "report.txt");
    writeFileSync(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n");
    const result = await runCli(["segment", pdf]);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe(`${pdf}: PDF is not supported; convert it to text or HTML first [INPUT_BINARY]`);
    // A ZIP whose first entry is the OCF mimetype is an EPUB.
    const epub = path.join(dir, "book.epub");
    const name = Buffer.from("mimetype");
    const body = Buffer.from("application/epub+zip");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26);
    writeFileSync(epub, Buffer.concat([header, name, body]));
    const refused = await runCli(["align", epub, pdf, "-o", path.join(dir, "x.tsv")]);
    expect(refused.stderr).toMatch(/EPUB is not supported; convert it to text or HTML first \[INPUT_BINARY\]/u);
  });

  it("aligns two HTML pages with no markup in any sentence", async () => {
    const dir = tempDir();
    const out = path.join(dir, "pair.tsv");
    // The run is stored beside the output, not in the repository's own tandem.db.
    const result = await runCli(["align", fixture("html", "article-structure", "input.html"), fixture("html", "article-structure-fr", "input.html"), "-o", out, "--db", path.join(dir, "tandem.db")]);
    expect(result.status, result.stderr).toBe(0);
    const rows = readFileSync(out, "utf8").trimEnd().split("\n").map((row) => row.split("\t"));
    expect(rows.map((row) => row.slice(0, 2))).toContainEqual(["We wanted a bridge for people, not only for cars.", "Nous voulions un pont pour les gens, pas seulement pour les voitures."]);
    expect(rows.map((row) => row.slice(0, 2))).toContainEqual(["Bridge reopens in Ghent after two years of repairs", "Le pont rouvre à Gand après deux ans de travaux"]);
    for (const row of rows) expect(row.join(" ")).not.toMatch(/<\/?[a-z]+[\s>]/u);
  });
});

describe("WARC input", () => {
  it("pair reads the HTML responses, names them by their URI and pairs /en/ with /fr/", async () => {
    const result = await runCli(["pair", fixture("html-warc", "bilingual.warc.gz"), "--json", "--quiet"]);
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as PairJson;
    expect(json.documents.map((d) => [d.path, d.lang]).sort()).toEqual([
      ["https://news.example.org/en/ghent-bridge", "en"],
      ["https://news.example.org/fr/ghent-bridge", "fr"],
    ]);
    expect(json.pairs).toHaveLength(1);
    expect(json.pairs[0]).toMatchObject({ source: "https://news.example.org/en/ghent-bridge", target: "https://news.example.org/fr/ghent-bridge" });
    expect(json.pairs[0]!.reasons[0]!.kind).toBe("url");
    // The JSON response is counted, not read as a page.
    expect(json.problems.find((p) => p.code === "WARC_READ")?.message).toMatch(/2 HTML pages read from 5 records; 1 non-HTML responses skipped/u);
  });

  it("corpus aligns the pair into a TMX whose documents are the URIs", async () => {
    const dir = tempDir();
    const out = path.join(dir, "corpus.tmx");
    const result = await runCli(["corpus", fixture("html-warc", "bilingual.warc.gz"), "-o", out, "--quiet", "--jobs", "1", "--no-store"]);
    expect(result.status, result.stderr).toBe(0);
    const tmx = readFileSync(out, "utf8");
    expect(tmx).toContain("https://news.example.org/en/ghent-bridge");
    expect(tmx).toContain("La bourgmestre Lieve Claes a coupé le ruban à neuf heures devant environ trois cents habitants.");
    expect(tmx).not.toMatch(/&lt;\/?[a-z]+/u);
  });

  it("a file cut inside a record is read up to the cut and the damage reported in one note", async () => {
    const result = await runCli(["pair", fixture("html-warc", "truncated.warc.gz"), "--quiet"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/truncated\.warc\.gz: 1 HTML page read from 4 records; .*1 truncated record dropped with the partial page \(at byte \d+\) \[WARC_DAMAGED\]/u);
    expect(result.stdout).toContain("https://news.example.org/en/ghent-bridge");
  });
});
