import { randomBytes } from "node:crypto";
import pg from "pg";
import { Redis } from "ioredis";

/** A fresh Postgres database and an empty Redis database for one test file. */
export interface TestServices {
  readonly postgresUrl: string;
  /**
   * An empty Redis database of its own (URL ending in /N): one queue serves one store,
   * so each test's workers must not see another test's jobs.
   */
  freshRedis(): Promise<string>;
  /** Ids of the corpus queue's active jobs in that Redis database. */
  activeJobIds(redisUrl: string): Promise<string[]>;
  /** A new empty Postgres database (URL), for a test that needs a store of its own. */
  freshDatabase(): Promise<string>;
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[], url?: string): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The services the distributed-corpus tests need, from TANDEM_TEST_REDIS and
 * TANDEM_TEST_POSTGRES (`bash scripts/services.sh start` and `env` set them up, as
 * .ci/run does). Undefined when they are not configured: the tests then skip with a
 * note, except in CI (CI=true), where a missing service is an error.
 */
export function testServicesConfigured(): { redis: string; postgres: string } | undefined {
  const redis = process.env.TANDEM_TEST_REDIS;
  const postgres = process.env.TANDEM_TEST_POSTGRES;
  if (redis && postgres) return { redis, postgres };
  if (process.env.CI === "true") {
    throw new Error("CI=true but TANDEM_TEST_REDIS / TANDEM_TEST_POSTGRES are not set: .ci/run must start the services");
  }
  return undefined;
}

export async function openTestServices(config: { redis: string; postgres: string }): Promise<TestServices> {
  const admin = new pg.Pool({ connectionString: config.postgres, max: 2 });
  const created: string[] = [];
  const redisBase = config.redis.replace(/\/\d*$/, "");
  const redisClients = new Map<string, Redis>();
  const redisOf = (url: string) => {
    let client = redisClients.get(url);
    if (!client) redisClients.set(url, (client = new Redis(url, { maxRetriesPerRequest: 1 })));
    return client;
  };
  // Redis has 16 databases (0–15); 0 is left alone, a file's tests take the others in turn.
  let nextDb = 1 + Math.floor(Math.random() * 15);
  const freshDatabase = async () => {
    const name = `tandem_test_${randomBytes(5).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${name}`);
    created.push(name);
    const url = new URL(config.postgres);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const postgresUrl = await freshDatabase();
  const pools = new Map<string, pg.Pool>();
  return {
    postgresUrl,
    freshDatabase,
    freshRedis: async () => {
      const url = `${redisBase}/${nextDb}`;
      nextDb = (nextDb % 15) + 1;
      await redisOf(url).flushdb();
      return url;
    },
    activeJobIds: (url) => redisOf(url).lrange("bull:tandem-corpus:active", 0, -1),
    query: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], url = postgresUrl) => {
      let pool = pools.get(url);
      if (!pool) pools.set(url, (pool = new pg.Pool({ connectionString: url, max: 2 })));
      return (await pool.query<T>(sql, params)).rows;
    },
    close: async () => {
      for (const pool of pools.values()) await pool.end();
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end();
      for (const client of redisClients.values()) {
        await client.flushdb().catch(() => {});
        client.disconnect();
      }
    },
  };
}
