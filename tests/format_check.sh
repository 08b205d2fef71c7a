#!/bin/sh
# Fails when a C++ source under src/ or tests/ differs from what clang-format (.clang-format)
# makes of it. Run from the repository root; `make format` fixes what it reports.
set -eu
files=$(find src tests -name '*.cc' -o -name '*.h' | sort)
# shellcheck disable=SC2086 # one argument per file
clang-format --dry-run --Werror $files
echo "$(echo "$files" | wc -l) files formatted as .clang-format says"
