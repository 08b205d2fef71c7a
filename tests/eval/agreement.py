#!/usr/bin/python3
"""Cross-language role agreement: how often two aligned units, one Chinese and one English, have
the same role. No Chinese gold exists; the two versions of one argument should read alike.

  corpus essays  corpus/gold/*.align.tsv pairs sentences (zh, en); a pair counts when each side
                 is exactly one argmap unit of its version (`argmap parse` of the corpus file);
  TED talks      ted-en-zh/tst2016.tsv pairs subtitle segments (a gold 1-1 alignment); each
                 talk is written one segment a line per language and parsed with --units lines,
                 so line i of one side is unit i of the other.

Usage: agreement.py ARGMAP REPO_ROOT TED_TSV [--min X]   (exits 1 below --min on either set)
"""
import argparse
import csv
import json
import pathlib
import subprocess
import sys
import tempfile

GOLD_TO_CORPUS = {
    "cycling-cities": ["cycling-cities.zh.md", "cycling-cities.en.md"],
    "exam-education.zh-en": ["exam-education.zh-en.md"],
    "open-source-funding.interleaved.zh-en": ["open-source-funding.interleaved.zh-en.txt"],
    "scaling-compute-agi.zh-en": ["scaling-compute-agi.zh-en.txt"],
}


def parse(argmap, paths, extra=()):
    out = subprocess.run([argmap, "parse", *extra, *map(str, paths)], capture_output=True,
                         check=True)
    return json.loads(out.stdout)["versions"]


def roles_by_text(version):
    by_text = {}
    for u in version["units"]:
        by_text.setdefault(u["text"].strip(), []).append(u["role"])
    return by_text


def corpus_agreement(argmap, root):
    same = total = 0
    for gold in sorted((root / "corpus" / "gold").glob("*.align.tsv")):
        files = GOLD_TO_CORPUS.get(gold.name[: -len(".align.tsv")])
        if not files:
            continue
        versions = parse(argmap, [root / "corpus" / f for f in files])
        zh, en = roles_by_text(versions["zh"]), roles_by_text(versions["en"])
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            z, e = (s.strip() for s in line.split("\t")[:2])
            if len(zh.get(z, [])) == 1 and len(en.get(e, [])) == 1:
                total += 1
                same += zh[z][0] == en[e][0]
    return same, total


def ted_talks(tsv):
    talks = {}
    with open(tsv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            en, zh = " ".join(row["en"].split()), " ".join(row["zh"].split())
            if en and zh:
                talks.setdefault(row["docid"], []).append((en, zh))
    return talks


def ted_agreement(argmap, tsv):
    same = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for doc, pairs in sorted(ted_talks(tsv).items()):
            roles = {}
            for i, lang in enumerate(("en", "zh")):
                path = pathlib.Path(tmp) / f"{doc}.{lang}.txt"
                path.write_text("\n".join(p[i] for p in pairs) + "\n", encoding="utf-8")
                version = parse(argmap, [path], ["--lang", lang, "--units", "lines"])[lang]
                roles[lang] = [u["role"] for u in version["units"]]
            if len(roles["en"]) != len(pairs) or len(roles["zh"]) != len(pairs):
                continue
            total += len(pairs)
            same += sum(a == b for a, b in zip(roles["en"], roles["zh"]))
    return same, total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("argmap")
    ap.add_argument("root", type=pathlib.Path)
    ap.add_argument("ted", type=pathlib.Path)
    ap.add_argument("--min", type=float, default=0.0)
    args = ap.parse_args()
    low = False
    print("cross-language role agreement of aligned units")
    for name, (same, total) in (("corpus essays", corpus_agreement(args.argmap, args.root)),
                                ("TED talks", ted_agreement(args.argmap, args.ted))):
        share = same / total if total else 0.0
        print(f"{name:14} {same:5d} / {total:5d} = {share:.3f}")
        low |= share < args.min
    if low:
        sys.exit(f"agreement.py: below {args.min}")


if __name__ == "__main__":
    main()
