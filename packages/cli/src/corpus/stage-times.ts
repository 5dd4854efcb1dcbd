/** Seconds a corpus run spent in each stage (wall clock of the main thread; `align` spans all lanes). */
export interface StageTimes {
  read: number;
  segment: number;
  pair: number;
  align: number;
  write: number;
}

export function newStageTimes(): StageTimes {
  return { read: 0, segment: 0, pair: 0, align: 0, write: 0 };
}

/** Runs `work` and adds its wall time to `stage` of `times` (when given). */
export async function timeStage<T>(times: StageTimes | undefined, stage: keyof StageTimes, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    if (times) times[stage] += (performance.now() - started) / 1000;
  }
}

/** The same, for synchronous work. */
export function timeStageSync<T>(times: StageTimes | undefined, stage: keyof StageTimes, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    if (times) times[stage] += (performance.now() - started) / 1000;
  }
}

/** Stage seconds rounded to milliseconds, for a summary. */
export function roundStageTimes(times: StageTimes): StageTimes {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { read: round(times.read), segment: round(times.segment), pair: round(times.pair), align: round(times.align), write: round(times.write) };
}
