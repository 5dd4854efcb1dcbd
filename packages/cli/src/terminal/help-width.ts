/**
 * The width `--help` wraps to: the terminal's, or 100 columns when stdout is no
 * terminal (a pager, a file), at least 60 so option descriptions keep a column.
 */
export function helpWidth(): number {
  const columns = process.stdout.columns || Number(process.env.COLUMNS) || 100;
  return Math.max(60, columns);
}
