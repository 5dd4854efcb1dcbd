import { promises as fs } from "node:fs";

/**
 * True when both paths name one file (the same path, a link, `./a` and `a`): the
 * device and inode decide, not the spelling. False when either does not exist; the
 * read reports that.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([fs.stat(a).catch(() => undefined), fs.stat(b).catch(() => undefined)]);
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}
