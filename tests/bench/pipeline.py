#!/usr/bin/python3
"""Whole-process benchmark: `argmap check --format json` on the seed's two versions repeated
K times (one file per language), beside ICU's sentence and word break over the same bytes.

Usage: pipeline.py BUILD_DIR [--repeats 200,1600] [--out BUILD_DIR/bench/summary.json]

Prints, per size: input bytes, wall seconds, peak RSS, the ICU floor's seconds, time / floor
and peak RSS / input; then the growth of time from the smallest to the largest size, and the
seed alone (dictionary load included). Writes the same figures as JSON.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "corpus", "scaling-compute-agi.zh-en.txt")


def repeated_pair(k, folder):
    """The seed's Chinese and English bodies K times each, under their titles (as the C++
    benchmarks build them in tests/bench/bench_input.h)."""
    seed = open(SEED, encoding="utf-8").read()
    zh_at = seed.index("中文版") + len("中文版")
    en_at = seed.index("English Version")
    zh_body, en_body = seed[zh_at:en_at], seed[en_at + len("English Version"):]
    zh = "《为什么堆算力无法产生 AGI》\n\n" + "".join(zh_body + "\n\n" for _ in range(k))
    en = "Why Scaling Compute Will Inevitably Hit a Wall\n\n" + "".join(
        en_body + "\n\n" for _ in range(k))
    paths = [os.path.join(folder, f"pair-{k}.{lang}.md") for lang in ("zh", "en")]
    for path, text in zip(paths, (zh, en)):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return paths


def timed(cmd):
    """Wall seconds and peak RSS (bytes) of one process, from GNU time."""
    start = time.monotonic()
    run = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    if run.returncode not in (0, 1):
        sys.exit(f"pipeline.py: {' '.join(cmd)} exited {run.returncode}: {run.stderr[-400:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    return wall, rss * 1024


def best_of(n, fn):
    return min((fn() for _ in range(n)), key=lambda r: r[0])


def floor_seconds(build, paths):
    out = subprocess.run([os.path.join(build, "argmap_icu_floor")] + paths, check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[0])


def measure(build, k, folder, tries):
    paths = repeated_pair(k, folder)
    size = sum(os.path.getsize(p) for p in paths)
    out = os.path.join(folder, f"pair-{k}.json")
    cmd = [os.path.join(build, "argmap"), "check"] + paths + [
        "--format", "json", "--fail-on", "never", "-o", out]
    wall, rss = best_of(tries, lambda: timed(cmd))
    floor = min(floor_seconds(build, paths) for _ in range(tries))
    return {"repeats": k, "input_bytes": size, "seconds": round(wall, 3),
            "peak_rss_bytes": rss, "floor_seconds": round(floor, 3),
            "time_over_floor": round(wall / floor, 2), "rss_over_input": round(rss / size, 2),
            "output_bytes": os.path.getsize(out)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--repeats", default="200,1600")
    ap.add_argument("--tries", type=int, default=3)
    ap.add_argument("--out")
    args = ap.parse_args()
    folder = os.path.join(args.build, "bench")
    os.makedirs(folder, exist_ok=True)
    sizes = [measure(args.build, int(k), folder, args.tries) for k in args.repeats.split(",")]
    print(f"{'repeats':>8} {'MB in':>7} {'seconds':>8} {'peak MB':>8} {'ICU s':>6} "
          f"{'÷ floor':>8} {'RSS ÷ in':>9}")
    for s in sizes:
        print(f"{s['repeats']:>8} {s['input_bytes'] / 1e6:>7.2f} {s['seconds']:>8.2f} "
              f"{s['peak_rss_bytes'] / 1e6:>8.0f} {s['floor_seconds']:>6.2f} "
              f"{s['time_over_floor']:>8.2f} {s['rss_over_input']:>9.2f}")
    growth = sizes[-1]["seconds"] / sizes[0]["seconds"]
    scale = sizes[-1]["input_bytes"] / sizes[0]["input_bytes"]
    print(f"time growth {scale:.1f}x input: {growth:.2f}x")
    seed_cmd = [os.path.join(args.build, "argmap"), "check", SEED, "--fail-on", "never"]
    seed_wall, seed_rss = best_of(5, lambda: timed(seed_cmd))
    print(f"seed check (dictionary load included): {seed_wall * 1000:.0f} ms, "
          f"{seed_rss / 1e6:.0f} MB")
    summary = {"sizes": sizes, "input_scale": round(scale, 2), "time_growth": round(growth, 2),
               "seed_seconds": round(seed_wall, 3), "seed_peak_rss_bytes": seed_rss}
    out = args.out or os.path.join(folder, "summary.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    print(f"written: {out}")


if __name__ == "__main__":
    main()
