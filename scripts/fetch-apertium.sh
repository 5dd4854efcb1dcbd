#!/usr/bin/env bash
# Bilingual word lists from Debian's Apertium language pairs for pairs that FreeDict lacks,
# written as tandem lexicon TSVs (`source<TAB>target`, lemmas) into tandem's lexicon folder,
# where `tandem align` reads them for that pair. Called by scripts/setup.sh; a pair that cannot
# be fetched is a note, not an error.
#
# uk–ru: apertium-rus-ukr (GPL-3+; 1.4 MB .deb, only unpacked into a temporary folder, its
# dependencies are not installed). Debian ships the bilingual dictionary compiled
# (ukr-rus.autobil.bin); lttoolbox-dev's `lt-print` writes it as a transducer in AT&T text, and
# the walk below reads the lemma pairs off its paths (letters only: the paths for numbers and
# punctuation loop), cutting the tags (<n><m>…) and homograph marks (изменить¹).
#
#   bash scripts/fetch-apertium.sh      # into $TANDEM_LEXICON_DIR or ~/.local/share/tandem/lexicons
set -euo pipefail

dir="${TANDEM_LEXICON_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/tandem/lexicons}"
mkdir -p "$dir"
if [ -s "$dir/ukr-rus.tsv" ]; then exit 0; fi
if ! command -v lt-print >/dev/null || ! command -v python3 >/dev/null; then
  echo "note: lt-print (apt-get install lttoolbox-dev) and python3 are needed to read Apertium's uk-ru dictionary; uk-ru gets no lexicon" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && apt-get download apertium-rus-ukr >/dev/null 2>&1); then
  echo "note: could not download apertium-rus-ukr; uk-ru gets no lexicon" >&2
  exit 0
fi
dpkg-deb -x "$work"/apertium-rus-ukr_*.deb "$work/x"
data="$work/x/usr/share/apertium/apertium-rus-ukr"
lt-print "$data/ukr-rus.autobil.bin" > "$work/ukr-rus.att"
lt-print "$data/rus-ukr.autobil.bin" > "$work/rus-ukr.att"
cp "$work/x/usr/share/doc/apertium-rus-ukr/copyright" "$dir/ukr-rus.copyright"
python3 - "$work/ukr-rus.att" "$work/rus-ukr.att" "$dir/ukr-rus.tsv" <<'PY'
import collections, os, re, sys

LETTER = re.compile(r"^(ε|@0@|@_SPACE_@|<[^>]+>|[^\W\d_]|['’-])$")
MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+$")

def symbol(s):
    return "" if s in ("ε", "@0@") else (" " if s == "@_SPACE_@" else s)

def lemma_pairs(att):
    """(input lemma, output lemma) of every path of the largest transducer in an lt-print file."""
    sections = [[]]
    for line in open(att, encoding="utf8"):
        if line.startswith("--"):
            sections.append([])
        else:
            sections[-1].append(line.rstrip("\n").split("\t"))
    arcs = collections.defaultdict(list)
    for f in max(sections, key=len):
        if len(f) >= 4 and LETTER.match(f[2]) and LETTER.match(f[3]):
            arcs[int(f[0])].append((int(f[1]), f[2], f[3]))
    pairs, stack = set(), [(0, "", "", 0)]
    while stack:
        state, a, b, depth = stack.pop()
        for nxt, x, y in arcs[state]:
            na, nb = a + symbol(x), b + symbol(y)
            if "<" in na and "<" in nb:
                la, lb = MARKS.sub("", na.split("<")[0]).strip(), MARKS.sub("", nb.split("<")[0]).strip()
                if la and lb:
                    pairs.add((la, lb))
            elif depth < 50:
                stack.append((nxt, na, nb, depth + 1))
    return pairs

uk_ru = lemma_pairs(sys.argv[1]) | {(uk, ru) for ru, uk in lemma_pairs(sys.argv[2])}
part = sys.argv[3] + ".part"
with open(part, "w", encoding="utf8") as f:
    f.write("# Apertium rus-ukr bilingual dictionary (GPL-3+, see ukr-rus.copyright): Ukrainian<TAB>Russian lemmas\n")
    for uk, ru in sorted(uk_ru):
        f.write(f"{uk}\t{ru}\n")
os.replace(part, sys.argv[3])
print(f"Apertium uk-ru: {len(uk_ru)} lemma pairs in {sys.argv[3]}", file=sys.stderr)
PY
