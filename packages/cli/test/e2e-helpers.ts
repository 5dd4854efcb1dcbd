import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A fresh temp dir to run tandem in; tests check the files it leaves there. */
export function tempWorkdir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
