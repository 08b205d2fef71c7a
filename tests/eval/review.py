#!/usr/bin/env python3
"""Measures the translation review on translations nobody in the project wrote.

MQM (WMT23 zh-en, professional MQM ratings of 10 MT systems on 38 news documents): one argmap
call per document and system, the segments one a line (`--units lines`, two files). A segment is
flagged by a check when one of the check's findings names a unit on that line, on either side.
  precision  flagged segments that some rater marked with an Accuracy/* or Terminology/* error;
  recall     segments with a Major Accuracy/Omission or Accuracy/Addition error that are flagged.
TED (IWSLT tst2016, English originals with reviewed Chinese translations, gold 1-1 segments): the
false-alarm set; warnings and errors per 100 segments.
Fixtures: the defect fixtures found, from the test binary's own report (when it is given).

Documents are split in two by a hash of their id: the dev half (calibration and tuning) and the
held-out half; every figure is given for both. The calibration table (per finding case, the
precision on the MQM dev half) is written as data to src/lexicon/calibration.json with --write-
calibration, which `make eval` passes.

Usage: review.py ARGMAP DATA_DIR [--out build/eval/review.json] [--tests BINARY]
                 [--write-calibration PATH] [--jobs N] [--limit-docs N]
"""
import argparse
import concurrent.futures
import csv
import hashlib
import io
import json
import os
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET

ACCURACY = ("Accuracy/", "Terminology/")
OMISSION_ADDITION = ("Accuracy/Omission", "Accuracy/Addition")
FLAGGING = ("error", "warning")


def split_of(doc_id):
    """'dev' or 'held-out', from a hash of the document id (stable across runs and machines)."""
    return "dev" if hashlib.sha256(doc_id.encode()).digest()[0] % 2 == 0 else "held-out"


def read_mqm(data_dir):
    """[(key, split, [(zh, en, labels)])], one entry per document and system, in docSegId order.
    labels: {'accuracy': bool, 'major_omission_addition': bool}."""
    archive = next(pathlib.Path(data_dir).glob("*.tar.gz"))
    csv.field_size_limit(1 << 30)
    segments = {}
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(".tsv"))
        text = io.TextIOWrapper(tar.extractfile(member), encoding="utf-8")
        rows = csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            system, doc, seg, _, _, source, target, category, severity = row[:9]
            if severity == "HOTW-test":  # the raters' attention checks, not real errors
                continue
            key = (doc, system)
            s = segments.setdefault(key, {}).setdefault(
                int(seg), {"zh": clean(source), "en": clean(target), "accuracy": False,
                           "major_omission_addition": False})
            if category.startswith(ACCURACY):
                s["accuracy"] = True
            if severity == "Major" and category.startswith(OMISSION_ADDITION):
                s["major_omission_addition"] = True
    out = []
    for (doc, system), by_id in sorted(segments.items()):
        segs = [by_id[i] for i in sorted(by_id)]
        out.append(((doc, system), split_of(doc), segs))
    return out


def clean(text):
    return " ".join(re.sub(r"</?v>", "", text).split())


def read_ted(data_dir):
    talks = {}
    with open(pathlib.Path(data_dir) / "tst2016.tsv", encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for docid, segid, _, en, zh in rows:
            talks.setdefault(docid, []).append((int(segid), clean(zh), clean(en)))
    out = []
    for docid, segs in sorted(talks.items()):
        segs.sort()
        out.append(((docid, "ted"), split_of(docid),
                    [{"zh": z, "en": e} for _, z, e in segs if z and e]))
    return out


def review(argmap, segs, workdir, name):
    """argmap's findings on one document pair: [(code, case, severity, confidence, lines)], lines
    the 0-based segment indices the finding names."""
    zh_path = os.path.join(workdir, name + ".zh.txt")
    en_path = os.path.join(workdir, name + ".en.txt")
    with open(zh_path, "w", encoding="utf-8") as f:
        f.write("".join(s["zh"] + "\n" for s in segs))
    with open(en_path, "w", encoding="utf-8") as f:
        f.write("".join(s["en"] + "\n" for s in segs))
    run = subprocess.run([argmap, "check", zh_path, en_path, "--units", "lines", "--format",
                          "json", "--fail-on", "never"], capture_output=True)
    if run.returncode != 0:
        raise RuntimeError(f"{name}: argmap exited {run.returncode}: {run.stderr.decode()[:300]}")
    result = json.loads(run.stdout)
    line_of = {}
    for lang in ("zh", "en"):
        for u in result["versions"][lang]["units"]:
            line_of[u["id"]] = u["span"]["line"] - 1
    out = []
    for f in result["findings"]:
        lines = sorted({line_of[u] for u in f.get("zh", []) + f.get("en", []) if u in line_of})
        out.append((f["code"], f.get("case", ""), f["severity"], f.get("confidence"), lines))
    return out


def run_all(argmap, docs, jobs):
    with tempfile.TemporaryDirectory(prefix="argmap-review-") as workdir:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(review, argmap, segs, workdir, f"d{i}")
                       for i, (_, _, segs) in enumerate(docs)]
            return [f.result() for f in futures]


def case_key(code, case):
    return code + ("/" + case if case else "")


def mqm_table(docs, findings, split):
    """Per check (and 'all warnings+errors'): flagged segments, precision, recall. Also per case
    (any severity) for the calibration table."""
    checks, cases = {}, {}
    total = accurate = omadd = 0
    for (_, s, segs), found in zip(docs, findings):
        if split != "all" and s != split:
            continue
        total += len(segs)
        accurate += sum(x["accuracy"] for x in segs)
        omadd += sum(x["major_omission_addition"] for x in segs)
        flagged_by = {}
        for code, case, severity, _, lines in found:
            flagged_by.setdefault(("case", code), set()).update(lines)
            if case:
                flagged_by.setdefault(("case", case_key(code, case)), set()).update(lines)
            if severity in FLAGGING:
                flagged_by.setdefault(("check", code), set()).update(lines)
                flagged_by.setdefault(("check", "all warnings+errors"), set()).update(lines)
                flagged_by.setdefault(("case", "all"), set()).update(lines)
            else:
                flagged_by.setdefault(("check", "info (" + code + ")"), set()).update(lines)
        for (kind, name), lines in flagged_by.items():
            row = (checks if kind == "check" else cases).setdefault(
                name, {"flags": 0, "accurate": 0, "omission_addition": 0})
            row["flags"] += len(lines)
            row["accurate"] += sum(segs[i]["accuracy"] for i in lines)
            row["omission_addition"] += sum(segs[i]["major_omission_addition"] for i in lines)
    for table in (checks, cases):
        for row in table.values():
            row["precision"] = round(row["accurate"] / row["flags"], 3) if row["flags"] else None
            row["recall"] = round(row["omission_addition"] / omadd, 3) if omadd else None
    base = round(accurate / total, 3) if total else None
    return {"segments": total, "base_rate": base, "major_omission_addition": omadd,
            "checks": dict(sorted(checks.items())), "cases": dict(sorted(cases.items()))}


def ted_table(docs, findings, split):
    total, per_code, flagged = 0, {}, 0
    for (_, s, segs), found in zip(docs, findings):
        if split != "all" and s != split:
            continue
        total += len(segs)
        for code, case, severity, _, _ in found:
            if severity in FLAGGING:
                flagged += 1
                per_code[code] = per_code.get(code, 0) + 1
    per100 = lambda n: round(100 * n / total, 2) if total else None  # noqa: E731
    return {"segments": total, "warnings_errors": flagged,
            "warnings_errors_per_100": per100(flagged),
            "per_check_per_100": {c: per100(n) for c, n in sorted(per_code.items())}}


def fixture_score(tests_binary):
    """(found, total) from the defect-fixture test's sections, or None without the binary."""
    if not tests_binary or not os.path.exists(tests_binary):
        return None
    run = subprocess.run([tests_binary, "review: every injected defect is found at its unit with "
                          "its code", "-r", "xml"], capture_output=True)
    root = ET.fromstring(run.stdout)
    sections = root.iter("Section")
    found = total = 0
    for s in sections:
        result = s.find("OverallResults")
        if result is None or s.get("name", "").startswith("review:"):
            continue
        total += 1
        found += int(result.get("failures", "1")) == 0
    return {"found": found, "total": total}


def calibration(table, threshold, min_flags, smoothing):
    """Per finding case: dev flags, precision, and the confidence a finding of that case gets
    (precision smoothed toward the base rate, so that a rare case is not called certain)."""
    base = table["base_rate"] or 0.0
    out = {}
    for name, row in table["cases"].items():
        n, k = row["flags"], row["accurate"]
        out[name] = {"flags": n, "precision": row["precision"],
                     "confidence": round((k + smoothing * base) / (n + smoothing), 2)}
    return {"source": "tests/eval/review.py on the MQM WMT23 zh-en dev half",
            "threshold": threshold, "min_flags": min_flags, "base_rate": base, "cases": out}


def print_tables(report):
    for split in ("dev", "held-out"):
        t = report["mqm"][split]
        print(f"MQM {split}: {t['segments']} segments, base rate of Accuracy/Terminology "
              f"{t['base_rate']}, {t['major_omission_addition']} Major omission/addition")
        print(f"  {'check':32} {'flags':>6} {'precision':>9} {'recall':>7}")
        for name, row in t["checks"].items():
            p = "-" if row["precision"] is None else f"{row['precision']:.2f}"
            print(f"  {name:32} {row['flags']:6d} {p:>9} {row['recall']:7.2f}")
    for split in ("dev", "held-out"):
        t = report["ted"][split]
        print(f"TED {split}: {t['segments']} segments, {t['warnings_errors_per_100']} warnings+"
              f"errors per 100 segments {t['per_check_per_100']}")
    if report["fixtures"]:
        print(f"fixtures: {report['fixtures']['found']}/{report['fixtures']['total']} found")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("argmap")
    ap.add_argument("data")
    ap.add_argument("--out", default="build/eval/review.json")
    ap.add_argument("--tests", default=None, help="the Catch2 test binary, for the fixture score")
    ap.add_argument("--write-calibration", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit-docs", type=int, default=0, help="first N MQM document pairs only")
    args = ap.parse_args()
    data = pathlib.Path(args.data)
    mqm = read_mqm(data / "mqm-wmt23-zh-en")
    if args.limit_docs:
        mqm = mqm[:args.limit_docs]
    ted = read_ted(data / "ted-en-zh")
    mqm_found = run_all(args.argmap, mqm, args.jobs)
    ted_found = run_all(args.argmap, ted, args.jobs)
    report = {
        "mqm": {s: mqm_table(mqm, mqm_found, s) for s in ("dev", "held-out", "all")},
        "ted": {s: ted_table(ted, ted_found, s) for s in ("dev", "held-out", "all")},
        "fixtures": fixture_score(args.tests),
    }
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_tables(report)
    if args.write_calibration:
        table = calibration(report["mqm"]["dev"], 0.60, 10, 4)
        pathlib.Path(args.write_calibration).write_text(
            json.dumps(table, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
