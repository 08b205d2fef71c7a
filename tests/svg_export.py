#!/usr/bin/python3
"""DOT and SVG exports of every corpus essay, through the executable and Graphviz.

Usage: svg_export.py ARGMAP REPO_ROOT

For every corpus essay: `argmap export --to dot` renders with `dot -Tsvg` (exit 0); the SVG is
well-formed XML with one node (<g class="node"><title>zh:u12</title>) per unit of
`argmap export --to json`, one edge per relation, in the CJK font; `argmap export --to svg`
gives the same SVG, also through `-o`. Then: a CJK font is installed for that font name
(fontconfig), and without `dot` on PATH `--to svg` fails with exit 74 and one line naming it.
Ends with `N passed, M failed`.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_testing import ESSAYS, run_checks  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
FONT = "Noto Sans CJK SC"


def export(argmap, root, essay, fmt, env=None):
    out = subprocess.run([argmap, "export"] + essay + ["--to", fmt], cwd=root,
                         capture_output=True, env=env, timeout=120)
    return out


def titles(svg_bytes, cls):
    tree = ET.fromstring(svg_bytes)
    return [g.find(SVG + "title").text for g in tree.iter(SVG + "g") if g.get("class") == cls]


def check_essay(argmap, root, essay):
    dot = export(argmap, root, essay, "dot")
    assert dot.returncode == 0, dot.stderr
    rendered = subprocess.run(["dot", "-Tsvg"], input=dot.stdout, capture_output=True, timeout=120)
    assert rendered.returncode == 0, rendered.stderr
    doc = json.loads(export(argmap, root, essay, "json").stdout)
    units = [u["id"] for v in doc["versions"].values() for u in v["units"]]
    nodes = titles(rendered.stdout, "node")
    assert sorted(n for n in nodes if n != "legend") == sorted(units), "nodes differ from units"
    relations = [(r["from"], r["to"]) for v in doc["versions"].values() for r in v["relations"]]
    edges = titles(rendered.stdout, "edge")
    for a, b in relations:
        assert f"{a}&#45;&gt;{b}" in edges or f"{a}->{b}" in edges, f"no edge {a}->{b}"
    assert f'font-family="{FONT}' in rendered.stdout.decode(), "labels not in the CJK font"
    svg = export(argmap, root, essay, "svg")
    assert svg.returncode == 0, svg.stderr
    assert svg.stdout == rendered.stdout, "--to svg differs from dot -Tsvg of --to dot"
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "map.svg")
        out = subprocess.run([argmap, "export"] + essay + ["--to", "svg", "-o", path], cwd=root,
                             capture_output=True, timeout=120)
        assert out.returncode == 0, out.stderr
        ET.parse(path)


def check_font():
    out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    assert FONT in out.stdout, f"no fontconfig family {FONT!r} for Chinese (Debian fonts-noto-cjk)"


def check_missing_dot(argmap, root):
    out = export(argmap, root, ESSAYS[0], "svg", env={"PATH": "/nonexistent"})
    assert out.returncode == 74, (out.returncode, out.stderr)
    lines = out.stderr.decode().splitlines()
    assert len(lines) == 1 and "'dot'" in lines[0] and "graphviz" in lines[0], lines
    assert out.stdout == b"", "output written despite the failure"


def main():
    argmap, root = sys.argv[1:3]
    checks = [(" ".join(e), lambda e=e: check_essay(argmap, root, e)) for e in ESSAYS]
    checks += [("cjk font", check_font), ("no dot", lambda: check_missing_dot(argmap, root))]
    return run_checks(checks, (AssertionError, ET.ParseError, subprocess.TimeoutExpired))


if __name__ == "__main__":
    sys.exit(main())
