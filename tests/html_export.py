#!/usr/bin/python3
"""The HTML review page of every corpus essay, loaded in headless Chromium.

Usage: html_export.py ARGMAP REPO_ROOT OUT_DIR

For every corpus essay: `argmap export --to html` loads in headless Chromium (--dump-dom) with no
console message at all (no script error, no Content-Security-Policy refusal), and the page's
own self-check, run in the browser, reports `ok` with as many units and findings as
`argmap export --to json` has; the self-check toggles each severity filter and the
"only rows with findings" box and verifies what is shown. A sabotaged copy of the seed page (a
relation pointing nowhere, an external image) must fail that self-check and be refused by the
page's CSP, so the checks above can fail. Last, a 1400x1800 screenshot of the seed page is
written to OUT_DIR/scaling-compute-agi.review.png. Ends with `N passed, M failed`.
"""
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_testing import ESSAYS, run_checks  # noqa: E402

SELFCHECK = re.compile(r'data-selfcheck="([^"]*)"')
CONSOLE = re.compile(r"CONSOLE|Uncaught")


def chromium(page, *flags):
    """Runs headless Chromium on a file; returns (stdout, console lines of stderr)."""
    with tempfile.TemporaryDirectory() as profile:
        out = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", f"--user-data-dir={profile}",
             "--enable-logging=stderr", "--v=0", *flags, "file://" + os.path.abspath(page)],
            capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout, [l for l in out.stderr.splitlines() if CONSOLE.search(l)]


def export(argmap, root, essay, fmt, path):
    out = subprocess.run([argmap, "export"] + essay + ["--to", fmt, "-o", path], cwd=root,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def check_essay(argmap, root, essay, tmp):
    page, data = os.path.join(tmp, "review.html"), os.path.join(tmp, "map.json")
    export(argmap, root, essay, "html", page)
    export(argmap, root, essay, "json", data)
    doc = json.load(open(data))
    units = sum(len(v["units"]) for v in doc["versions"].values())
    dom, console = chromium(page, "--dump-dom")
    assert not console, console
    found = SELFCHECK.search(dom)
    assert found, "the page's script did not run"
    want = f"ok units={units} findings={len(doc['findings'])}"
    assert found.group(1) == want, (found.group(1), want)


def check_sabotage(argmap, root, tmp):
    page = os.path.join(tmp, "review.html")
    export(argmap, root, ESSAYS[0], "html", page)
    html = open(page, encoding="utf-8").read()
    html = html.replace('data-target="zh-u1"', 'data-target="zh-u999"', 1)
    html = html.replace("<main ", '<img src="http://127.0.0.1:9/x.png" alt=""><main ', 1)
    open(page, "w", encoding="utf-8").write(html)
    dom, console = chromium(page, "--dump-dom")
    found = SELFCHECK.search(dom)
    assert found and found.group(1).startswith("fail:") and "zh-u999" in found.group(1), found
    assert any("self-check failed" in l for l in console), console
    assert any("Content Security Policy" in l for l in console), console


def check_screenshot(argmap, root, out_dir):
    page = os.path.join(out_dir, "scaling-compute-agi.review.html")
    shot = os.path.join(out_dir, "scaling-compute-agi.review.png")
    export(argmap, root, ESSAYS[0], "html", page)
    if os.path.exists(shot):
        os.remove(shot)
    _, console = chromium(page, f"--screenshot={shot}", "--window-size=1400,1800")
    assert not console, console
    head = open(shot, "rb").read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert struct.unpack(">II", head[16:24]) == (1400, 1800), struct.unpack(">II", head[16:24])


def main():
    argmap, root, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    checks = [(" ".join(e), lambda t, e=e: check_essay(argmap, root, e, t)) for e in ESSAYS]
    checks += [("sabotaged page fails", lambda t: check_sabotage(argmap, root, t)),
               ("screenshot", lambda t: check_screenshot(argmap, root, out_dir))]
    return run_checks([(name, lambda c=check: in_temp_dir(c)) for name, check in checks],
                      (AssertionError, subprocess.TimeoutExpired, OSError))


def in_temp_dir(check):
    with tempfile.TemporaryDirectory() as tmp:
        check(tmp)


if __name__ == "__main__":
    sys.exit(main())
