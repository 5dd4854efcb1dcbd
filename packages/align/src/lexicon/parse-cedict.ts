import { TandemError } from "@tandem/segment/core";
import { normalizeHeadword } from "./normalize-headword.js";

// Glosses that point at other entries or describe grammar rather than translate.
const NOT_A_TRANSLATION = /^(?:old |archaic |japanese |korean )?variant of |^(?:see|see also|used in|abbr\. for|also written|cl:|classifier for|radical in|surname |taiwan pr\.)/i;
// Longer glosses are explanations ("(verb complement indicating completion)"), whose words
// would match the other language by accident.
const MAX_GLOSS_WORDS = 3;

/**
 * Reads CC-CEDICT text (`Traditional Simplified [pin1 yin1] /gloss/gloss/` a line, `#` comments)
 * into Chinese headword → English translations. Both the simplified and the traditional form
 * are headwords. A gloss is split on ";" and ","; parts that refer to other entries ("variant of
 * …", "CL:…", "see …") or have more than three words are dropped, and a leading "to " of verbs
 * is removed, so "举行" gives "hold (a meeting, ceremony etc)" → "hold".
 *
 * @throws TandemError LEXICON_BAD_LINE naming the file and line for a line that is not a CC-CEDICT entry.
 * @example
 * parseCedict("總統 总统 [zong3 tong3] /president (of a country)/CL:個|个[ge4]/\n").get("总统") // ["president"]
 */
export function parseCedict(text: string, file?: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, "");
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(\S+) (\S+) \[[^\]]*\] \/(.*)\/\s*$/.exec(line);
    if (!match) throw new TandemError("LEXICON_BAD_LINE", "expected `Traditional Simplified [pinyin] /gloss/…/`", { file, line: n + 1 });
    const translations: string[] = [];
    for (const gloss of match[3]!.split("/")) {
      if (NOT_A_TRANSLATION.test(gloss.trim())) continue;
      for (const part of gloss.replace(/\([^)]*\)/g, " ").split(/[;,]/)) {
        const translation = normalizeHeadword(part).replace(/^(?:to|a|an|the) /, "");
        if (!translation || translation.split(" ").length > MAX_GLOSS_WORDS) continue;
        if (!translations.includes(translation)) translations.push(translation);
      }
    }
    if (translations.length === 0) continue;
    for (const headword of new Set([match[2]!, match[1]!])) {
      const key = normalizeHeadword(headword);
      const list = entries.get(key);
      if (!list) entries.set(key, [...translations]);
      else for (const translation of translations) if (!list.includes(translation)) list.push(translation);
    }
  }
  return entries;
}

/**
 * CC-CEDICT's traditional forms that differ from their simplified one, traditional →
 * simplified (`總統 总统 [...]` gives 總統 → 总统): a list made from simplified text (a word
 * frequency list) reaches the traditional words through it. Lines that are not entries are skipped.
 *
 * @example
 * cedictTraditionalForms("總統 总统 [zong3 tong3] /president/\n").get("總統") // "总统"
 */
export function cedictTraditionalForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const match of text.matchAll(/^(\S+) (\S+) \[/gm)) {
    const [traditional, simplified] = [normalizeHeadword(match[1]!), normalizeHeadword(match[2]!)];
    if (traditional !== simplified && !forms.has(traditional)) forms.set(traditional, simplified);
  }
  return forms;
}
