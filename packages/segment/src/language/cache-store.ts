/**
 * Where tandem's libraries keep what is worth keeping between runs: eld's n-gram table as
 * sorted lines (compiling its 2 MB module costs 0.3 s of CPU), ICU's month names. A store is
 * given by the program that owns the file system (the CLI gives one over its cache folder);
 * without one nothing is kept, and everything is computed as before. Reading and writing
 * never throw: a missing or damaged entry is computed again.
 */
export interface CacheStore {
  /** The entry's bytes, or undefined when there is none (or it cannot be read). */
  read(name: string): Buffer | undefined;
  /** Keeps the entry whole or not at all; a store that cannot write keeps nothing. */
  write(name: string, text: string): void;
}

let current: CacheStore | undefined;

/**
 * Sets the store the libraries use from now on (undefined: none). Call it before the first
 * language identification: `@tandem/segment`'s detector is loaded when its module is.
 *
 * @example
 * setCacheStore({ read: (name) => memory.get(name), write: (name, text) => memory.set(name, Buffer.from(text)) });
 */
export function setCacheStore(store: CacheStore | undefined): void {
  current = store;
}

/** The store set by {@link setCacheStore}, if any. */
export function cacheStore(): CacheStore | undefined {
  return current;
}
