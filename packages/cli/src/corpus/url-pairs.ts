import { oneWrittenLanguage } from "@tandem/segment/core";
import { pairDocuments, type DocumentPair, type PairInput } from "@tandem/align";

/**
 * An address with its language code taken out, so that the same page in two languages
 * gives the same key: `/en/news/1` and `/fr/news/1`, `qa-x.en.html` and `qa-x.fr.html`,
 * `?lang=en` and `?lang=fr`, `en.example.org` and `fr.example.org`. Only a code that
 * matches the page's own language counts (`zh` also matches `zh-hans`, `zh_CN`), so a
 * path that merely contains "/it/" does not make an Italian page. Undefined when the
 * address has no such code or is no URL.
 *
 * @example
 * urlLanguageKey("https://www.w3.org/International/questions/qa-doc-charset.ja.html", "ja");
 * // "https://www.w3.org/International/questions/qa-doc-charset.{lang}.html"
 */
export function urlLanguageKey(uri: string, lang: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  const code = `${lang.toLowerCase()}(?:[-_][a-z0-9]{2,4})?`;
  const segment = new RegExp(`^${code}$`, "iu");
  let found = false;
  const host = url.hostname.split(".");
  if (host.length > 2 && segment.test(host[0]!)) {
    host[0] = "{lang}";
    found = true;
  }
  const parts = url.pathname.split("/").map((part) => {
    if (segment.test(part)) {
      found = true;
      return "{lang}";
    }
    // name.en.html, name_en.html, name-en.php
    const infix = new RegExp(`([._-])${code}(?=\\.[a-z0-9]+$|$)`, "iu");
    if (part.includes(".") || part.includes("_")) {
      const replaced = part.replace(infix, (_m, sep: string) => `${sep}{lang}`);
      if (replaced !== part) {
        found = true;
        return replaced;
      }
    }
    return part;
  });
  const params = [...url.searchParams.entries()].map(([name, value]) => {
    if (/^(?:lang|language|hl|locale|lng|l)$/iu.test(name) && segment.test(value)) {
      found = true;
      return [name, "{lang}"] as const;
    }
    return [name, value] as const;
  });
  if (!found) return undefined;
  const query = params.map(([name, value]) => `${name}=${value}`).join("&");
  return `${url.protocol}//${host.join(".")}${url.port ? `:${url.port}` : ""}${parts.join("/")}${query ? `?${query}` : ""}`;
}

/**
 * Pairs documents whose addresses differ only in their language code: each key shared
 * by exactly two documents in two languages is a pair, with the content score and
 * reasons of pairDocuments and a `url` reason first (the address is the stronger
 * evidence: a translation of a reference page may share no name or number at all).
 * Returns the pairs and the ids they took; the other documents go to content pairing.
 *
 * @example
 * const { pairs, taken } = await pairByUrl(documents, { sourceLang: "en" });
 */
export async function pairByUrl(
  documents: readonly PairInput[],
  options: { sourceLang?: string } = {},
): Promise<{ pairs: DocumentPair[]; taken: Set<string> }> {
  const groups = new Map<string, PairInput[]>();
  for (const document of documents) {
    const key = urlLanguageKey(document.id, document.lang);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  const pairs: DocumentPair[] = [];
  const taken = new Set<string>();
  for (const group of groups.values()) {
    if (group.length !== 2 || oneWrittenLanguage(group[0]!.lang, group[1]!.lang)) continue;
    const [a, b] = group as [PairInput, PairInput];
    const sourceFirst = options.sourceLang ? a.lang === options.sourceLang || (b.lang !== options.sourceLang && a.lang < b.lang) : a.lang < b.lang;
    const [source, target] = sourceFirst ? [a, b] : [b, a];
    const content = (await pairDocuments([source, target], { threshold: 0, sourceLang: source.lang })).pairs[0];
    pairs.push({
      source: source.id,
      target: target.id,
      sourceLang: source.lang,
      targetLang: target.lang,
      score: content?.score ?? 0,
      signals: { ...(content?.signals ?? {}), url: 1 },
      reasons: [{ kind: "url", source: source.id, target: target.id, weight: 1 }, ...(content?.reasons ?? [])],
    });
    taken.add(source.id);
    taken.add(target.id);
  }
  return { pairs, taken };
}
