import { INVISIBLE_MARKS } from "../document.js";
import { decodeEntities } from "./decode-entities.js";
import { withoutMarkdownLinks } from "./line-features.js";

/**
 * A sentence's text as {@link Sentence.text} gives it, from the raw text between its offsets:
 * white space collapsed to one space, soft hyphens and word joiners dropped (a CMS's `&shy;`),
 * Markdown links read as their words (`[Rousseff](https://…)` → `Rousseff`). The offsets keep
 * covering what the page holds; the text is what a reader reads, and what is aligned.
 *
 * @example
 * readableText("felicita a [Rousseff](https://example.org/a.html)\npor su reelec\u00adción"); // "felicita a Rousseff por su reelección"
 */
export function readableText(raw: string): string {
  const text = decodeEntities(raw)?.text ?? raw;
  return withoutMarkdownLinks(text.replace(/\s+/gu, " ").replace(INVISIBLE_MARKS, ""));
}
