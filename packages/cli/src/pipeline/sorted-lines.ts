/**
 * Lines of a text, sorted by their key (the part before the first tab, compared as JavaScript
 * compares strings), looked up by binary search over the characters: nothing is parsed or
 * indexed when the text is read, so a table of 100k lines costs one file read, and a lookup
 * a few dozen comparisons. `from`/`to` bound the section (each line ends in "\n").
 */
export class SortedLines {
  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The rest of `key`'s line after its tab ("" when the line is the key alone), or undefined. */
  find(key: string): string | undefined {
    const text = this.text;
    const length = key.length;
    let low = this.from;
    let high = this.to;
    // `low` is always a line start, so the line holding `mid` starts at `low` or later.
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = text.lastIndexOf("\n", mid - 1) + 1;
      // The line's key (up to its tab or its end) against `key`, code unit by code unit, as
      // strings compare: no slice of the line a probe (a lookup makes about 17 of them, and
      // the scorer thousands of lookups a document, most of them before V8 optimises this).
      let k = 0;
      let order = 0;
      for (; ; k++) {
        const code = text.charCodeAt(start + k);
        const ended = code === 9 || code === 10;
        if (k === length) {
          order = ended ? 0 : 1;
          break;
        }
        if (ended) {
          order = -1;
          break;
        }
        const wanted = key.charCodeAt(k);
        if (code !== wanted) {
          order = code < wanted ? -1 : 1;
          break;
        }
      }
      if (order === 0) return text.charCodeAt(start + length) === 9 ? text.slice(start + length + 1, text.indexOf("\n", start + length)) : "";
      if (order < 0) low = text.indexOf("\n", start + k) + 1;
      else high = start;
    }
    return undefined;
  }

  /** Every line as [key, rest], in order. */
  *lines(): Generator<[string, string]> {
    for (let start = this.from; start < this.to; ) {
      const end = this.text.indexOf("\n", start);
      const line = this.text.slice(start, end);
      const tab = line.indexOf("\t");
      yield tab >= 0 ? [line.slice(0, tab), line.slice(tab + 1)] : [line, ""];
      start = end + 1;
    }
  }

  /**
   * Writes `entries` as such a section: sorted by key, `key<TAB>value<TAB>value…` a line.
   * Undefined when a key or value holds a tab or a line break (the caller keeps another format).
   */
  static write(entries: Iterable<readonly [string, Iterable<string>]>): string | undefined {
    const rows: [string, string[]][] = [];
    for (const [key, values] of entries) rows.push([key, [...values]]);
    if (rows.some(([key, values]) => /[\t\n\r]/.test(key) || values.some((value) => /[\t\n\r]/.test(value)))) return undefined;
    rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return rows.map(([key, values]) => `${[key, ...values].join("\t")}\n`).join("");
  }
}

/** A stem → stems map over a {@link SortedLines} section; each stem's set is built when first asked for. */
export class LazyStemMap implements ReadonlyMap<string, ReadonlySet<string>> {
  #found = new Map<string, ReadonlySet<string> | undefined>();
  #all: Map<string, ReadonlySet<string>> | undefined;

  constructor(
    readonly size: number,
    private readonly lines: SortedLines,
  ) {}

  get(key: string): ReadonlySet<string> | undefined {
    if (this.#all) return this.#all.get(key);
    if (this.#found.has(key)) return this.#found.get(key);
    const rest = this.lines.find(key);
    const set = rest === undefined ? undefined : new Set(rest === "" ? [] : rest.split("\t"));
    this.#found.set(key, set);
    return set;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Iteration reads the whole section, in key order (not the order the index was built in). */
  #map(): Map<string, ReadonlySet<string>> {
    return (this.#all ??= new Map([...this.lines.lines()].map(([key, rest]) => [key, new Set(rest === "" ? [] : rest.split("\t"))])));
  }

  forEach(callback: (value: ReadonlySet<string>, key: string, map: ReadonlyMap<string, ReadonlySet<string>>) => void, thisArg?: unknown): void {
    this.#map().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, ReadonlySet<string>]> {
    return this.#map().entries();
  }

  keys(): MapIterator<string> {
    return this.#map().keys();
  }

  values(): MapIterator<ReadonlySet<string>> {
    return this.#map().values();
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlySet<string>]> {
    return this.#map()[Symbol.iterator]();
  }
}

/** A set of words over a {@link SortedLines} section: `has` searches, iteration reads it all (in sorted order). */
export class LazyWordSet implements ReadonlySet<string> {
  #found = new Map<string, boolean>();
  #all: Set<string> | undefined;

  constructor(
    readonly size: number,
    private readonly lines: SortedLines,
  ) {}

  has(word: string): boolean {
    if (this.#all) return this.#all.has(word);
    let known = this.#found.get(word);
    if (known === undefined) this.#found.set(word, (known = this.lines.find(word) !== undefined));
    return known;
  }

  #set(): Set<string> {
    return (this.#all ??= new Set(Array.from(this.lines.lines(), ([key]) => key)));
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.#set().forEach((value) => callback.call(thisArg, value, value, this));
  }

  entries(): SetIterator<[string, string]> {
    return this.#set().entries();
  }

  keys(): SetIterator<string> {
    return this.#set().keys();
  }

  values(): SetIterator<string> {
    return this.#set().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.#set()[Symbol.iterator]();
  }
}
