// Runs the start-up script (dist/bundle/tandem.cjs, written by scripts/bundle-cli.mjs) with a V8
// code cache: the bytecode of the script's top level and of every function the last run of the
// same command compiled. From the cache V8 neither parses the 1 MB of code nor compiles the
// functions a run needs, which an ES module would redo on every run (Node 20 caches no module
// code).
//
// The cache lives in tandem's code cache folder ($TANDEM_CODE_CACHE, else
// $XDG_CACHE_HOME/tandem/code, else ~/.cache/tandem/code; "off" keeps none, and then the ES module
// bundle runs, as before there was a script), one file per command, named after the script's
// SHA-256 (its first line), Node's V8 version and the architecture. A file starts with the CRC-32
// of the rest, since V8 checks a code cache's version, source length and flags, not its bytes.
// It is written once a run has ended with status 0, when it was missing or V8 rejected it, through
// a temporary file and a rename; older files of that command go. A cache that cannot be read or
// written is never an error.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { crc32 } from "node:zlib";
import { tandemCacheDir } from "../dist/files/tandem-cache-dir.js";

const CHECK = 4;

/**
 * Runs tandem from the script for the command in `argv` and returns true, or returns false
 * (nothing run) when the code cache is off or the command must run from the ES modules.
 */
export function runScript(url, argv) {
  const file = fileURLToPath(url);
  const dir = tandemCacheDir("TANDEM_CODE_CACHE", "code");
  if (dir === undefined) return false;
  // ASCII (scripts/bundle-cli.mjs makes it so): read as one byte a character, not decoded.
  const source = readFileSync(file, "latin1");
  const head = JSON.parse(source.slice(3, source.indexOf("\n")));
  // The command as main.ts finds it: the first word that is not an option.
  const command = argv.find((arg) => !arg.startsWith("-")) ?? "";
  if (head.importOnly.includes(command)) return false;
  const prefix = `${command === "" ? "tandem" : /^[a-z]+$/.test(command) ? command : "other"}-`;
  const name = `${prefix}${head.sha256.slice(0, 16)}-${process.versions.v8}-${process.arch}.bin`;
  const cached = readCache(path.join(dir, name));
  const script = new vm.Script(source, { filename: file, cachedData: cached });
  if (cached === undefined || script.cachedDataRejected) {
    process.once("exit", (status) => {
      if (status === 0) writeCache(dir, name, prefix, script.createCachedData());
    });
  }
  const module = { exports: {} };
  // The script's import(): from a script compiled from a code cache, Node 20 cannot import
  // (scripts/bundle-cli.mjs writes each as a call of this), so this module does, resolving the
  // specifier against the script's URL as the script's own import() would.
  const importForScript = (specifier) => import(new URL(specifier, url).href);
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), importForScript);
  return true;
}

/** The cache's bytes when its check holds, else undefined. */
function readCache(file) {
  try {
    const bytes = readFileSync(file);
    const data = bytes.subarray(CHECK);
    return bytes.length > CHECK && bytes.readUInt32LE(0) === crc32(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(dir, name, prefix, data) {
  const file = path.join(dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const check = Buffer.alloc(CHECK);
    check.writeUInt32LE(crc32(data));
    writeFileSync(temporary, Buffer.concat([check, data]));
    renameSync(temporary, file);
    for (const other of readdirSync(dir)) {
      if (other.startsWith(prefix) && other.endsWith(".bin") && other !== name) rmSync(path.join(dir, other), { force: true });
    }
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}
