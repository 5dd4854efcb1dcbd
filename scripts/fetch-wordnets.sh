#!/usr/bin/env bash
# Wordnets linked to Princeton WordNet 3.0 for languages that Debian has no FreeDict dictionary
# with English for, written as Open Multilingual Wordnet tab files (`wn-data-LANG.tab`) into
# tandem's wordnet folder, where `tandem align` reads them with Debian's wordnet-base (English).
# Called by scripts/setup.sh; a source that cannot be fetched is a note, not an error.
#
# Thai: Thai WordNet (NICT, 2011; a permissive licence like Princeton WordNet's, kept beside the
# file as tha.LICENSE), as PyThaiNLP ships it in its PyPI wheel (pythainlp/corpus/wordnet_th.db,
# an SQLite table of synset / Thai word). 22 MB wheel downloaded once into the pip cache, 91,073
# synset-word pairs (78,101 Thai words), a 5 MB tab file.
#
#   bash scripts/fetch-wordnets.sh            # into $TANDEM_WORDNET_DIR or ~/.local/share/tandem/wordnet
# PYTHAINLP_VERSION pins another PyThaiNLP release.
set -euo pipefail

# shellcheck source=scripts/fetch-wheel.sh
. "$(dirname "$0")/fetch-wheel.sh"
dir="${TANDEM_WORDNET_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/tandem/wordnet}"
fetch_wheel_for "$dir" pythainlp "${PYTHAINLP_VERSION:-5.4.0}" "th-en gets no lexicon" wn-data-tha.tab
python3 - "$work"/pythainlp-*.whl "$dir" <<'PY'
import os, sqlite3, sys, tempfile, zipfile

wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as tmp:
    db = archive.extract("pythainlp/corpus/wordnet_th.db", tmp)
    licence = archive.read("pythainlp/corpus/corpus_license.md").decode("utf8")
    rows = sqlite3.connect(db).execute("SELECT synsetid, li FROM word_synset ORDER BY rowid").fetchall()
start = licence.index("## Thai WordNet")
end = licence.find("\n## ", start + 1)
with open(os.path.join(out, "tha.LICENSE"), "w", encoding="utf8") as f:
    f.write(licence[start : end if end > 0 else None])
part = os.path.join(out, "wn-data-tha.tab.part")
with open(part, "w", encoding="utf8") as f:
    f.write("# Thai WordNet (NICT 2011, see tha.LICENSE), from PyThaiNLP's wordnet_th.db\n")
    for synset, word in rows:
        word = " ".join(word.split())
        if word:
            f.write(f"{synset}\ttha:lemma\t{word}\n")
os.replace(part, os.path.join(out, "wn-data-tha.tab"))
print(f"Thai WordNet: {len(rows)} synset-word pairs in {out}/wn-data-tha.tab", file=sys.stderr)
PY
