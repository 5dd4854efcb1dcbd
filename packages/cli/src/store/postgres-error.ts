import { TandemError } from "@tandem/segment/errors";
import { redactUrl } from "./postgres-url.js";

/**
 * Turns a failure to reach or use Postgres into one TandemError naming the URL
 * (password hidden): STORE_UNREACHABLE for a server that does not answer or refuses
 * the login or the database, STORE_FAILED for anything else. Already-TandemErrors pass.
 *
 * @example
 * fromPostgresError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }), "postgres://me@127.0.0.1:1/db")
 * // TandemError STORE_UNREACHABLE "cannot reach Postgres (connect ECONNREFUSED 127.0.0.1:1)"
 */
export function fromPostgresError(error: unknown, url: string): TandemError {
  if (error instanceof TandemError) return error;
  const at = { file: redactUrl(url) };
  const code = (error as { code?: string } | undefined)?.code;
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  const unreachable = ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET", "EAI_AGAIN", "28P01", "28000", "3D000", "57P03"];
  if ((code && unreachable.includes(code)) || /timeout|terminated unexpectedly|connect/i.test(message)) {
    return new TandemError("STORE_UNREACHABLE", `cannot reach Postgres (${message || code})`, at, { cause: error });
  }
  return new TandemError("STORE_FAILED", `Postgres: ${message}`, at, { cause: error });
}
