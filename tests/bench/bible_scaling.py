#!/usr/bin/env python3
"""Times `argmap align --units lines` on the Bible zh-en prefixes 001..006 (5,000 to 30,000
English verses, no headings) and reports wall time and peak memory of each run, and the time
ratio of each prefix to the one half its size: linear time keeps that ratio near 2.

Usage: bible_scaling.py ARGMAP_BINARY DATA_DIR
"""
import os
import pathlib
import subprocess
import sys
import time


def timed(cmd):
    """Wall seconds and peak resident memory (MB) of one run of cmd."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    return time.monotonic() - start, usage.ru_maxrss / 1024.0


def main():
    binary, data = sys.argv[1], pathlib.Path(sys.argv[2])
    seconds = {}
    print("set   en verses  zh lines   seconds   peak MB   time vs half the input")
    for k in range(1, 7):
        name = f"{k:03d}"
        zh, en = data / "split" / f"{name}.zh", data / "split" / f"{name}.en"
        s, mb = timed([binary, "align", str(zh), str(en), "--units", "lines"])
        seconds[k] = s
        lines = [sum(1 for _ in open(p, encoding="utf-8")) for p in (en, zh)]
        half = f"{s / seconds[k // 2]:.2f}x" if k % 2 == 0 and k // 2 in seconds else ""
        print(f"{name}  {lines[0]:9d}  {lines[1]:8d}  {s:8.2f}  {mb:8.1f}   {half}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
