// Preloaded with `node --import` by startup.test.ts: appends the URL of every module
// the program resolves to the file named by $TANDEM_RECORD_IMPORTS.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      import { appendFileSync } from "node:fs";
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        appendFileSync(${JSON.stringify(process.env.TANDEM_RECORD_IMPORTS)}, result.url + "\\n");
        return result;
      }`),
);
