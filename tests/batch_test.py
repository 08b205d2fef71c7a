#!/usr/bin/python3
"""`argmap batch` end to end: every corpus essay plus unusable pairs through one manifest, the
outputs compared byte for byte with `argmap check --format json`, the summary, shards,
--resume, bad manifests and exit codes.

Usage: batch_test.py ARGMAP REPO_ROOT"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from script_testing import run_checks

ARGMAP, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def corpus_pairs():
    """(id, input paths, source) for each corpus essay, from corpus/essays.tsv."""
    pairs = []
    with open(os.path.join(ROOT, "corpus", "essays.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if not cols[0] or cols[0].startswith("#"):
                continue
            source = cols[3] if len(cols) > 3 and cols[3] else None
            pairs.append((cols[0], [os.path.join(ROOT, "corpus", p) for p in cols[2].split()],
                          source))
    return pairs


def run(args, stdin=None):
    return subprocess.run([ARGMAP] + args, input=stdin, capture_output=True)


def check_output(inputs, source):
    args = ["check"] + inputs + ["--format", "json", "--fail-on", "never"]
    if source:
        args += ["--source", source]
    return run(args).stdout


class Fixture:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="argmap-batch-")
        self.pairs = corpus_pairs()
        bad = os.path.join(self.dir, "bad.en.md")
        with open(bad, "wb") as f:
            f.write(b"Title\n\nA sentence \xff broken.\n")
        lines = ["# the corpus, then two unusable pairs", ""]
        for pid, inputs, source in self.pairs:
            entry = {"id": pid, "inputs": inputs}
            if source:
                entry["source"] = source
            lines.append(json.dumps(entry, ensure_ascii=False))
        lines.append(json.dumps({"id": "bad-utf8", "inputs": [self.pairs[1][1][0], bad]}))
        lines.append(json.dumps({"id": "missing", "inputs": ["no-such-file.md"]}))
        self.ids = [p[0] for p in self.pairs] + ["bad-utf8", "missing"]
        self.manifest = self.write("manifest.jsonl", "\n".join(lines) + "\n")

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def batch(self, out, *extra, stdin=None, manifest=None):
        return run(["batch", manifest or self.manifest, "-o", os.path.join(self.dir, out),
                    "--fail-on", "never"] + list(extra), stdin=stdin)

    def summary(self, out, name="summary.jsonl"):
        with open(os.path.join(self.dir, out, name), encoding="utf-8") as f:
            return [json.loads(line) for line in f]


F = Fixture()


def outputs_equal_check():
    r = F.batch("all", "--jobs", "2")
    assert r.returncode == 65, (r.returncode, r.stderr)
    assert r.stderr == b"", r.stderr  # no progress line when stderr is not a terminal
    for pid, inputs, source in F.pairs:
        with open(os.path.join(F.dir, "all", pid + ".json"), "rb") as f:
            assert f.read() == check_output(inputs, source), pid
    assert not os.path.exists(os.path.join(F.dir, "all", "bad-utf8.json"))
    assert not os.path.exists(os.path.join(F.dir, "all", "missing.json"))


def summary_in_manifest_order():
    lines = F.summary("all")
    assert [l["id"] for l in lines] == F.ids, [l["id"] for l in lines]
    for line in lines[:-2]:
        assert line["status"] == "ok" and set(line["counts"]) == {"error", "warning", "info"}
    bad, missing = lines[-2], lines[-1]
    assert bad["status"] == "error" and bad["exit_code"] == 65, bad
    assert "bad.en.md" in bad["message"] and "byte" in bad["message"], bad
    assert missing["status"] == "error" and missing["exit_code"] == 66, missing


def shards_partition_the_manifest():
    seen = []
    for k in (1, 2):
        r = F.batch("shards", "--shard", f"{k}/2")
        assert r.returncode in (0, 65), r.stderr
        seen += [l["id"] for l in F.summary("shards", f"summary-{k}-of-2.jsonl")]
    assert sorted(seen) == sorted(F.ids), seen
    for pid, _inputs, _source in F.pairs:
        a = open(os.path.join(F.dir, "all", pid + ".json"), "rb").read()
        assert a == open(os.path.join(F.dir, "shards", pid + ".json"), "rb").read(), pid


def resume_skips_only_unchanged_pairs():
    edited = os.path.join(F.dir, "edited.zh-en.txt")
    shutil.copy(F.pairs[0][1][0], edited)
    manifest = F.write("resume.jsonl", json.dumps({"id": "edited", "inputs": [edited]}) + "\n" +
                       json.dumps({"id": F.pairs[1][0], "inputs": F.pairs[1][1]}) + "\n")
    assert F.batch("resume", manifest=manifest).returncode == 0
    with open(edited, "a", encoding="utf-8") as f:
        f.write("\n补充一句。\n")
    r = F.batch("resume", "--resume", manifest=manifest)
    assert r.returncode == 0, r.stderr
    lines = F.summary("resume")
    assert "resumed" not in lines[0] and lines[1].get("resumed") is True, lines
    out = open(os.path.join(F.dir, "resume", "edited.json"), "rb").read()
    assert out == check_output([edited], None)


def bad_ids_stop_before_any_work():
    for text, where in [('{"id": "../escape", "inputs": ["a.md"]}\n', ":1:1:"),
                        ('{"id": "a", "inputs": ["a.md"]}\n\n{"id": "a", "inputs": ["b.md"]}\n', ":3:1:"),
                        ('{"id": "a", "inputs": ["a.md"]\n', ":1:"),
                        ('{"id": "a", "inputs": []}\n', ":1:1:")]:
        manifest = F.write("bad.jsonl", text)
        r = F.batch("never", manifest=manifest)
        assert r.returncode == 65, (text, r.returncode)
        err = r.stderr.decode()
        assert err.count("\n") == 1 and "bad.jsonl" + where in err, err
        assert not os.path.exists(os.path.join(F.dir, "never")), text


def manifest_from_standard_input():
    entry = json.dumps({"id": F.pairs[1][0], "inputs": F.pairs[1][1]}) + "\n"
    r = F.batch("stdin", manifest="-", stdin=entry.encode())
    assert r.returncode == 0, r.stderr
    assert [l["id"] for l in F.summary("stdin")] == [F.pairs[1][0]]


def lines_follow_their_schemas():
    from jsonschema import Draft202012Validator
    for name, lines in [("batch-manifest", [json.loads(l) for l in open(F.manifest)
                                             if l.strip() and not l.startswith("#")]),
                        ("batch-summary", F.summary("all") + F.summary("resume"))]:
        with open(os.path.join(ROOT, "schemas", name + ".schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for line in lines:
            errors = [e.message for e in validator.iter_errors(line)]
            assert not errors, (name, line, errors)


def progress_line_on_a_terminal():
    import pty
    import select
    master, slave = pty.openpty()
    entry = json.dumps({"id": F.pairs[1][0], "inputs": F.pairs[1][1]}) + "\n"
    manifest = F.write("progress.jsonl", entry)
    r = subprocess.run([ARGMAP, "batch", manifest, "-o", os.path.join(F.dir, "progress")],
                       stderr=slave, stdout=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    while select.select([master], [], [], 1)[0]:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert r.returncode == 0, r.returncode
    assert b"1/1 pairs" in seen and b"pairs/s" in seen and b"ETA" in seen, seen


def fail_on_sets_exit_1():
    library = [p for p in F.pairs if p[2] == "en"][0]  # its pinned review has errors
    entry = json.dumps({"id": "lib", "inputs": library[1], "source": "en"}) + "\n"
    manifest = F.write("lib.jsonl", entry)
    r = run(["batch", manifest, "-o", os.path.join(F.dir, "lib"), "--fail-on", "error"])
    assert r.returncode == 1, (r.returncode, r.stderr)


try:
    status = run_checks([
        ("batch: outputs are byte-identical to check --format json", outputs_equal_check),
        ("batch: summary.jsonl in manifest order, unusable pairs as error lines",
         summary_in_manifest_order),
        ("batch: --shard K/N slices partition the manifest", shards_partition_the_manifest),
        ("batch: --resume skips a pair only when its inputs are unchanged",
         resume_skips_only_unchanged_pairs),
        ("batch: a bad manifest is one error line and no work", bad_ids_stop_before_any_work),
        ("batch: - reads the manifest from standard input", manifest_from_standard_input),
        ("batch: manifest and summary lines follow their schemas", lines_follow_their_schemas),
        ("batch: a progress line on standard error when it is a terminal",
         progress_line_on_a_terminal),
        ("batch: --fail-on error exits 1 when a finding is an error", fail_on_sets_exit_1),
    ], failures=(AssertionError, OSError, ValueError))
finally:
    shutil.rmtree(F.dir, ignore_errors=True)
sys.exit(status)
