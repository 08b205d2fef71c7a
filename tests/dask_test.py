#!/usr/bin/python3
"""argmap-dask on a real Dask cluster on 127.0.0.1: a scheduler and two workers started here,
one worker killed while the run is under way, everything stopped at the end. The outputs must
equal `argmap batch` on the same manifest, file for file and byte for byte, and the summary
line for line (elapsed_ms aside).

Usage: dask_test.py ARGMAP ARGMAP_DASK REPO_ROOT"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from script_testing import essay_pairs, run_checks

ARGMAP, DRIVER, ROOT = (os.path.abspath(a) for a in sys.argv[1:4])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_manifest(folder, n):
    essays = [(inputs, source) for _name, inputs, source in essay_pairs(ROOT)]
    lines = []
    for i in range(n):
        inputs, source = essays[i % len(essays)]
        entry = {"id": f"pair-{i:03d}", "inputs": inputs}
        if source:
            entry["source"] = source
        lines.append(json.dumps(entry))
    lines.append(json.dumps({"id": "broken", "inputs": ["missing.zh.md", "missing.en.md"]}))
    path = os.path.join(folder, "manifest.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


class Cluster:
    def __init__(self, folder):
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        log = open(os.path.join(folder, "cluster.log"), "w")
        # The workers' temporary folders go inside the test's folder: the worker killed mid-run
        # cannot remove its own, and the test removes the whole folder at the end.
        tmp = os.path.join(folder, "tmp")
        os.makedirs(tmp, exist_ok=True)
        env = dict(os.environ, DASK_DISTRIBUTED__WORKER__DAEMON="False", TMPDIR=tmp)
        self.scheduler = subprocess.Popen(
            ["/usr/bin/dask-scheduler", "--host", "127.0.0.1", "--port", str(self.port),
             "--no-dashboard"], stdout=log, stderr=log, env=env, start_new_session=True)
        self.workers = [subprocess.Popen(
            ["/usr/bin/dask-worker", self.address, "--nthreads", "1", "--no-nanny",
             "--no-dashboard", "--name", f"w{i}"], stdout=log, stderr=log, env=env,
            start_new_session=True) for i in range(2)]
        self.wait_for_workers(2)

    def wait_for_workers(self, n):
        from distributed import Client
        deadline = time.monotonic() + 90
        with Client(self.address, timeout="60s") as c:
            while len(c.scheduler_info()["workers"]) < n:
                if time.monotonic() > deadline:
                    raise AssertionError("the Dask workers did not start")
                time.sleep(0.2)

    def stop(self):
        for p in self.workers + [self.scheduler]:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.workers + [self.scheduler]:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def read_dir(folder):
    files = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            files[name] = f.read()
    return files


def without_elapsed(summary):
    lines = [json.loads(l) for l in summary.decode().splitlines()]
    for line in lines:
        line.pop("elapsed_ms", None)
    return lines


WORK = tempfile.mkdtemp(prefix="argmap-dask-test-")
MANIFEST = write_manifest(WORK, 40)
STATE = {}


def batch_reference():
    r = subprocess.run([ARGMAP, "batch", MANIFEST, "-o", os.path.join(WORK, "batch"),
                        "--jobs", "2", "--fail-on", "never"], capture_output=True)
    assert r.returncode == 65, r.stderr
    STATE["batch"] = read_dir(os.path.join(WORK, "batch"))


def dask_run_with_a_worker_killed():
    cluster = Cluster(WORK)
    try:
        out = os.path.join(WORK, "dask")
        driver = subprocess.Popen(
            [DRIVER, MANIFEST, "--scheduler", cluster.address, "-o", out, "--chunk", "2",
             "--argmap", ARGMAP, "--", "--fail-on", "never"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Kill one worker as soon as the first outputs are in: its running chunk must be
        # retried on the other worker.
        deadline = time.monotonic() + 120
        while not (os.path.isdir(out) and any(n.endswith(".json") for n in os.listdir(out))):
            assert driver.poll() is None, driver.communicate()
            assert time.monotonic() < deadline, "no output after 120 s"
            time.sleep(0.05)
        os.killpg(cluster.workers[0].pid, signal.SIGKILL)
        cluster.workers[0].wait()
        STATE["killed_after"] = len(os.listdir(out))
        _stdout, stderr = driver.communicate(timeout=300)
        assert driver.returncode == 65, (driver.returncode, stderr.decode()[-2000:])
        STATE["dask"] = read_dir(out)
        # --resume on the surviving worker: every usable pair is skipped, nothing changes.
        again = subprocess.run(
            [DRIVER, MANIFEST, "--scheduler", cluster.address, "-o", out, "--chunk", "2",
             "--argmap", ARGMAP, "--resume", "--", "--fail-on", "never"], capture_output=True,
            timeout=300)
        assert again.returncode == 65, again.stderr.decode()[-2000:]
        resumed = read_dir(out)
        lines = [json.loads(l) for l in resumed["summary.jsonl"].decode().splitlines()]
        assert all(l.get("resumed") for l in lines if l["status"] == "ok"), lines[:3]
        assert {k: v for k, v in resumed.items() if k != "summary.jsonl"} == \
            {k: v for k, v in STATE["dask"].items() if k != "summary.jsonl"}
    finally:
        cluster.stop()
    assert all(p.poll() is not None for p in cluster.workers + [cluster.scheduler])


def outputs_identical():
    a, b = STATE["batch"], STATE["dask"]
    assert sorted(a) == sorted(b), (sorted(set(a) ^ set(b)))
    for name in a:
        if name != "summary.jsonl":
            assert a[name] == b[name], name
    assert without_elapsed(a["summary.jsonl"]) == without_elapsed(b["summary.jsonl"])
    assert STATE["killed_after"] < len(a), "the worker was killed after the run had ended"


def bad_manifest_stops_before_the_cluster():
    bad = os.path.join(WORK, "bad.jsonl")
    with open(bad, "w", encoding="utf-8") as f:
        f.write('{"id": "a/b", "inputs": ["x.md"]}\n')
    r = subprocess.run([DRIVER, bad, "--scheduler", "tcp://127.0.0.1:9", "-o",
                        os.path.join(WORK, "never"), "--argmap", ARGMAP], capture_output=True)
    assert r.returncode == 65 and b"bad.jsonl:1:1:" in r.stderr, r.stderr
    assert not os.path.exists(os.path.join(WORK, "never"))


try:
    status = run_checks([
        ("dask: argmap batch on the manifest, the reference", batch_reference),
        ("dask: two workers, one killed mid-run, then --resume", dask_run_with_a_worker_killed),
        ("dask: the same files as argmap batch, no pair lost or doubled", outputs_identical),
        ("dask: a bad manifest line stops the run before any task",
         bad_manifest_stops_before_the_cluster),
    ], failures=(AssertionError, OSError, KeyError, subprocess.TimeoutExpired))
finally:
    shutil.rmtree(WORK, ignore_errors=True)
sys.exit(status)
