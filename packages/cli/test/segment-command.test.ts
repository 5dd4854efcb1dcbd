import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";
import { readableText } from "@tandem/segment";

const seed001 = path.join(repoRoot, "seeds/001_9c2bcb4f48ee580e.txt");
const seed000 = path.join(repoRoot, "seeds/000_a2c988d880e43a81.txt");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tandem-segment-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// runCli blocks on spawnSync; without a macrotask turn between tests the worker never reads
// vitest's RPC replies and, after a minute of blocked tests, reports an onTaskUpdate timeout.
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));

/** A failed run: exit 1, exactly one line on stderr in `file: message [CODE]` form, no stack, nothing on stdout. */
function expectOneLineError(result: { status: number; stdout: string; stderr: string }, file: string, code: string): string {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(:\\d+)?: .+ \\[${code}\\]$`));
  expect(result.stderr).not.toContain("    at ");
  return lines[0]!;
}

describe("tandem segment", () => {
  it("prints the alignable sentences of an article, one per line", async () => {
    const result = await runCli(["segment", seed001]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("Mr. Phan Anh Son also affirmed"))).toHaveLength(1);
    expect(lines).toContain("VUFO President Phan Anh Son speaks at the Conference. (Source: VUFO)");
    expect(lines.some((l) => l.includes("Comment (0)") || l.startsWith("Source:"))).toBe(false);
    expect(lines).toHaveLength(19 + 3);
  });

  it("--all shows dropped lines with their kind and foreign lines with their language", async () => {
    const result = await runCli(["segment", seed000, "--all"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toContain(`${"boilerplate".padEnd(14)} Reactie (0)`);
    expect(lines.some((l) => /^source +Bron: https:\/\//u.test(l))).toBe(true);
    expect(lines.some((l) => /^foreign:vi +Chủ tịch/u.test(l))).toBe(true);
    expect(lines.some((l) => /^caption +Phan Anh Son, voorzitter/u.test(l))).toBe(true);
  });

  it("--json gives offsets into the decoded text, kinds, languages and paragraphs", async () => {
    const result = await runCli(["segment", seed000, "--json", "--all"]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      lang: string;
      bytes: number;
      hash: string;
      sentences: { id: number; text: string; start: number; end: number; paragraph: number; lang: string; kind: string }[];
    };
    const raw = readFileSync(seed000, "utf8");
    expect(json.lang).toBe("nl");
    expect(json.bytes).toBe(Buffer.byteLength(raw));
    expect(json.hash).toMatch(/^[0-9a-f]{64}$/);
    for (const s of json.sentences) expect(readableText(raw.slice(s.start, s.end))).toBe(s.text);
    expect(new Set(json.sentences.map((s) => s.kind))).toEqual(new Set(["title", "body", "caption", "source", "boilerplate", "foreign"]));
    expect(json.sentences.find((s) => s.kind === "foreign")?.lang).toBe("vi");
  });

  it("--json without --all lists only title, body and caption sentences", async () => {
    const result = await runCli(["segment", seed001, "--json"]);
    const json = JSON.parse(result.stdout) as { sentences: { kind: string }[] };
    expect(new Set(json.sentences.map((s) => s.kind))).toEqual(new Set(["body", "caption"]));
  });

  it("--lang overrides detection and must be an ISO 639-1 code", async () => {
    const forced = await runCli(["segment", seed001, "--lang", "en", "--json"]);
    expect(JSON.parse(forced.stdout).lang).toBe("en");
    const bad = await runCli(["segment", seed001, "--lang", "english"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang "english" is not an ISO 639-1 language code \(two letters, e\.g\. en, .*\) \[USAGE\]\n$/u);
  });

  it("--help shows an example", async () => {
    const result = await runCli(["segment", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Examples:");
    expect(result.stdout).toContain("tandem segment seeds/001_9c2bcb4f48ee580e.txt");
  });
});

describe("tandem segment: bad input", () => {
  it("a missing path", async () => {
    const target = path.join(dir, "missing.txt");
    expect(expectOneLineError(await runCli(["segment", target]), target, "INPUT_MISSING")).toBe(`${target}: no such file [INPUT_MISSING]`);
  });

  it("a directory", async () => {
    const target = path.join(dir, "folder");
    mkdirSync(target);
    expectOneLineError(await runCli(["segment", target]), target, "INPUT_DIRECTORY");
  });

  it("an empty file", async () => {
    const target = path.join(dir, "empty.txt");
    writeFileSync(target, "");
    expectOneLineError(await runCli(["segment", target]), target, "INPUT_EMPTY");
  });

  it("a binary file", async () => {
    const target = path.join(dir, "photo.jpg");
    writeFileSync(target, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    expectOneLineError(await runCli(["segment", target]), target, "INPUT_BINARY");
  });

  it("invalid UTF-8 names the line", async () => {
    const target = path.join(dir, "latin1.txt");
    writeFileSync(target, Buffer.concat([Buffer.from("Le matin.\nÀ Hai Duong, le "), Buffer.from([0xe9]), Buffer.from("t\u00e9.\n", "latin1")]));
    expect(expectOneLineError(await runCli(["segment", target]), target, "INPUT_ENCODING")).toMatch(/^.*latin1\.txt:2: invalid UTF-8 at byte/u);
  });

  it("a 50 MB file is refused at once", async () => {
    const target = path.join(dir, "huge.txt");
    const fd = openSync(target, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    expectOneLineError(await runCli(["segment", target]), target, "INPUT_TOO_LARGE");
  });

  it("text with no language to detect asks for --lang", async () => {
    const target = path.join(dir, "numbers.txt");
    writeFileSync(target, "12 34 56\n78 90\n");
    expect(expectOneLineError(await runCli(["segment", target]), target, "LANG_UNKNOWN")).toContain("pass --lang");
    expect((await runCli(["segment", target, "--lang", "nl"])).status).toBe(0);
  });

  it("a Khmer page needs no --lang, and a script no identifier knows says so", async () => {
    const khmer = path.join(dir, "km.txt");
    writeFileSync(khmer, "រដ្ឋមន្ត្រីបានទៅទស្សនារាជធានីកាលពីថ្ងៃច័ន្ទ។ លោកបានជួបប្រធានាធិបតីរយៈពេលពីរម៉ោង។\n");
    const result = await runCli(["segment", khmer, "--json"]);
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as { lang: string; sentences: unknown[] };
    expect([document.lang, document.sentences.length]).toEqual(["km", 2]);
    const cherokee = path.join(dir, "chr.txt");
    writeFileSync(cherokee, "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏍᎦᏯ ᎤᏛᏅ ᎣᏍᏓ ᏙᎯ ᎠᎴ ᎤᏔᏅ ᏗᏓᏍᏚᏗ.\n");
    expect(expectOneLineError(await runCli(["segment", cherokee]), cherokee, "LANG_UNKNOWN")).toContain("knows neither its script");
  });

  it("a wrong language code is named as such when nothing of that language is left", async () => {
    const english = path.join(dir, "english.txt");
    writeFileSync(english, "The minister visited the capital on Monday and met the president of the republic for two hours.\nThey discussed trade, energy and the border with the figures for the last three years.\n");
    const result = await runCli(["align", english, path.join(repoRoot, "seeds/001_9c2bcb4f48ee580e.txt"), "--source-lang", "hi", "-o", path.join(dir, "out.tsv")]);
    expect(expectOneLineError(result, english, "DOC_NO_SENTENCES")).toContain("no hi sentences left: the text reads as en");
    // A Swahili page is not read as Slovenian: its sentences stay.
    const swahili = path.join(dir, "swahili.txt");
    writeFileSync(swahili, "Waziri alitembelea mji mkuu Jumatatu na kukutana na rais wa jamhuri kwa saa mbili.\nWalijadili biashara, nishati na mpaka kwa takwimu za mwaka jana.\n");
    const segmented = await runCli(["segment", swahili, "--lang", "sw", "--json"]);
    expect((JSON.parse(segmented.stdout) as { sentences: { kind: string }[] }).sentences.map((sentence) => sentence.kind)).toEqual(["body", "body"]);
  });

  it("UTF-16 with a BOM and CRLF line ends are decoded, offsets refer to the decoded text", async () => {
    const target = path.join(dir, "utf16.txt");
    const text = "Het kabinet viel op maandag. Dhr. Rutte bood zijn ontslag aan.\r\nDe koning aanvaardde het ontslag.\r\n";
    writeFileSync(target, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const result = await runCli(["segment", target, "--json"]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { lang: string; sentences: { text: string; start: number; end: number }[] };
    expect(json.lang).toBe("nl");
    expect(json.sentences.map((s) => s.text)).toEqual([
      "Het kabinet viel op maandag.",
      "Dhr. Rutte bood zijn ontslag aan.",
      "De koning aanvaardde het ontslag.",
    ]);
    expect(json.sentences[2]!.start).toBe(text.indexOf("De koning") - 1); // one "\r" fewer before it
  });

  it("leaves no files behind", async () => {
    expect(readdirSync(dir).sort()).toEqual(["chr.txt", "empty.txt", "english.txt", "folder", "huge.txt", "km.txt", "latin1.txt", "numbers.txt", "photo.jpg", "swahili.txt", "utf16.txt"]);
  });
});
