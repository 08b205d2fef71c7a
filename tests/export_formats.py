#!/usr/bin/python3
"""The AIF, Argdown, TMX and XLIFF exports of every corpus essay, checked by real readers.

Usage: export_formats.py FORMAT ARGMAP REPO_ROOT [ARGDOWN_BIN]

FORMAT is one of
  aif      validates `argmap export --to aif` against schemas/aif.schema.json (python3-jsonschema),
           then checks what the schema cannot: ids unique, every edge joins existing nodes, each
           L-node asserts one I-node through one YA-node, each relation of `argmap export --to
           json` is exactly one RA (support) or CA (attack) node from its premise's I-node to its
           conclusion's, and each alignment link with both sides is one MA node;
  argdown  parses `argmap export --to argdown` with the Argdown CLI (`argdown json`, from the
           npm package @argdown/cli that the Makefile installs) and checks it reports no errors
           and finds one statement per unit and the same support and attack counts;
  xml      checks the TMX and XLIFF exports are well-formed with `xmllint --noout`
           (libxml2-utils), and that they hold one <tu> / <unit> per alignment link, with the
           link kind and the units' texts.
Every export is made twice and must be byte-identical. Ends with `N passed, M failed`.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from jsonschema import Draft202012Validator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_testing import ESSAYS, run_checks  # noqa: E402

TMX_LANG = {"zh": "zh-CN", "en": "en"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLF = "{urn:oasis:names:tc:xliff:document:2.0}"
USAGE = "usage: export_formats.py xml|aif|argdown ARGMAP REPO_ROOT [ARGDOWN_BIN]"


def export(argmap, root, essay, fmt):
    out = subprocess.run([argmap, "export"] + essay + ["--to", fmt], cwd=root, capture_output=True)
    assert out.returncode == 0, f"export --to {fmt}: exit {out.returncode}: {out.stderr[:300]}"
    again = subprocess.run([argmap, "export"] + essay + ["--to", fmt], cwd=root, capture_output=True)
    assert again.stdout == out.stdout, f"export --to {fmt} differs between two runs"
    return out.stdout.decode("utf-8")


def relations(doc):
    """(lang, type, from, to) of every relation in argmap JSON."""
    return [(lang, r["type"], r["from"], r["to"])
            for lang, v in doc["versions"].items() for r in v["relations"]]


# --- AIF ------------------------------------------------------------------------------------

def aif_graph(aif):
    nodes = {}
    for n in aif["nodes"]:
        assert n["nodeID"] not in nodes, f"duplicate node id {n['nodeID']}"
        nodes[n["nodeID"]] = n
    into, out = collections.defaultdict(list), collections.defaultdict(list)
    edge_ids = set()
    for e in aif["edges"]:
        assert e["edgeID"] not in edge_ids, f"duplicate edge id {e['edgeID']}"
        edge_ids.add(e["edgeID"])
        assert e["fromID"] in nodes and e["toID"] in nodes, f"edge {e['edgeID']} dangles"
        out[e["fromID"]].append(e["toID"])
        into[e["toID"]].append(e["fromID"])
    return nodes, into, out


def check_locutions(aif, nodes, out):
    speakers = {p["participantID"] for p in aif["participants"]}
    spoken = {l["nodeID"] for l in aif["locutions"]}
    l_nodes = {i for i, n in nodes.items() if n["type"] == "L"}
    assert spoken == l_nodes, "locutions and L-nodes differ"
    assert all(l["personID"] in speakers for l in aif["locutions"])
    for l in l_nodes:
        assert [nodes[y]["type"] for y in out[l]] == ["YA"], f"L-node {l} does not assert once"
        assert [nodes[i]["type"] for i in out[out[l][0]]] == ["I"], f"YA of {l} targets no I-node"


def check_aif(argmap, root, essay, validator):
    aif = json.loads(export(argmap, root, essay, "aif"))
    doc = json.loads(export(argmap, root, essay, "json"))
    errors = [e.message for e in validator.iter_errors(aif)]
    assert not errors, errors[:5]
    nodes, into, out = aif_graph(aif)
    check_locutions(aif, nodes, out)
    ids = aif["argmap"]["ids"]
    i_of = {ids[i]: i for i, n in nodes.items() if n["type"] == "I"}
    units = [u for v in doc["versions"].values() for u in v["units"]]
    assert len(i_of) == len(units) and all(u["id"] in i_of for u in units), "I-nodes != units"
    assert all(nodes[i_of[u["id"]]]["text"] == u["text"] for u in units), "I-node text differs"
    got = sorted((ids[s][:2], "support" if nodes[s]["type"] == "RA" else "attack",
                  ids[into[s][0]], ids[out[s][0]])
                 for s, n in nodes.items() if n["type"] in ("RA", "CA")
                 if len(into[s]) == 1 and len(out[s]) == 1)
    n_relation_nodes = sum(n["type"] in ("RA", "CA") for n in nodes.values())
    assert n_relation_nodes == len(got), "an RA/CA node has other than one premise and one conclusion"
    assert got == sorted(relations(doc)), "RA/CA nodes do not match the relations"
    both = [a for a in doc.get("alignment", []) if a["zh"] and a["en"]]
    ma = [i for i, n in nodes.items() if n["type"] == "MA"]
    assert len(ma) == len(both), (len(ma), len(both))
    assert sorted(sorted(ids[x] for x in into[m]) + sorted(ids[x] for x in out[m]) for m in ma) == \
        sorted(sorted(a["zh"]) + sorted(a["en"]) for a in both), "MA nodes do not match the alignment"


# --- Argdown --------------------------------------------------------------------------------

def check_argdown(argmap, root, essay, argdown_bin):
    source = export(argmap, root, essay, "argdown")
    doc = json.loads(export(argmap, root, essay, "json"))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "essay.argdown")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        run = subprocess.run([argdown_bin, "json", path, tmp], capture_output=True, text=True)
        assert run.returncode == 0, f"argdown exit {run.returncode}: {run.stderr[:500]}"
        with open(os.path.join(tmp, "essay.json"), encoding="utf-8") as f:
            parsed = json.load(f)
    assert "error" not in (run.stdout + run.stderr).lower(), (run.stdout + run.stderr)[:500]
    n_units = sum(len(v["units"]) for v in doc["versions"].values())
    assert len(parsed["statements"]) == n_units, (len(parsed["statements"]), n_units)
    texts = {}  # title -> the texts its statement is defined with (references have none)
    for s in parsed["statements"].values():
        texts[s["title"]] = [m["text"] for m in s["members"] if "text" in m]
    for v in doc["versions"].values():
        for u in v["units"]:
            assert texts.get(u["id"]) == [u["text"]], (u["id"], texts.get(u["id"]), u["text"])
    want = collections.Counter(r[1] for r in relations(doc))
    got = collections.Counter(r["relationType"] for r in parsed["relations"])
    assert got == want, (dict(got), dict(want))
    ends = sorted((r["from"], r["to"]) for r in parsed["relations"])
    assert ends == sorted((r[2], r[3]) for r in relations(doc)), "relation endpoints differ"


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
    elif fmt == "aif":
        with open(os.path.join(root, "schemas", "aif.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        check = lambda essay: check_aif(argmap, root, essay, validator)
    elif fmt == "argdown" and len(sys.argv) == 5:
        check = lambda essay: check_argdown(argmap, root, essay, os.path.abspath(sys.argv[4]))
    else:
        sys.exit(USAGE)
    return run_checks([(f"{fmt:8} {' '.join(e)}", lambda e=e: check(e)) for e in ESSAYS])


if __name__ == "__main__":
    sys.exit(main())
