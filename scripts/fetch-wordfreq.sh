#!/usr/bin/env bash
# Word frequency lists for tandem, one per language (`wordfreq/<lang>.txt`: the 50,000 commonest
# words, commonest first, one a line) in tandem's lexicon folder. A pivot lexicon (fr → en → zh)
# keeps at most six target words per English phrase; among translations of equal standing it now
# keeps the commonest (伙伴 before 合伙人 for "partner"), not the ones its dictionary happens to list
# first. Without these lists the pivot keeps dictionary order. Called by scripts/setup.sh; a source
# that cannot be fetched is a note, not an error.
#
# Source: wordfreq (PyPI, code Apache-2.0, data CC BY-SA 4.0, as its README says), 42 languages.
# Its 57 MB wheel and msgpack's (to read wordfreq's files) are
# downloaded once into a temporary folder; about 20 MB of lists are kept.
#
#   bash scripts/fetch-wordfreq.sh   # into $TANDEM_LEXICON_DIR or ~/.local/share/tandem/lexicons
# WORDFREQ_VERSION / MSGPACK_VERSION pin other releases.
set -euo pipefail

# shellcheck source=scripts/fetch-wheel.sh
. "$(dirname "$0")/fetch-wheel.sh"
dir="$lexicon_dir/wordfreq"
fetch_wheel_for "$dir" wordfreq "${WORDFREQ_VERSION:-3.1.1}" "pivot lexicons keep their dictionaries' order" en.txt zh.txt
fetch_wheel msgpack "${MSGPACK_VERSION:-1.1.2}" "$work" "pivot lexicons keep their dictionaries' order" || exit 0
wheel_python "$work"/wordfreq-*.whl "$work"/msgpack-*.whl "$dir" <<'PY'
import gzip, io, os, re, sys, zipfile
from word_list import metadata_lines

wheel, msgpack_wheel, out = sys.argv[1], sys.argv[2], sys.argv[3]
# Unpacked, so its compiled reader loads (the wheel is the one pip chose for this python3);
# msgpack falls back to its pure-Python reader by itself when that fails.
lib = os.path.join(os.path.dirname(msgpack_wheel), "msgpack-lib")
zipfile.ZipFile(msgpack_wheel).extractall(lib)
sys.path.insert(0, lib)
import msgpack

KEEP = 50000
with zipfile.ZipFile(wheel) as archive:
    names = archive.namelist()
    licence = metadata_lines(archive, ("Name:", "Version:", "License", "Home-page"))
    # "large_xx" where wordfreq has one, else "small_xx"; a list is buckets of words, commonest first.
    lists = {}
    for name in names:
        match = re.search(r"/data/(large|small)_([a-z]+)\.msgpack\.gz$", name)
        if match and (match.group(1) == "large" or match.group(2) not in lists):
            lists[match.group(2)] = name
    for lang, name in sorted(lists.items()):
        data = msgpack.unpackb(gzip.decompress(archive.read(name)), raw=False)
        words = [word for bucket in data[1:] for word in bucket][:KEEP]
        part = os.path.join(out, f"{lang}.txt.part")
        with open(part, "w", encoding="utf8") as f:
            f.write("\n".join(words) + "\n")
        os.replace(part, os.path.join(out, f"{lang}.txt"))
with open(os.path.join(out, "COPYRIGHT"), "w", encoding="utf8") as f:
    f.write("wordfreq word lists (PyPI package wordfreq): code Apache-2.0, data CC BY-SA 4.0\n"
            "(https://creativecommons.org/licenses/by-sa/4.0/), from the sources its README names.\n"
            + "\n".join(licence) + "\n")
print(f"wordfreq: {len(lists)} languages, up to {KEEP} words each, in {out}", file=sys.stderr)
PY
