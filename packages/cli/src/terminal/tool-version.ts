import { readFileSync } from "node:fs";

/**
 * The version of @tandem/cli, read from its package.json. The file sits two levels
 * above both src/terminal/ and dist/terminal/, so the same relative URL works from sources and build.
 */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}
