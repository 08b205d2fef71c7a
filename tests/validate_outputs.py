#!/usr/bin/python3
"""Validate every JSON argmap writes, and the lexicons it embeds.

Usage: /usr/bin/python3 tests/validate_outputs.py ARGMAP_BINARY REPO_ROOT

Runs `argmap parse` over every essay in corpus/ (a *.zh.md with its *.en.md is one two-file
essay, also parsed per half with --lang and as a pair with --units lines; every other .txt/.md
but README.md is one bilingual file), validates each output against schemas/argmap.schema.json,
then checks what a schema cannot: referenced ids exist, ids are unique, units are in document
order and each in one section, spans lie in their input on UTF-8 boundaries at the right
line:column. Also validates src/lexicon/{zh,en}.json against schemas/lexicon.schema.json and
src/lexicon/roles.json against schemas/roles.schema.json.
Standard library plus Debian's python3-jsonschema only.
"""
import hashlib
import json
import os
import subprocess
import sys

from jsonschema import Draft202012Validator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_testing import ESSAYS  # noqa: E402

MAX_ERRORS = 10  # problems shown per file


def load_validator(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(validator, doc):
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    return ["/".join(str(p) for p in e.absolute_path) + ": " + e.message[:200] for e in errors]


def corpus_runs(root):
    """The argmap argument lists to check, discovered from the files in corpus/."""
    names = sorted(os.listdir(os.path.join(root, "corpus")))
    runs, paired = [], set()
    for name in names:
        if name.endswith(".zh.md") and name[:-6] + ".en.md" in names:
            zh, en = "corpus/" + name, "corpus/" + name[:-6] + ".en.md"
            paired.update([zh, en])
            runs += [[zh, en], ["--lang", "zh", zh], ["--lang", "en", en], ["--units", "lines", zh, en]]
    for name in names:
        path = "corpus/" + name
        if name.endswith((".txt", ".md")) and name != "README.md" and path not in paired:
            runs.append([path])
    return runs


def line_column(data, offset):
    """1-based line and code-point column of the character starting at byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, len(data[line_start:offset].decode("utf-8")) + 1


def check_span(unit, inputs, files, problems):
    uid, span = unit["id"], unit["span"]
    if span["input"] >= len(inputs):
        problems.append(f"{uid}: span.input {span['input']} but only {len(inputs)} inputs")
        return
    data = files[span["input"]]
    start, end = span["start"], span["end"]
    if not start < end <= inputs[span["input"]]["bytes"]:
        problems.append(f"{uid}: span [{start},{end}) not inside {inputs[span['input']]['bytes']} bytes")
        return
    try:
        text = data[start:end].decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{uid}: bytes [{start},{end}) are not valid UTF-8 ({e.reason})")
        return
    last = end - len(text[-1].encode("utf-8"))  # byte offset of the last character
    if (span["line"], span["column"]) != line_column(data, start):
        problems.append(f"{uid}: line:column {span['line']}:{span['column']} but start {start} "
                        f"is at {'%d:%d' % line_column(data, start)}")
    if (span["end_line"], span["end_column"]) != line_column(data, last):
        problems.append(f"{uid}: end_line:end_column {span['end_line']}:{span['end_column']} but "
                        f"last character {last} is at {'%d:%d' % line_column(data, last)}")


def check_version(lang, v, inputs, files, seen, problems):
    units = {u["id"]: u for u in v["units"]}
    sections = {s["id"]: s for s in v["sections"]}
    lists = {x["id"]: x for x in v["lists"]}

    def need(ref, table, where):
        if ref not in table:
            problems.append(f"{where} refers to {ref}, which does not exist")

    for item in v["units"] + v["sections"] + v["lists"] + v["relations"]:
        if item["id"] in seen:
            problems.append(f"duplicate id {item['id']}")
        seen.add(item["id"])
        if not item["id"].startswith(lang + ":"):
            problems.append(f"id {item['id']} in version {lang}")

    previous = {}  # input index -> the previous unit on it
    for i, u in enumerate(v["units"]):
        if u["id"] != f"{lang}:u{i + 1}":
            problems.append(f"unit #{i + 1} has id {u['id']}, expected {lang}:u{i + 1}")
        need(u["section"], sections, u["id"] + ".section")
        check_span(u, inputs, files, problems)
        prev = previous.get(u["span"]["input"])
        if prev and u["span"]["start"] < prev["span"]["end"]:
            problems.append(f"{u['id']} starts at {u['span']['start']}, before {prev['id']} ends "
                            f"at {prev['span']['end']} (not in document order)")
        previous[u["span"]["input"]] = u
        if "list" in u:
            need(u["list"]["id"], lists, u["id"] + ".list.id")
            items = lists.get(u["list"]["id"], {}).get("items", [])
            n = u["list"]["item"]
            if n > len(items) or items[n - 1] != u["id"]:
                problems.append(f"{u['id']} says it is item {n} of {u['list']['id']}, "
                                f"whose items are {items}")

    owner = {}  # unit id -> the section listing it
    for s in v["sections"]:
        for uid in s["units"]:
            need(uid, units, s["id"] + ".units")
            if uid in owner:
                problems.append(f"{uid} is in both {owner[uid]} and {s['id']}")
            owner[uid] = s["id"]
            if uid in units and units[uid]["section"] != s["id"]:
                problems.append(f"{uid} is listed by {s['id']} but says section {units[uid]['section']}")
        if "heading" in s:
            need(s["heading"], units, s["id"] + ".heading")
            if s["heading"] not in s["units"]:
                problems.append(f"{s['id']}.heading {s['heading']} is not one of its units")
    for uid in units:
        if uid not in owner:
            problems.append(f"{uid} is in no section")

    for x in v["lists"]:
        if "lead" in x:
            need(x["lead"], units, x["id"] + ".lead")
        for n, uid in enumerate(x["items"], 1):
            need(uid, units, x["id"] + ".items")
            if uid in units and units[uid].get("list") != {"id": x["id"], "item": n}:
                problems.append(f"{x['id']} lists {uid} as item {n}, but {uid}.list is "
                                f"{units[uid].get('list')}")

    for r in v["relations"]:
        need(r["from"], units, r["id"] + ".from")
        need(r["to"], units, r["id"] + ".to")


def check_references(doc, root, problems):
    inputs, files = doc["inputs"], []
    for n, inp in enumerate(inputs):
        with open(os.path.join(root, inp["path"]), "rb") as f:
            data = f.read()
        files.append(data)
        if len(data) != inp["bytes"] or hashlib.sha256(data).hexdigest() != inp["sha256"]:
            problems.append(f"inputs[{n}] bytes/sha256 do not match {inp['path']}")
    seen = set()
    for lang, v in doc["versions"].items():
        if v["lang"] != lang:
            problems.append(f"versions.{lang}.lang is {v['lang']}")
        check_version(lang, v, inputs, files, seen, problems)
    for where in ("alignment", "findings"):
        for n, entry in enumerate(doc.get(where, [])):
            for lang in ("zh", "en"):
                for uid in entry[lang]:
                    if uid not in seen:
                        problems.append(f"{where}[{n}].{lang} refers to {uid}, which does not exist")


def check_run(binary, root, args, validator):
    """Problems found in the JSON output of `argmap ARGS`, as a list of strings."""
    result = subprocess.run([binary] + args, cwd=root, capture_output=True)
    if result.returncode != 0:
        return [f"exit {result.returncode}: {result.stderr.decode('utf-8', 'replace').strip()}"]
    try:
        doc = json.loads(result.stdout.decode("utf-8"))
    except ValueError as e:
        return [f"output is not JSON: {e}"]
    problems = schema_errors(validator, doc)
    if not problems:  # the reference checks rely on the shape the schema guarantees
        check_references(doc, root, problems)
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: validate_outputs.py ARGMAP_BINARY REPO_ROOT")
    binary, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    argmap_schema = load_validator(os.path.join(root, "schemas", "argmap.schema.json"))
    lexicon_schema = load_validator(os.path.join(root, "schemas", "lexicon.schema.json"))
    roles_schema = load_validator(os.path.join(root, "schemas", "roles.schema.json"))

    checks = []  # (label, problems)
    runs = [["parse"] + args for args in corpus_runs(root)]
    for essay in ESSAYS:  # the later stages' JSON: alignment, findings, one version alone
        runs += [["align"] + essay, ["check"] + essay + ["--format", "json", "--fail-on", "never"],
                 ["export"] + essay + ["--to", "json"],
                 ["export"] + essay + ["--to", "json", "--only", "zh"],
                 ["export"] + essay + ["--to", "json", "--only", "en"]]
    for args in runs:
        checks.append(("argmap " + " ".join(args), check_run(binary, root, args, argmap_schema)))
    for lang in ("zh", "en"):
        path = f"src/lexicon/{lang}.json"
        with open(os.path.join(root, path), encoding="utf-8") as f:
            checks.append((path, schema_errors(lexicon_schema, json.load(f))))
    with open(os.path.join(root, "src/lexicon/roles.json"), encoding="utf-8") as f:
        checks.append(("src/lexicon/roles.json", schema_errors(roles_schema, json.load(f))))

    failed = 0
    for label, problems in checks:
        print(("ok    " if not problems else "FAIL  ") + label)
        for p in problems[:MAX_ERRORS]:
            print("        " + p)
        if len(problems) > MAX_ERRORS:
            print(f"        ... and {len(problems) - MAX_ERRORS} more")
        failed += bool(problems)
    print(f"{len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
