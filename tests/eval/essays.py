#!/usr/bin/env python3
"""Evaluates argmap's English roles on the persuasive essays (Stab & Gurevych 2017, version 2).

Each essay is parsed with `argmap parse --lang en`; its gold components (MajorClaim, Claim,
Premise, each an exact substring of the essay) are located in order and mapped to the argmap unit
that holds most of their bytes. A component's predicted class is its unit's role: major_claim is
MajorClaim, claim is Claim, everything else Premise. Gold boundaries, as in the published figures.

Measures, per split (dev, and each of five folds of train by position in name order):
  major-claim F1   F1 of the MajorClaim class over the gold components;
  macro-F1         the mean of the three classes' F1;
  baseline         the same for the intro's last sentence and the conclusion's first sentence as
                   major claims, everything else a premise (units as argmap segments them; the
                   introduction is the first paragraph after the prompt line, the conclusion the
                   last paragraph).

Usage: essays.py ARGMAP_BINARY ESSAY_DIR [--lexicon DIR] [--min-major F --min-macro F]
With the --min options it exits 1 when the dev figures fall below them (a regression floor).
"""
import argparse
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from microtexts import parse_en as parse, unit_of  # noqa: E402  (shared with microtexts)

CLASSES = ("MajorClaim", "Claim", "Premise")
ROLE_CLASS = {"major_claim": "MajorClaim", "claim": "Claim"}
FOLDS = 5


def paragraphs(text_bytes):
    """Byte ranges of the blank-line separated paragraphs."""
    out, pos = [], 0
    for m in re.finditer(rb"\n\s*\n", text_bytes):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text_bytes.rstrip()):
        out.append((pos, len(text_bytes.rstrip())))
    return out


def locate(text_bytes, components):
    """Byte range of each gold component, found in order (None when not found)."""
    ranges, pos = [], 0
    for c in components:
        needle = c["text"].strip().encode("utf-8")
        at = text_bytes.find(needle, pos)
        if at < 0:
            at = text_bytes.find(needle)
        ranges.append(None if at < 0 else (at, at + len(needle)))
        if at >= 0:
            pos = at + len(needle)
    return ranges


def baseline_classes(units, paras):
    """Unit index -> class under the intro-last + conclusion-first baseline."""
    def units_in(p):
        return [i for i, u in enumerate(units)
                if p[0] <= u["span"]["start"] < p[1] and u["kind"] != "title"]
    out = {}
    if len(paras) >= 3:
        intro, conclusion = units_in(paras[1]), units_in(paras[-1])
        for chosen in (intro[-1:] + conclusion[:1]):
            out[chosen] = "MajorClaim"
    return out


class Tally:
    def __init__(self):
        self.pairs = []  # (gold class, predicted class)

    def f1(self, cls):
        tp = sum(g == cls and p == cls for g, p in self.pairs)
        fp = sum(g != cls and p == cls for g, p in self.pairs)
        fn = sum(g == cls and p != cls for g, p in self.pairs)
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def macro(self):
        return sum(self.f1(c) for c in CLASSES) / len(CLASSES)


def evaluate_essay(argmap, txt, ours, base, lexicon=None):
    components = json.loads(txt.with_name(txt.stem + ".gold.json").read_text(encoding="utf-8"))
    text_bytes = txt.read_bytes()
    units = parse(argmap, txt, lexicon)["units"]
    baseline = baseline_classes(units, paragraphs(text_bytes))
    for c, span in zip(components, locate(text_bytes, components)):
        u = unit_of(span, units) if span else None
        ours.pairs.append((c["type"], ROLE_CLASS.get(units[u]["role"], "Premise")
                           if u is not None else "Premise"))
        base.pairs.append((c["type"], baseline.get(u, "Premise")))


def essays_of(directory):
    return sorted(directory.glob("essay*.txt"))


def fold_of(i):
    return i % FOLDS


def evaluate(argmap, texts, lexicon=None):
    ours, base = Tally(), Tally()
    for txt in texts:
        evaluate_essay(argmap, txt, ours, base, lexicon)
    return ours, base


def row(name, n, ours, base):
    print(f"{name:9} {n:6d}   {ours.f1('MajorClaim'):6.3f} {ours.macro():6.3f}"
          f"   {base.f1('MajorClaim'):6.3f} {base.macro():6.3f}"
          f"   {ours.f1('Claim'):6.3f} {ours.f1('Premise'):6.3f}")


HEADER = "split     essays   MC-F1  macro    base-MC base-macro  claim  premise"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("argmap")
    ap.add_argument("essays", type=pathlib.Path)
    ap.add_argument("--lexicon", type=pathlib.Path)
    ap.add_argument("--min-major", type=float, default=0.0)
    ap.add_argument("--min-macro", type=float, default=0.0)
    args = ap.parse_args()
    dev, train = essays_of(args.essays / "dev"), essays_of(args.essays / "train")
    if not dev or not train:
        sys.exit(f"essays.py: no essay*.txt under {args.essays}/dev and /train")
    print("persuasive essays (embedded model; train folds are not held out from its fit)")
    print(HEADER)
    ours, base = evaluate(args.argmap, dev, args.lexicon)
    row("dev", len(dev), ours, base)
    for k in range(FOLDS):
        part = [t for i, t in enumerate(train) if fold_of(i) == k]
        row(f"train-{k + 1}", len(part), *evaluate(args.argmap, part, args.lexicon))
    if ours.f1("MajorClaim") < args.min_major or ours.macro() < args.min_macro:
        sys.exit(f"essays.py: below the floor: major-claim F1 {ours.f1('MajorClaim'):.3f} < "
                 f"{args.min_major} or macro-F1 {ours.macro():.3f} < {args.min_macro}")


if __name__ == "__main__":
    main()
