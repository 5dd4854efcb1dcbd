import * as segment from "@tandem/segment";
import { expect, it } from "vitest";

// Other packages code against this list; changing it is an API change.
it("exports exactly the public API", () => {
  expect(Object.keys(segment).sort()).toEqual([
    "ALIGNABLE_KINDS",
    "CLEAN_DEFAULTS",
    "CLEAN_RULES",
    "SENTENCE_RULE_LANGUAGES",
    "SUPPORTED_LANGUAGES",
    "TandemError",
    "checkLanguage",
    "cleanText",
    "decodeHtml",
    "extractHtml",
    "foldDiacritics",
    "foreignLanguageOf",
    "headerCharset",
    "htmlText",
    "identifyDocumentLanguage",
    "identifyLanguage",
    "languageFamily",
    "languageName",
    "languageScores",
    "languageSupportNotes",
    "metaCharset",
    "readHtml",
    "readableText",
    "sameLanguageFamily",
    "segmentDocument",
    "sentenceRulesFor",
    "sniffHtml",
    "splitSentences",
    "usualScript",
  ]);
});
