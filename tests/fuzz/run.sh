#!/bin/sh
# make fuzz: runs every fuzz target for FUZZ_SECONDS each, seeded from the corpus, the defect
# fixtures, the kept regressions and the lexicons, with the token dictionary. Prints each
# target's executions and coverage; on a crash, leak, timeout or out-of-memory it minimises
# the input into tests/fuzz/regressions/<target>/ and exits 1.
# Usage (from the repository root): tests/fuzz/run.sh FUZZ_BUILD_DIR SECONDS [BUILD_DIR]
# With BUILD_DIR (the normal build), the bad-input catalogue of its argmap_tests ("[cli]") is
# written out first and seeds the document, alignment and writers targets too.
set -u
bin=$1
seconds=$2
work=$bin/fuzz-work
status=0
total=0
# Allocation and free stacks are left out of reports (they cost a fifth of each run) and the
# freed-memory quarantine is 64 MB, not 256: replay a kept input without these to see them.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:quarantine_size_mb=64}"
bad=$work/bad-inputs
rm -rf "$bad" && mkdir -p "$bad"
if [ -n "${3:-}" ] && [ -x "$3/argmap_tests" ]; then
  bad_dir=$(cd "$bad" && pwd)
  (cd "$3" && ARGMAP_BAD_INPUTS="$bad_dir" ./argmap_tests "[cli]" > /dev/null 2>&1) ||
    echo "fuzz: the bad-input catalogue ($3/argmap_tests [cli]) failed; its seeds may be partial"
  echo "fuzz: $(ls "$bad" | wc -l) bad inputs from the catalogue as seeds"
fi
for t in document alignment writers essay glossary lexicon; do
  corpus=$work/corpus/$t
  artifacts=$work/artifacts/$t
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts" "tests/fuzz/regressions/$t"
  # Documents are cut to 2 KB (a few sections of an essay): a whole essay through every writer
  # costs about 0.1 s a run, 2 KB a tenth of that.
  max_len=2048
  case $t in
    glossary) seeds="tests/fixtures/defects" ;;
    lexicon) seeds="src/lexicon" max_len=65536 ;;
    essay) seeds="corpus" max_len=256 ;;  # each byte becomes a token: 256 make an essay of sections
    *) seeds="corpus tests/fixtures/defects tests/fuzz/regressions/writers $bad" ;;
  esac
  # shellcheck disable=SC2086 # seeds holds several directories
  "$bin/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
    -dict=tests/fuzz/argmap.dict -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$corpus" "tests/fuzz/regressions/$t" $seeds > "$work/$t.log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log" | tail -1)
  edges=$(grep -o 'cov: [0-9]*' "$work/$t.log" | tail -1 | cut -d' ' -f2)
  echo "fuzz_$t: ${execs:-0} executions, ${edges:-0} edges covered, exit $rc"
  total=$((total + ${execs:-0}))
  for a in "$artifacts"/*; do
    [ -f "$a" ] || continue
    name=$(basename "$a")
    "$bin/fuzz_$t" -minimize_crash=1 -runs=20000 -timeout=10 \
      -exact_artifact_path="tests/fuzz/regressions/$t/$name" "$a" > "$work/$t.min.log" 2>&1 ||
      cp "$a" "tests/fuzz/regressions/$t/$name"
    [ -f "tests/fuzz/regressions/$t/$name" ] || cp "$a" "tests/fuzz/regressions/$t/$name"
    echo "  failing input kept: tests/fuzz/regressions/$t/$name (log: $work/$t.log)"
  done
  [ "$rc" -eq 0 ] || status=1
done
echo "fuzz: $total executions in all"
exit $status
