"""Pathological inputs, bounded: a huge single paragraph, one-character lines, a very long
list, very many headings and a line of combining marks go through `argmap parse` (one
language) or `argmap check` (both). Each must
finish (exit 0 or 1) or stop with exit 65 and one line on standard error; nothing may crash or
hang. Time and peak memory are printed per input (from /usr/bin/time when present), so a run at
full size (`make bench`) shows whether they stay linear.

Usage: pathological.py ARGMAP SCALE   (SCALE 1 = the full sizes: 100 MB paragraph, ...;
make check runs SCALE 0.01)"""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_testing import run_checks  # noqa: E402

ARGMAP = os.path.abspath(sys.argv[1])
SCALE = float(sys.argv[2])
TIME = "/usr/bin/time"


def sized(n):
    return max(1, int(n * SCALE))


def one_paragraph(path):
    """Chinese and English sentences run together without a break: one paragraph."""
    zh = "算力的增长并不等于智能的增长，但是规模仍然重要。"
    en = " Scaling compute is not the same as building intelligence, but size still matters."
    unit = zh + en
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(sized(100_000_000) // len(unit.encode()) + 1):
            f.write(unit)


def one_char_lines(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("中文版\n\n")
        for i in range(sized(50_000_000)):
            f.write("字\n" if i % 2 else "a\n")


def list_items(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("中文版\n\n以下几点：\n\n")
        f.write("".join(f"- 第{i}项不是智能\n" for i in range(sized(1_000_000))))
        f.write("\nEnglish Version\n\nThe points:\n\n")
        f.write("".join(f"- Item {i} is not intelligence\n" for i in range(sized(1_000_000))))


def headings(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("中文版\n\n")
        f.write("".join(f"## {i}、算力\n\n" for i in range(sized(100_000))))
        f.write("English Version\n\n")
        f.write("".join(f"## {i}. Compute\n\n" for i in range(sized(100_000))))


def combining_marks(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("中文版\n\n算力" + "\u0301" * (sized(10_000_000) // 2) + "。\n\n")
        f.write("English Version\n\nCompute" + "\u0301" * (sized(10_000_000) // 2) + ".\n")


def check(make, command, tmp):
    path = os.path.join(tmp, make.__name__ + ".txt")
    make(path)
    size = os.path.getsize(path)
    args = [ARGMAP, command, path, "-o", os.path.join(tmp, "out.txt")]
    timed = os.path.exists(TIME)
    cmd = [TIME, "-f", "%e %M"] + args if timed else args
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, check=False)
    err = [e for e in r.stderr.strip().splitlines() if not e.startswith("Command exited")]
    stats = err.pop() if timed and err else ""
    assert r.returncode in (0, 1, 65), f"exit {r.returncode}: {r.stderr[-500:]}"
    if r.returncode == 65:
        assert len(err) == 1 and path in err[0], f"not one line naming the file: {err}"
    else:
        assert not err or all(e.startswith("argmap: note") for e in err), err
    if stats:
        secs, kb = stats.split()
        print(f"      {command} {make.__name__}: {size / 1e6:.1f} MB, exit {r.returncode}, {secs} s, "
              f"peak {int(kb) / 1024:.0f} MB ({int(kb) * 1024 / max(size, 1):.1f}x the input)")
    os.remove(path)


def main():
    with tempfile.TemporaryDirectory(prefix="argmap-pathological-") as tmp:
        # One language only (a paragraph belongs to one version): parse. Both: the whole review.
        cases = [(one_paragraph, "parse"), (one_char_lines, "parse"), (list_items, "check"),
                 (headings, "check"), (combining_marks, "check")]
        return run_checks([(f"{cmd} {c.__name__}", lambda c=c, cmd=cmd: check(c, cmd, tmp))
                           for c, cmd in cases],
                          failures=(AssertionError, subprocess.TimeoutExpired))


if __name__ == "__main__":
    sys.exit(main())
