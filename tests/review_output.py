#!/usr/bin/python3
"""The review's three outputs, end to end through the executable.

Usage: review_output.py ARGMAP REPO_ROOT SARIF_SCHEMA

For every corpus essay: `argmap check --format sarif` validates against the official SARIF
2.1.0 schema (shipped in the npm package @microsoft/jest-sarif, installed by the Makefile) and
has one result per finding of `--format json`; `--format text` prints compiler-style lines
`path:line:col: severity[code]: message`, no colour when piped, and a closing count that
matches; `--fail-on` sets the exit status. Ends with `N passed, M failed`.
"""
import json
import re
import subprocess
import os
import sys

import jsonschema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_testing import ESSAYS, run_checks  # noqa: E402

LINE = re.compile(r"^(\S+):(\d+):(\d+): (error|warning|info)\[([a-z-]+)\]: \S.*$")
SUMMARY = re.compile(r"^(\d+) errors?, (\d+) warnings?, (\d+) info$")


def run(argmap, root, args, env=None):
    return subprocess.run([argmap, "check"] + args, cwd=root, capture_output=True, text=True, env=env)


def check_sarif(argmap, root, essay, validator, findings):
    out = run(argmap, root, essay + ["--format", "sarif", "--fail-on", "never"])
    assert out.returncode == 0, out.stderr
    log = json.loads(out.stdout)
    validator.validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == len(findings), (len(results), len(findings))
    rules = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert all(r["ruleId"] in rules for r in results)
    assert all(r["help"]["text"] for r in log["runs"][0]["tool"]["driver"]["rules"])


def check_text(argmap, root, essay, findings):
    out = run(argmap, root, essay + ["--fail-on", "never"], env={"PATH": "/usr/bin:/bin"})
    assert "\033[" not in out.stdout, "colour codes in piped output"
    lines = out.stdout.splitlines()
    heads = [l for l in lines if not l.startswith("    ")]
    assert SUMMARY.match(heads[-1]), heads[-1]
    assert all(LINE.match(h) for h in heads[:-1]), [h for h in heads[:-1] if not LINE.match(h)]
    counts = [int(x) for x in SUMMARY.match(heads[-1]).groups()]
    by_severity = [sum(f["severity"] == s for f in findings) for s in ("error", "warning", "info")]
    assert counts == by_severity, (counts, by_severity)


def check_fail_on(argmap, root, essay, findings):
    severities = {f["severity"] for f in findings}
    for level, ranks in (("error", {"error"}), ("warning", {"error", "warning"}),
                         ("info", {"error", "warning", "info"}), ("never", set())):
        code = run(argmap, root, essay + ["--fail-on", level]).returncode
        assert code == (1 if severities & ranks else 0), (level, code)


def main():
    argmap, root, schema_path = sys.argv[1:4]
    validator = jsonschema.Draft4Validator(json.load(open(schema_path)))
    checks = []
    for essay in ESSAYS:
        findings = json.loads(run(argmap, root, essay + ["--format", "json", "--fail-on", "never"]).stdout)["findings"]
        label = " ".join(essay)
        checks += [(f"sarif    {label}", lambda e=essay, f=findings: check_sarif(argmap, root, e, validator, f)),
                   (f"text     {label}", lambda e=essay, f=findings: check_text(argmap, root, e, f)),
                   (f"fail-on  {label}", lambda e=essay, f=findings: check_fail_on(argmap, root, e, f))]
    return run_checks(checks, (AssertionError, jsonschema.ValidationError))


if __name__ == "__main__":
    sys.exit(main())
