"""Shared by the test scripts that drive the argmap executable: the corpus essays (as the
command line takes them) and a runner that reports each named check and fails if any does."""

# Each essay as its input file(s), relative to the repository root (tests/testing.h kEssays and
# .ci/export list the same essays).
ESSAYS = [
    ["corpus/scaling-compute-agi.zh-en.txt"],
    ["corpus/cycling-cities.zh.md", "corpus/cycling-cities.en.md"],
    ["corpus/exam-education.zh-en.md"],
    ["corpus/open-source-funding.interleaved.zh-en.txt"],
]


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
