import { TandemError } from "@tandem/segment";

/** The TandemError `run` throws; fails the test if it throws nothing or something else. */
export function thrown(run: () => unknown): TandemError {
  try {
    run();
  } catch (error) {
    if (error instanceof TandemError) return error;
    throw error;
  }
  throw new Error("expected a TandemError");
}
