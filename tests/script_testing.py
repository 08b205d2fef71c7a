"""Shared by the test scripts that drive the argmap executable: the corpus essays (as the
command line takes them, from corpus/essays.tsv) and a runner that reports each named check
and fails if any does."""

import os


def _read_essays():
    """corpus/essays.tsv, the one list of corpus essays: each essay as its input file(s),
    relative to the repository root, as the command line takes them."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    essays = []
    with open(os.path.join(root, "corpus", "essays.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            _name, _gold, files = line.split("\t")[:3]
            essays.append([f"corpus/{name}" for name in files.split()])
    return essays


ESSAYS = _read_essays()


def essay_pairs(root):
    """Each corpus essay as (export name, absolute input paths, source or None), from
    corpus/essays.tsv under `root`."""
    pairs = []
    with open(os.path.join(root, "corpus", "essays.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if not cols[0] or cols[0].startswith("#"):
                continue
            source = cols[3] if len(cols) > 3 and cols[3] else None
            pairs.append((cols[0], [os.path.join(os.path.abspath(root), "corpus", p)
                                    for p in cols[2].split()], source))
    return pairs


def run_checks(checks, failures=(AssertionError,), width=0):
    """Runs (name, callable) pairs; a check fails by raising one of `failures`. Prints one line
    per check and a summary; returns the exit status (1 if any check failed)."""
    passed = failed = 0
    for name, check in checks:
        try:
            check()
            passed += 1
            print(f"ok    {name:{width}}")
        except failures as e:
            failed += 1
            print(f"FAIL  {name:{width}}: {str(e)[:800]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0
