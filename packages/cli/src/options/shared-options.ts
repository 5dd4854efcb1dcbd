import { TandemError } from "@tandem/segment/errors";

/** `--db`: the one default database path of every command that uses the store. */
export const dbOption = { type: "string", default: "tandem.db", describe: "Database of runs: a SQLite file, or a postgres:// URL (runs, export)" } as const;

/** `--creation-date`: hidden; fixes the files' creation date so golden files stay byte-stable. */
export const creationDateOption = {
  type: "string",
  hidden: true,
  describe: "Fixed creation date (ISO 8601), for reproducible files",
} as const;

/** The date `--creation-date` names, or `fallback` (now) without it; a bad date is a usage error. */
export function parseCreationDate(value: string | undefined, fallback: Date = new Date()): Date {
  const date = value ? new Date(value) : fallback;
  if (Number.isNaN(date.getTime())) throw new TandemError("USAGE", `bad --creation-date "${value}"`);
  return date;
}
