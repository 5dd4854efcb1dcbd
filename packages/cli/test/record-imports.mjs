// Preloaded with `node --import` by startup.test.ts: appends the URL of every module
// the program resolves to the file named by $TANDEM_RECORD_IMPORTS, imported or required.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const record = process.env.TANDEM_RECORD_IMPORTS;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const file = resolveFilename.apply(this, args);
  appendFileSync(record, `${path.isAbsolute(file) ? pathToFileURL(file).href : `node:${file.replace(/^node:/, "")}`}\n`);
  return file;
};

register(
  "data:text/javascript," +
    encodeURIComponent(`
      import { appendFileSync } from "node:fs";
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        appendFileSync(${JSON.stringify(record)}, result.url + "\\n");
        return result;
      }`),
);
