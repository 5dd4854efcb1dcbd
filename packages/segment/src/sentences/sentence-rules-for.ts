import { de } from "./lang/de.js";
import { el } from "./lang/el.js";
import { en } from "./lang/en.js";
import { es } from "./lang/es.js";
import { fr } from "./lang/fr.js";
import { id } from "./lang/id.js";
import { it } from "./lang/it.js";
import { lo } from "./lang/lo.js";
import { nl } from "./lang/nl.js";
import { pl } from "./lang/pl.js";
import { pt } from "./lang/pt.js";
import { ru } from "./lang/ru.js";
import { th } from "./lang/th.js";
import { tr } from "./lang/tr.js";
import { uk } from "./lang/uk.js";
import { vi } from "./lang/vi.js";
import { zh } from "./lang/zh.js";
import type { SentenceRules } from "./sentence-rules.js";
import type { SentenceRuleLanguage } from "./sentence-rule-languages.js";

const RULES: Record<string, SentenceRules> = { de, el, en, es, fr, id, it, lo, nl, pl, pt, ru, th, tr, uk, vi, zh, ja: zh, ms: id } satisfies Record<
  SentenceRuleLanguage,
  SentenceRules
>;

/**
 * The splitting rules for a language (ISO 639-1). Languages without their own list get
 * the English one: its titles ("Mr.", "Dr.") and Latinisms ("e.g.") occur everywhere.
 *
 * @example
 * sentenceRulesFor("nl").nonFinal.includes("o.a."); // true
 */
export function sentenceRulesFor(lang: string): SentenceRules {
  return RULES[lang.toLowerCase()] ?? en;
}

export { SENTENCE_RULE_LANGUAGES } from "./sentence-rule-languages.js";
