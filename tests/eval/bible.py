#!/usr/bin/env python3
"""Scores argmap's sentence alignment on the Bible zh-en dev set (../shared/data/bible-zh-en).

Each prefix NNN (001 = 5,000 English verses ... 006 = 30,000) is aligned with
`argmap align NNN.zh NNN.en --units lines`; its links become beads "[en ids]:[zh ids]" (0-based
line numbers, English first as in the gold files) and are scored against gold/NNN.align beside
what hunalign and vecalign produced on the same input (anchors/{hunalign,vecalign}/NNN.align).

Scoring follows vecalign's score.py definition (Thompson & Koehn 2019, after Sennrich & Volk
2011), written out here:
  precision  over the produced beads that are not empty on both sides: strict when the bead is
             a gold bead; lax when, failing that, one of its target lines is linked in gold to
             one of its source lines;
  recall     the same with the roles swapped, over the non-empty beads only (no 1-0 / 0-1);
  F1         of the two, strict and lax; counts are summed over the files of a row.

Usage: bible.py ARGMAP_BINARY DATA_DIR [--sets 001,002] [--min-strict X]
With --min-strict it exits 1 when argmap's strict F1 over the given sets is below X.
"""
import argparse
import ast
import json
import pathlib
import subprocess
import sys
import time
from collections import defaultdict


def read_beads(path):
    """Beads of an .align file as (source ids, target ids) tuples."""
    beads = []
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        src, tgt = line.split(":", 1)
        beads.append((tuple(ast.literal_eval(src.strip())), tuple(ast.literal_eval(tgt.strip()))))
    return beads


def precision_counts(gold, test):
    """[strict hits, strict misses, lax hits, lax misses] of the test beads against gold."""
    test = {b for b in test if b[0] or b[1]}
    gold = {b for b in gold if b[0] or b[1]}
    linked = defaultdict(set)
    for src, tgt in gold:
        for s in src:
            linked[s].update(tgt)
    counts = [0, 0, 0, 0]
    for src, tgt in test:
        if (src, tgt) in gold:
            counts[0] += 1
            counts[2] += 1
            continue
        counts[1] += 1
        reachable = set()
        for s in src:
            reachable |= linked[s]
        counts[2 if reachable & set(tgt) else 3] += 1
    return counts


def ratio(hit, miss):
    return hit / (hit + miss) if hit + miss else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs):
    """Strict and lax F1 (with P and R) over (gold, test) pairs, counts summed."""
    pc, rc = [0, 0, 0, 0], [0, 0, 0, 0]
    for gold, test in pairs:
        pc = [a + b for a, b in zip(pc, precision_counts(gold, test))]
        full = lambda beads: [b for b in beads if b[0] and b[1]]
        rc = [a + b for a, b in zip(rc, precision_counts(full(test), full(gold)))]
    ps, pl, rs, rl = ratio(pc[0], pc[1]), ratio(pc[2], pc[3]), ratio(rc[0], rc[1]), ratio(rc[2], rc[3])
    return {"strict": f1(ps, rs), "lax": f1(pl, rl), "p": ps, "r": rs}


def line_of(units):
    """Unit id -> 0-based input line, from each unit's span."""
    return {u["id"]: u["span"]["line"] - 1 for u in units}


def argmap_beads(binary, zh_path, en_path):
    """argmap's links on the pair as English-first beads, and the seconds the run took."""
    start = time.monotonic()
    out = subprocess.run([binary, "align", str(zh_path), str(en_path), "--units", "lines"],
                         capture_output=True, check=True).stdout
    seconds = time.monotonic() - start
    doc = json.loads(out)
    zh = line_of(doc["versions"]["zh"]["units"])
    en = line_of(doc["versions"]["en"]["units"])
    beads = [(tuple(en[u] for u in link["en"]), tuple(zh[u] for u in link["zh"]))
             for link in doc["alignment"]]
    return beads, seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("data")
    ap.add_argument("--sets", default="001,002,003,004,005,006")
    ap.add_argument("--min-strict", type=float)
    args = ap.parse_args()
    data = pathlib.Path(args.data)
    sets = args.sets.split(",")
    runs = {}
    print("set   verses  argmap strict/lax (s)      hunalign strict/lax  vecalign strict/lax")
    for name in sets:
        gold = read_beads(data / "gold" / f"{name}.align")
        ours, seconds = argmap_beads(args.binary, data / "split" / f"{name}.zh",
                                     data / "split" / f"{name}.en")
        others = {t: read_beads(data / "anchors" / t / f"{name}.align")
                  for t in ("hunalign", "vecalign")}
        runs[name] = (gold, ours, others)
        a = score([(gold, ours)])
        h, v = (score([(gold, others[t])]) for t in ("hunalign", "vecalign"))
        verses = sum(1 for _ in open(data / "split" / f"{name}.en", encoding="utf-8"))
        print(f"{name}  {verses:6d}  {a['strict']:.3f} / {a['lax']:.3f} ({seconds:5.2f})"
              f"      {h['strict']:.3f} / {h['lax']:.3f}        {v['strict']:.3f} / {v['lax']:.3f}")
    dev = [s for s in ("001", "002") if s in runs]
    if dev:
        a = score([(runs[s][0], runs[s][1]) for s in dev])
        h, v = (score([(runs[s][0], runs[s][2][t]) for s in dev]) for t in ("hunalign", "vecalign"))
        print(f"{'+'.join(dev)} strict F1: argmap {a['strict']:.3f} (P {a['p']:.3f} R {a['r']:.3f}),"
              f" hunalign {h['strict']:.3f}, vecalign {v['strict']:.3f}")
    overall = score([(runs[s][0], runs[s][1]) for s in sets])
    if args.min_strict is not None and overall["strict"] < args.min_strict:
        print(f"FAIL: strict F1 {overall['strict']:.3f} over {','.join(sets)} is below the floor "
              f"{args.min_strict:.3f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
