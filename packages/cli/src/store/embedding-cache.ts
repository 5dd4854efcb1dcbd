import type Database from "better-sqlite3";
import type { CachedEmbedding, EmbeddingCache } from "@tandem/align";
import { fromSqliteError } from "./sqlite-error.js";
import { openStore, type Store } from "./open-store.js";

/** SQLite allows 32766 host parameters per statement; stay well below. */
const CHUNK = 500;

/**
 * The embedding cache on the store's `embeddings` table (migration 3): vectors keyed by
 * model identity and text hash, so a second `tandem align` over the same text makes no
 * model call. Writes of one batch go in one transaction.
 *
 * @example
 * const store = await openStore("tandem.db");
 * const scorer = createNeuralScorer({ model, cache: createStoreEmbeddingCache(store) });
 */
export function createStoreEmbeddingCache(store: Store): EmbeddingCache {
  const db: Database.Database = store.database;
  const insert = db.prepare(
    "INSERT OR REPLACE INTO embeddings (model, hash, dims, vector, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insertAll = db.transaction((modelKey: string, entries: readonly CachedEmbedding[], at: string) => {
    for (const { hash, vector } of entries) {
      insert.run(modelKey, hash, vector.length, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength), at);
    }
  });
  const selects = new Map<number, Database.Statement>();
  const select = (count: number) => {
    let statement = selects.get(count);
    if (!statement) {
      statement = db.prepare(`SELECT hash, dims, vector FROM embeddings WHERE model = ? AND hash IN (${new Array(count).fill("?").join(",")})`);
      selects.set(count, statement);
    }
    return statement;
  };
  return {
    async get(modelKey, textHashes) {
      const found = new Map<string, Float32Array>();
      try {
        for (let start = 0; start < textHashes.length; start += CHUNK) {
          const chunk = textHashes.slice(start, start + CHUNK);
          const rows = select(chunk.length).all(modelKey, ...chunk) as { hash: string; dims: number; vector: Buffer }[];
          for (const row of rows) {
            if (row.vector.byteLength !== row.dims * 4) continue; // a damaged row is a miss, not a crash
            // Copy into a fresh, aligned buffer: the Buffer may share a pool at any offset.
            const vector = new Float32Array(row.dims);
            new Uint8Array(vector.buffer).set(row.vector);
            found.set(row.hash, vector);
          }
        }
      } catch (error) {
        throw fromSqliteError(error, store.file);
      }
      return found;
    },
    async put(modelKey, entries) {
      try {
        insertAll(modelKey, entries, new Date().toISOString());
      } catch (error) {
        throw fromSqliteError(error, store.file);
      }
    },
  };
}

/**
 * An {@link EmbeddingCache} on the database file `file`, opening the store for each
 * look-up or write and closing it again: for scorers built before (or apart from) the
 * command's own connection. SQLite's WAL mode lets both connections work side by side;
 * a cache call is one open, one statement batch and one close (milliseconds).
 *
 * @example
 * const cache = openEmbeddingCache(argv.db);
 */
export function openEmbeddingCache(file: string): EmbeddingCache {
  const withStore = async <T>(work: (cache: EmbeddingCache) => Promise<T>): Promise<T> => {
    const store = await openStore(file);
    try {
      return await work(createStoreEmbeddingCache(store));
    } finally {
      store.close();
    }
  };
  return {
    get: (modelKey, textHashes) => withStore((cache) => cache.get(modelKey, textHashes)),
    put: (modelKey, entries) => withStore((cache) => cache.put(modelKey, entries)),
  };
}
