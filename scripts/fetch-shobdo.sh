#!/usr/bin/env bash
# A Bengali–English word list for tandem, written as a lexicon TSV (`ben-eng.tsv`: Bengali<TAB>
# English) into tandem's lexicon folder, where `tandem align` reads it for bn–en (and, through
# English as a pivot, for Bengali against other languages). Debian has no FreeDict with Bengali.
# Called by scripts/setup.sh; a source that cannot be fetched is a note, not an error.
#
# Source: Shobdo (PyPI `shobdo`, Apache-2.0), a 45,630-word Bengali dictionary in SQLite whose
# entries carry English translations ("প্রধানমন্ত্রী" → "Prime Minister", "নির্বাচন" → "Election /
# Selection"). Its 49 MB wheel is downloaded once into a temporary folder (pip's cache keeps
# it); only the word list is kept: about 64k word–gloss pairs, 2 MB. Glosses of more than three
# words (definitions) are left out; "A / B" and "A, B" give one pair each.
#
#   bash scripts/fetch-shobdo.sh       # into $TANDEM_LEXICON_DIR or ~/.local/share/tandem/lexicons
# SHOBDO_VERSION pins another release.
set -euo pipefail

# shellcheck source=scripts/fetch-wheel.sh
. "$(dirname "$0")/fetch-wheel.sh"
dir="$lexicon_dir"
fetch_wheel_for "$dir" shobdo "${SHOBDO_VERSION:-0.2.2}" "bn-en gets no lexicon" ben-eng.tsv
wheel_python "$work"/shobdo-*.whl "$dir" <<'PY'
import re, sqlite3, sys, tempfile, zipfile
from word_list import metadata_lines, write_word_list

wheel, out = sys.argv[1], sys.argv[2]
MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+$")
BENGALI_WORD = re.compile(r"^[\u0980-\u09FF\u200c\u200d-]+$")
with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as tmp:
    db = archive.extract("shobdo/data/dictionary.db", tmp)
    licence = metadata_lines(archive, ("Name:", "Version:", "License", "Home-page", "Project-URL"))
    rows = sqlite3.connect(db).execute("SELECT word, english_translation FROM words WHERE english_translation != ''").fetchall()
pairs = set()
for word, english in rows:
    word = MARKS.sub("", word.strip())
    if not BENGALI_WORD.match(word):
        continue
    for gloss in re.split(r"\s*[/;,]\s*", english):
        gloss = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", gloss).strip().strip(".").strip().lower()
        if re.search(r"[a-z]", gloss) and len(gloss.split()) <= 3 and "\t" not in gloss:
            pairs.add((word, gloss))
write_word_list(
    out,
    "ben-eng",
    pairs,
    "Shobdo Bengali dictionary (Apache-2.0, see ben-eng.copyright): Bengali<TAB>English",
    "Shobdo, a Bengali dictionary (PyPI package shobdo), Apache License 2.0\n" + "\n".join(licence) + "\n",
    "Shobdo",
    "Bengali-English",
)
PY
