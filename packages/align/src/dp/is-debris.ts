/**
 * True for a "sentence" that is OCR debris or layout residue rather than text: nothing in
 * it is a run of 3 letters or 3 digits ("- _-", "f r", "24 a !", ".:-- , .", "....."). Such
 * lines are usually left unaligned in gold data (Text+Berg dev has six), yet absorbing one
 * into a neighbouring bead costs less than deleting a real sentence, because it adds no
 * unmatched words; the aligner lets the DP delete them more cheaply (`AlignCosts.debrisDeletion`).
 *
 * @example
 * isDebris("- _-") // true
 * isDebris("Lhotsé ( 8501 m )") // false
 */
export function isDebris(sentence: string): boolean {
  return !/\p{L}{3}|\p{N}{3}/u.test(sentence);
}
