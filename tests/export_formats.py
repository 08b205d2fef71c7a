#!/usr/bin/python3
"""The TMX and XLIFF exports of every corpus essay, checked by real readers.

Usage: export_formats.py FORMAT ARGMAP REPO_ROOT

FORMAT is one of
  xml      checks the TMX and XLIFF exports are well-formed with `xmllint --noout`
           (libxml2-utils), and that they hold one <tu> / <unit> per alignment link, with the
           link kind and the units' texts.
Every export is made twice and must be byte-identical. Ends with `N passed, M failed`.
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ESSAYS = [
    ["corpus/scaling-compute-agi.zh-en.txt"],
    ["corpus/cycling-cities.zh.md", "corpus/cycling-cities.en.md"],
    ["corpus/exam-education.zh-en.md"],
    ["corpus/open-source-funding.interleaved.zh-en.txt"],
]
TMX_LANG = {"zh": "zh-CN", "en": "en"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLF = "{urn:oasis:names:tc:xliff:document:2.0}"
USAGE = "usage: export_formats.py xml ARGMAP REPO_ROOT"


def export(argmap, root, essay, fmt):
    out = subprocess.run([argmap, "export"] + essay + ["--to", fmt], cwd=root, capture_output=True)
    assert out.returncode == 0, f"export --to {fmt}: exit {out.returncode}: {out.stderr[:300]}"
    again = subprocess.run([argmap, "export"] + essay + ["--to", fmt], cwd=root, capture_output=True)
    assert again.stdout == out.stdout, f"export --to {fmt} differs between two runs"
    return out.stdout.decode("utf-8")


# --- TMX and XLIFF --------------------------------------------------------------------------

def xmllint(text):
    run = subprocess.run(["xmllint", "--noout", "-"], input=text.encode("utf-8"), capture_output=True)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[:500]


def side_text(doc, lang, ids):
    texts = {u["id"]: u["text"] for u in doc["versions"][lang]["units"]}
    return ("" if lang == "zh" else " ").join(texts[i] for i in ids)


def check_tmx(doc, tmx):
    root = ET.fromstring(tmx.encode("utf-8"))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "zh-CN"
    tus = root.findall("body/tu")
    assert len(tus) == len(doc["alignment"]), (len(tus), len(doc["alignment"]))
    for tu, link in zip(tus, doc["alignment"]):
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert props["x-link"] == link["kind"], (props, link)
        segs = {t.get(XML_LANG): t.find("seg").text or "" for t in tu.findall("tuv")}
        want = {TMX_LANG[lang]: side_text(doc, lang, link[lang]) for lang in ("zh", "en") if link[lang]}
        assert segs == want, (segs, want)


def check_xliff(doc, xliff):
    root = ET.fromstring(xliff.encode("utf-8"))
    assert root.tag == XLF + "xliff" and root.get("version") == "2.1"
    assert (root.get("srcLang"), root.get("trgLang")) == ("zh-CN", "en")
    units = root.findall(f"{XLF}file/{XLF}unit")
    assert len(units) == len(doc["alignment"]), (len(units), len(doc["alignment"]))
    n_notes = len(root.findall(f"{XLF}file/{XLF}notes/{XLF}note"))
    for unit, link in zip(units, doc["alignment"]):
        assert unit.get("type") == "argmap:" + link["kind"]
        seg = unit.find(XLF + "segment")
        assert (seg.find(XLF + "source").text or "") == side_text(doc, "zh", link["zh"])
        target = seg.find(XLF + "target")
        assert (target is not None) == bool(link["en"])
        assert target is None or target.text == side_text(doc, "en", link["en"])
        n_notes += len(unit.findall(f"{XLF}notes/{XLF}note"))
    assert n_notes == len(doc["findings"]), (n_notes, len(doc["findings"]))


def check_xml(argmap, root, essay):
    doc = json.loads(export(argmap, root, essay, "json"))
    tmx, xliff = export(argmap, root, essay, "tmx"), export(argmap, root, essay, "xliff")
    xmllint(tmx)
    xmllint(xliff)
    check_tmx(doc, tmx)
    check_xliff(doc, xliff)


def main():
    if len(sys.argv) < 4:
        sys.exit(USAGE)
    fmt, argmap, root = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    if fmt == "xml":
        check = lambda essay: check_xml(argmap, root, essay)
    else:
        sys.exit(USAGE)
    passed = failed = 0
    for essay in ESSAYS:
        try:
            check(essay)
            passed += 1
            print(f"ok    {fmt:8} {' '.join(essay)}")
        except AssertionError as e:
            failed += 1
            print(f"FAIL  {fmt:8} {' '.join(essay)}: {str(e)[:800]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
