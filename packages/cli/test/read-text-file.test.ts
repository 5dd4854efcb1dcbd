import { mkdtempSync, writeFileSync, mkdirSync, rmSync, openSync, ftruncateSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TandemError } from "@tandem/segment";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTextFile } from "../src/files/read-text-file.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tandem-read-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

async function failure(target: string, options?: { maxBytes?: number }): Promise<TandemError> {
  try {
    await readTextFile(target, options);
  } catch (error) {
    expect(error).toBeInstanceOf(TandemError);
    return error as TandemError;
  }
  throw new Error(`readTextFile(${target}) did not fail`);
}

describe("readTextFile: good input", () => {
  it("reads UTF-8 and reports bytes and a SHA-256 of the bytes", async () => {
    const target = file("plain.txt", "Hallo wereld.\n");
    expect(await readTextFile(target)).toEqual({
      text: "Hallo wereld.\n",
      bytes: 14,
      // printf 'Hallo wereld.\n' | sha256sum
      hash: "4c66536c04bb1df4e00447e3b7b92fa4965307089c4e5aba4fc0af9188d96558",
    });
  });

  it("gives the same hash for the same bytes and another for other bytes", async () => {
    const a = await readTextFile(file("a.txt", "één"));
    const b = await readTextFile(file("b.txt", "één"));
    const c = await readTextFile(file("c.txt", "een"));
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it("drops a UTF-8 BOM", async () => {
    const { text } = await readTextFile(file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Sơn zei: ja.")])));
    expect(text).toBe("Sơn zei: ja.");
  });

  it("decodes UTF-16 LE and BE with a BOM", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hội nghị.\r\nTweede regel.", "utf16le")]);
    expect((await readTextFile(file("le.txt", le))).text).toBe("Hội nghị.\nTweede regel.");
    const be = Buffer.from("Hội nghị.\nTweede regel.", "utf16le").swap16();
    expect((await readTextFile(file("be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).text).toBe("Hội nghị.\nTweede regel.");
  });

  it("normalises CRLF and lone CR line ends to \\n", async () => {
    expect((await readTextFile(file("crlf.txt", "Een.\r\nTwee.\rDrie.\n"))).text).toBe("Een.\nTwee.\nDrie.\n");
  });
});

describe("readTextFile: bad input, each a one-line TandemError naming the file", () => {
  it("missing path", async () => {
    const target = path.join(dir, "nope.txt");
    const error = await failure(target);
    expect([error.code, error.at.file, error.message]).toEqual(["INPUT_MISSING", target, "no such file"]);
  });

  it("a directory", async () => {
    const target = path.join(dir, "sub");
    mkdirSync(target);
    expect((await failure(target)).code).toBe("INPUT_DIRECTORY");
  });

  it("an empty file and a file of white space", async () => {
    expect((await failure(file("empty.txt", ""))).code).toBe("INPUT_EMPTY");
    expect((await failure(file("blank.txt", " \r\n\t\n"))).code).toBe("INPUT_EMPTY");
  });

  it("a binary file with NUL bytes, naming the offset", async () => {
    const error = await failure(file("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])));
    expect(error.code).toBe("INPUT_BINARY");
    expect(error.message).toContain("offset 8");
  });

  it("a file of control characters without NUL", async () => {
    expect((await failure(file("ctrl.bin", Buffer.from("\x01\x02\x03\x04abc\x05\x06\x07\x08")))).code).toBe("INPUT_BINARY");
  });

  it("text with more than 1 control character in 100 (tab, line and form feeds not counted)", async () => {
    const line = `${"a".repeat(97)}\t\f\n`; // 100 characters, none of them counted
    const text = line.repeat(10); // 1,000 characters
    expect((await readTextFile(file("ok-controls.txt", `${text.slice(0, 990)}\x1b\x7f${"b".repeat(8)}`))).text).toHaveLength(1000);
    expect((await failure(file("too-many.txt", `${text.slice(0, 988)}\x1b\x7f\x01\x0b\x1f\x0e${"b".repeat(6)}\x02\x03\x04\x05\x06`))).code).toBe("INPUT_BINARY");
    expect((await readTextFile(file("ten.txt", `${text.slice(0, 990)}${"\x01".repeat(10)}`))).text).toHaveLength(1000);
    expect((await failure(file("eleven.txt", `${text.slice(0, 989)}${"\x01".repeat(11)}`))).code).toBe("INPUT_BINARY");
  });

  it("invalid UTF-8, with the byte and line of the first bad byte", async () => {
    const latin1 = Buffer.concat([Buffer.from("Eerste regel.\nCaf"), Buffer.from([0xe9]), Buffer.from(" au lait.\n")]);
    const error = await failure(file("latin1.txt", latin1));
    expect([error.code, error.at.line]).toEqual(["INPUT_ENCODING", 2]);
    expect(error.message).toBe("invalid UTF-8 at byte 17; save the file as UTF-8");
  });

  it("a UTF-16 file with an odd byte count", async () => {
    const error = await failure(file("odd16.txt", Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])));
    expect(error.code).toBe("INPUT_ENCODING");
  });

  it("a file over the size limit, refused from its size without reading it", async () => {
    const target = path.join(dir, "huge.txt");
    const fd = openSync(target, "w");
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    closeSync(fd);
    const error = await failure(target);
    expect(error.code).toBe("INPUT_TOO_LARGE");
    expect(error.message).toBe("file is 50.0 MB; tandem reads articles up to 20.0 MB");
    expect((await failure(file("small.txt", "Twaalf bytes"), { maxBytes: 5 })).code).toBe("INPUT_TOO_LARGE");
  });
});
