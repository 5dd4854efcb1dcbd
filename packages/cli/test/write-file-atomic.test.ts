import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempWorkdir } from "./e2e-helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));

describe("writeFileAtomic", () => {
  it("Ctrl-C while the output is being written or renamed leaves neither the output nor a .tmp file", async () => {
    const dir = tempWorkdir("tandem-interrupt-");
    const target = path.join(dir, "out.tmx");
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", path.join(here, "interrupt-mid-write.ts"), target], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const temporaries: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (!chunk.includes("writing")) return;
      temporaries.push(...readdirSync(dir));
      child.kill("SIGINT");
    });
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    // The temporary file was there while the write ran, and is gone after the interrupt.
    expect(temporaries).toHaveLength(1);
    expect(temporaries[0]).toMatch(/^\.out\.tmx\.[0-9a-f]+\.tmp$/);
    expect(readdirSync(dir)).toEqual([]);
    expect(status).toBe(130);
  });
});
