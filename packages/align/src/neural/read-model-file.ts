import { promises as fs } from "node:fs";
import path from "node:path";
import type { ModelSource } from "./model-source.js";

/** How to fetch a file transformers.js itself does not load (the sentence-transformers ones). */
export interface ModelFileDownload {
  /** e.g. "https://huggingface.co/", as transformers.js's `env.remoteHost`. */
  readonly remoteHost: string;
  /** e.g. "{model}/resolve/{revision}/", as `env.remotePathTemplate`. */
  readonly remotePathTemplate: string;
}

/**
 * Reads `<model dir>/<file>`; when it is missing and `download` is given (downloads on,
 * hub model), fetches it from the hub into the same place first, so an online run
 * leaves a complete offline folder behind. Returns undefined for a file the model
 * does not have (a 404), or one that cannot be fetched: these files are optional.
 */
export async function readModelFile(
  source: ModelSource,
  file: string,
  download?: ModelFileDownload | (() => Promise<ModelFileDownload>),
  /** The hub repository to fetch from, when not the model's own (LaBSE's head: sentence-transformers/LaBSE). */
  repo: string | undefined = source.hubId,
): Promise<Uint8Array | undefined> {
  const local = path.join(source.dir, file);
  const bytes = await fs.readFile(local).catch(() => undefined);
  if (bytes || !download || !repo) return bytes;
  const { remoteHost, remotePathTemplate } = typeof download === "function" ? await download() : download;
  const url =
    remoteHost.replace(/\/?$/, "/") +
    remotePathTemplate.replaceAll("{model}", repo).replaceAll("{revision}", "main") +
    file;
  // These files are optional: no network, or a slow one, must not fail a model that loaded.
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) }).catch(() => undefined);
  if (!response) return undefined;
  if (response.status === 404 || response.status === 401 || response.status === 403) return undefined;
  if (!response.ok) throw new Error(`downloading ${url} failed: HTTP ${response.status}`);
  const fetched = new Uint8Array(await response.arrayBuffer());
  await fs.mkdir(path.dirname(local), { recursive: true });
  // Through a temporary name: an interrupted download must not look like a complete file.
  const temporary = `${local}.${process.pid}.part`;
  await fs.writeFile(temporary, fetched);
  await fs.rename(temporary, local);
  return fetched;
}
