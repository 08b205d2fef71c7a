#!/usr/bin/env python3
"""Evaluates argmap's English argument graphs on the Argumentative Microtext Corpus (part 1, English).

Each text is parsed with `argmap parse --lang en`; its gold graph (arggraph XML) is read beside it.
Gold segments (EDUs) are located in the text by their bytes and mapped to the argmap unit that
holds most of them, so a sentence unit that holds two EDUs predicts the same for both.

Measures, over the dev half (odd positions in name order), the held-out half (even positions)
and all texts:
  central claim   our major_claim unit holds the gold central claim (the ADU that is the source
                  of no sup/exa/reb/und/add edge), one major claim per text;
  first unit      the baseline: the gold central claim lies in the text's first sentence;
  attack units    EDUs that are the source of a rebut or undercut edge, against EDUs whose unit
                  is the source of an argmap attack relation: precision, recall, F1;
  support units   the same for sup and exa edges against argmap support relations.

Usage: microtexts.py ARGMAP_BINARY MICROTEXT_DIR [--min-central X --min-attack-f1 Y]
With the --min options it exits 1 when the all-texts figures fall below them (a regression floor).
"""
import argparse
import json
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

ATTACK = {"reb", "und"}
SUPPORT = {"sup", "exa"}
ARGUING = {"sup", "exa", "reb", "und", "add"}


def gold_graph(xml_path):
    """Returns (edu texts in order, central-claim EDU ids, attack EDU ids, support EDU ids)."""
    root = ET.parse(xml_path).getroot()
    edus = [(e.get("id"), e.text or "") for e in root.findall("edu")]
    adu_edus = {}
    for edge in root.findall("edge"):
        if edge.get("type") == "seg":
            adu_edus.setdefault(edge.get("trg"), []).append(edge.get("src"))
    sources = {}
    for edge in root.findall("edge"):
        if edge.get("type") != "seg":
            sources.setdefault(edge.get("type"), set()).add(edge.get("src"))

    def edus_of(types):
        return {e for t in types for a in sources.get(t, ()) for e in adu_edus.get(a, ())}

    arguing = {a for t in ARGUING for a in sources.get(t, ())}
    central = {e for a, es in adu_edus.items() if a not in arguing for e in es}
    return edus, central, edus_of(ATTACK), edus_of(SUPPORT)


def locate(text_bytes, edus):
    """Byte range of each EDU, found in order; None for one that cannot be found."""
    ranges, pos = {}, 0
    for edu_id, edu_text in edus:
        needle = edu_text.strip().encode("utf-8")
        at = text_bytes.find(needle, pos)
        if at < 0:
            ranges[edu_id] = None
            continue
        ranges[edu_id] = (at, at + len(needle))
        pos = at + len(needle)
    return ranges


def unit_of(span, units):
    """The unit (index) that overlaps the byte range most."""
    best, best_overlap = None, 0
    for i, u in enumerate(units):
        overlap = min(span[1], u["span"]["end"]) - max(span[0], u["span"]["start"])
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def parse_en(argmap, path, lexicon=None):
    """The English version of `argmap parse --lang en` on path (JSON)."""
    cmd = [argmap, "parse", "--lang", "en", str(path)]
    if lexicon:
        cmd += ["--lexicon", str(lexicon)]
    out = subprocess.run(cmd, capture_output=True, check=True)
    return json.loads(out.stdout)["versions"]["en"]


def predict(argmap, path, lexicon=None):
    version = parse_en(argmap, path, lexicon)
    units = version["units"]
    index = {u["id"]: i for i, u in enumerate(units)}
    attack = {index[r["from"]] for r in version["relations"] if r["type"] == "attack"}
    support = {index[r["from"]] for r in version["relations"] if r["type"] == "support"}
    major = [i for i, u in enumerate(units) if u["role"] == "major_claim"]
    return units, major, attack, support


class Tally:
    def __init__(self):
        self.texts = self.central = self.first = 0
        self.counts = {k: [0, 0, 0] for k in ("attack", "support")}  # tp, fp, fn

    def add_units(self, kind, gold, predicted, all_edus):
        tp_fp_fn = self.counts[kind]
        for e in all_edus:
            tp_fp_fn[0] += e in gold and e in predicted
            tp_fp_fn[1] += e not in gold and e in predicted
            tp_fp_fn[2] += e in gold and e not in predicted

    def prf(self, kind):
        tp, fp, fn = self.counts[kind]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_text(argmap, txt, tally, lexicon=None):
    edus, central, gold_attack, gold_support = gold_graph(txt.with_suffix(".xml"))
    units, major, attack, support = predict(argmap, txt, lexicon)
    ranges = locate(txt.read_bytes(), edus)
    unit = {e: unit_of(r, units) for e, r in ranges.items() if r is not None}
    central_units = {unit[e] for e in central if e in unit}
    tally.texts += 1
    tally.central += len(major) == 1 and major[0] in central_units
    tally.first += 0 in central_units
    ids = list(unit)
    tally.add_units("attack", gold_attack, {e for e in ids if unit[e] in attack}, ids)
    tally.add_units("support", gold_support, {e for e in ids if unit[e] in support}, ids)


def report(name, t):
    ap, ar, af = t.prf("attack")
    sp, sr, sf = t.prf("support")
    print(f"{name:9} {t.texts:5d}  {t.central / t.texts:7.3f}  {t.first / t.texts:7.3f}"
          f"   {ap:5.3f} {ar:5.3f} {af:5.3f}   {sp:5.3f} {sr:5.3f} {sf:5.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("argmap")
    ap.add_argument("microtexts", type=pathlib.Path)
    ap.add_argument("--min-central", type=float, default=0.0)
    ap.add_argument("--min-attack-f1", type=float, default=0.0)
    args = ap.parse_args()
    texts = sorted(args.microtexts.glob("micro_*.txt"))
    if not texts:
        sys.exit(f"microtexts.py: no micro_*.txt in {args.microtexts}")
    splits = {"dev": Tally(), "held-out": Tally(), "all": Tally()}
    for i, txt in enumerate(texts):
        evaluate_text(args.argmap, txt, splits["dev" if i % 2 == 0 else "held-out"])
        evaluate_text(args.argmap, txt, splits["all"])
    print("split     texts  central  first-1   attack P/R/F1       support P/R/F1")
    for name, tally in splits.items():
        report(name, tally)
    everything = splits["all"]
    central = everything.central / everything.texts
    attack_f1 = everything.prf("attack")[2]
    if central < args.min_central or attack_f1 < args.min_attack_f1:
        sys.exit(f"microtexts.py: below the floor: central {central:.3f} < {args.min_central} "
                 f"or attack F1 {attack_f1:.3f} < {args.min_attack_f1}")


if __name__ == "__main__":
    main()
