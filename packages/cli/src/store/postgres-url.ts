/** Whether a `--db` value names a Postgres database rather than a SQLite file. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/**
 * A connection URL as it may be printed: the password replaced by `***`, so an error
 * line or `tandem runs` never shows a secret.
 *
 * @example
 * redactUrl("postgres://me:secret@db:5432/tandem") // "postgres://me:***@db:5432/tandem"
 */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return value.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  }
}
