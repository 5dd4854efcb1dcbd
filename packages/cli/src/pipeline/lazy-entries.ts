/**
 * A read-only map whose entries are loaded on first use, with its size known before: a cached
 * lexicon's headword maps (de–en: 750k headwords, 43 MB of JSON), which `tandem align` needs
 * only for their sizes, since the scorer reads the stem index alone.
 */
export class LazyEntries implements ReadonlyMap<string, readonly string[]> {
  #loaded: Map<string, readonly string[]> | undefined;

  constructor(
    readonly size: number,
    private readonly load: () => Iterable<readonly [string, readonly string[]]>,
  ) {}

  #map(): Map<string, readonly string[]> {
    return (this.#loaded ??= new Map(this.load()));
  }

  get(key: string): readonly string[] | undefined {
    return this.#map().get(key);
  }

  has(key: string): boolean {
    return this.#map().has(key);
  }

  forEach(callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void, thisArg?: unknown): void {
    this.#map().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, readonly string[]]> {
    return this.#map().entries();
  }

  keys(): MapIterator<string> {
    return this.#map().keys();
  }

  values(): MapIterator<readonly string[]> {
    return this.#map().values();
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.#map()[Symbol.iterator]();
  }
}
