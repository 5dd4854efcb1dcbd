/** What a progress line shows: one pass of a job. */
export interface ProgressLine {
  readonly label: string;
  readonly value: number;
  readonly total: number;
  /** Milliseconds since the pass started. */
  readonly elapsedMs: number;
  /** Columns available (the terminal's width). */
  readonly width: number;
  /** Work per second, when the caller measures it ("46.0 sentences/s"). */
  readonly rate?: string;
}

/**
 * One progress line: `aligning (pass 2) [██████░░░░] 412/1000 · 3 s left`. The time
 * left is only shown when it is a real estimate (a finite number, after a second of
 * work and some progress), never as NaN, Infinity or a truncated `NFs`.
 *
 * @example
 * formatProgressLine({ label: "reading", value: 5, total: 10, elapsedMs: 2000, width: 80 })
 * // "reading [███████████████░░░░░░░░░░░░░░░] 5/10 · 2 s left"
 */
export function formatProgressLine(line: ProgressLine): string {
  const total = Math.max(1, line.total);
  const value = Math.min(total, Math.max(0, line.value));
  const fraction = value / total;
  const rate = value / Math.max(1, line.elapsedMs);
  const leftMs = (total - value) / rate;
  const left = line.elapsedMs >= 1000 && value > 0 && value < total && Number.isFinite(leftMs) ? ` · ${formatDuration(leftMs)} left` : "";
  const counts = ` ${value}/${total}${line.rate ? ` · ${line.rate}` : ""}`;
  const size = Math.max(10, Math.min(30, line.width - line.label.length - counts.length - left.length - 4));
  const filled = Math.round(fraction * size);
  return `${line.label} [${"█".repeat(filled)}${"░".repeat(size - filled)}]${counts}${left}`;
}

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
