"""cmake --install into a temporary prefix, then the tree moved elsewhere: the moved argmap
finds its dictionary relative to itself, says so in --version, and gives the same review as the
build tree's argmap when run from another directory. Usage: install_test.py BUILD_DIR ARGMAP
SOURCE_DIR"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_testing import run_checks  # noqa: E402

BUILD, ARGMAP, SOURCE = (os.path.abspath(a) for a in sys.argv[1:4])
SEED = os.path.join(SOURCE, "corpus", "scaling-compute-agi.zh-en.txt")
ENV = {k: v for k, v in os.environ.items() if k != "ARGMAP_DICT"}
HAS_DICT = os.path.exists(os.path.join(BUILD, "dict", "cedict_ts.u8"))


def run(args, cwd):
    return subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, check=False)


def main():
    with tempfile.TemporaryDirectory(prefix="argmap-install-") as tmp:
        prefix = os.path.join(tmp, "prefix")
        inst = run(["cmake", "--install", BUILD, "--prefix", prefix], tmp)
        if inst.returncode != 0:
            print(f"FAIL  cmake --install: {inst.stdout}{inst.stderr}")
            return 1
        moved = os.path.join(tmp, "elsewhere", "argmap-0.1")
        os.makedirs(os.path.dirname(moved))
        shutil.move(prefix, moved)
        workdir = os.path.join(tmp, "work")
        os.makedirs(workdir)
        return run_checks(checks(moved, workdir))


def checks(moved, workdir):
    argmap = os.path.join(moved, "bin", "argmap")
    data = os.path.join(moved, "share", "argmap")

    def files_installed():
        wanted = ["bin/argmap", "bin/argmap-dask", "share/argmap/CC-CEDICT.LICENSE", "share/argmap/lexicon/zh.json",
                  "share/argmap/lexicon/en.json", "share/argmap/schemas/argmap.schema.json",
                  "share/argmap/schemas/lexicon.schema.json", "share/man/man1/argmap.1"]
        if HAS_DICT:
            wanted.append("share/argmap/cedict_ts.u8")
        missing = [w for w in wanted if not os.path.isfile(os.path.join(moved, w))]
        assert not missing, f"not installed: {missing}"
        assert os.access(os.path.join(moved, "bin", "argmap-dask"), os.X_OK)
        assert "schemas/batch-manifest.schema.json" in "\n".join(
            os.path.relpath(os.path.join(d, f), data)
            for d, _, fs in os.walk(data) for f in fs)
        for lang in ("zh", "en"):
            with open(os.path.join(data, "lexicon", f"{lang}.json"), "rb") as a, open(
                    os.path.join(SOURCE, "src", "lexicon", f"{lang}.json"), "rb") as b:
                assert a.read() == b.read(), f"installed {lang}.json differs from the source"

    def version_names_installed_dictionary():
        out = run([argmap, "--version"], workdir)
        assert out.returncode == 0, out.stderr
        want = (f"CC-CEDICT at {os.path.join(data, 'cedict_ts.u8')} (installed)" if HAS_DICT
                else "none found")
        assert want in out.stdout, out.stdout

    def same_review_as_build_tree():
        for fmt in ("text", "json"):
            args = ["check", SEED, "--format", fmt, "--fail-on", "never"]
            moved_out = run([argmap] + args, workdir)
            built_out = run([ARGMAP] + args, SOURCE)
            assert moved_out.returncode == 0, moved_out.stderr
            assert moved_out.stdout == built_out.stdout, f"--format {fmt} differs"
            assert moved_out.stderr == built_out.stderr, moved_out.stderr

    def installed_lexicons_read_back():
        args = ["check", SEED, "--format", "json", "--fail-on", "never"]
        with_dir = run([argmap] + args + ["--lexicon", os.path.join(data, "lexicon")], workdir)
        builtin = run([argmap] + args, workdir)
        assert with_dir.returncode == 0, with_dir.stderr
        assert with_dir.stdout == builtin.stdout

    def man_page_renders():
        if not shutil.which("groff"):
            return
        out = run(["groff", "-man", "-Tutf8", "-ww", "-P-cbu",
                   os.path.join(moved, "share", "man", "man1", "argmap.1")], workdir)
        assert out.returncode == 0 and not out.stderr, out.stderr
        assert "argmap" in out.stdout and "EXIT STATUS" in out.stdout

    return [("installed files", files_installed),
            ("--version names the installed dictionary", version_names_installed_dictionary),
            ("moved tree reviews the seed as build/argmap", same_review_as_build_tree),
            ("installed lexicons equal the built-in ones", installed_lexicons_read_back),
            ("man page renders without warnings", man_page_renders)]


if __name__ == "__main__":
    sys.exit(main())
