#!/usr/bin/python3
"""Throughput of `argmap batch --jobs J` against a loop of `argmap check` processes over the
same pairs (the corpus essays, cycled to N pairs, plus one broken pair), in pairs/s and input
MB/s; the outputs of the two are compared byte for byte.

Usage: batch.py ARGMAP [--pairs 200] [--jobs 2]"""
import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def corpus():
    pairs = []
    with open(os.path.join(ROOT, "corpus", "essays.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] and not cols[0].startswith("#"):
                source = cols[3] if len(cols) > 3 and cols[3] else None
                pairs.append(([os.path.join(ROOT, "corpus", p) for p in cols[2].split()], source))
    return pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("argmap")
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    argmap = os.path.abspath(args.argmap)
    essays = corpus()
    work = tempfile.mkdtemp(prefix="argmap-batch-bench-")
    try:
        pairs = [(f"p{i:05d}",) + essays[i % len(essays)] for i in range(args.pairs)]
        size = sum(os.path.getsize(p) for _, inputs, _ in pairs for p in inputs)
        manifest = os.path.join(work, "manifest.jsonl")
        with open(manifest, "w", encoding="utf-8") as f:
            for pid, inputs, source in pairs:
                entry = {"id": pid, "inputs": inputs}
                if source:
                    entry["source"] = source
                f.write(json.dumps(entry) + "\n")
            f.write(json.dumps({"id": "broken", "inputs": ["missing.zh.md", "missing.en.md"]}) + "\n")
        loop_dir, batch_dir = os.path.join(work, "loop"), os.path.join(work, "batch")
        os.makedirs(loop_dir)
        start = time.monotonic()
        for pid, inputs, source in pairs:
            cmd = [argmap, "check"] + inputs + ["--format", "json", "--fail-on", "never", "-o",
                                                os.path.join(loop_dir, pid + ".json")]
            subprocess.run(cmd + (["--source", source] if source else []), check=True)
        broken = subprocess.run([argmap, "check", "missing.zh.md", "missing.en.md"],
                                capture_output=True)
        assert broken.returncode == 66, broken.returncode
        loop = time.monotonic() - start
        start = time.monotonic()
        run = subprocess.run([argmap, "batch", manifest, "-o", batch_dir, "--jobs", str(args.jobs),
                              "--fail-on", "never"])
        batch = time.monotonic() - start
        assert run.returncode == 65, run.returncode  # the broken pair
        with open(os.path.join(batch_dir, "summary.jsonl"), encoding="utf-8") as f:
            errors = [l for l in f if '"status":"error"' in l]
        same = all(open(os.path.join(loop_dir, p + ".json"), "rb").read() ==
                   open(os.path.join(batch_dir, p + ".json"), "rb").read() for p, _, _ in pairs)
        for name, seconds in (("loop of check", loop), (f"batch --jobs {args.jobs}", batch)):
            print(f"{name:>16}: {args.pairs} pairs in {seconds:6.2f} s = "
                  f"{args.pairs / seconds:6.1f} pairs/s, {size / 1e6 / seconds:5.2f} MB/s")
        print(f"speed-up {loop / batch:.2f}x; {args.pairs} outputs identical to check: {same}; "
              f"error lines: {len(errors)} (the broken pair)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
