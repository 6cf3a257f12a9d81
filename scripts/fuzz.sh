#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fuzzes the model loader (tests/fuzz/fuzz_open_model: OnnxModel::open, analyzeModel, the
# summaries, tensor reads, materialize) with libFuzzer for a bounded time:
#
#   scripts/fuzz.sh [SECONDS]        (default 60)
#
# Builds in a folder of its own (build-fuzz; clang, -fsanitize=fuzzer,address,undefined).
# Seeds: the shared models (../shared/models/*.onnx, when present) and the small models of
# tests/fuzz/seeds. Inputs that once crashed the loader (tests/fuzz/crashers) are replayed
# first. The corpus grows in build-fuzz/fuzz/corpus from run to run. Exits non-zero on a
# crash, leak, timeout (10 s per input) or out-of-memory (4 GiB); the input that did it is
# left in build-fuzz/fuzz/artifacts. Incremental and safe to run again.
#
# Environment: MODELLENS_JOBS (parallel build jobs, default nproc).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || (( seconds < 1 )); then
  echo "usage: $0 [SECONDS]  (a whole number of seconds, at least 1)" >&2
  exit 2
fi
build="$here/build-fuzz"
jobs=${MODELLENS_JOBS:-$(nproc)}
work="$build/fuzz"
corpus="$work/corpus"       # what libFuzzer keeps: inputs that found new coverage
shared_seeds="$work/shared" # links to the shared models, made afresh each run
artifacts="$work/artifacts" # inputs that failed
shared="$here/../shared/models"

configure=(cmake -S "$here" -B "$build" -G Ninja
           -DCMAKE_BUILD_TYPE=RelWithDebInfo
           -DMODELLENS_FUZZ=ON
           -DMODELLENS_BUILD_GUI=OFF
           -DMODELLENS_BUILD_TESTS=ON
           -DMODELLENS_SANITIZE=)
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  CC=clang CXX=clang++ "${configure[@]}" >/dev/null
else
  "${configure[@]}" >/dev/null
fi
cmake --build "$build" -j "$jobs" --target fuzz_open_model
fuzzer="$build/tests/fuzz/fuzz_open_model"

mkdir -p "$corpus" "$shared_seeds" "$artifacts"
# The target's private folders (mkdtemp) go here: a crash or timeout leaves its folder
# behind, and the next run clears them.
export TMPDIR="$work/tmp"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"
find "$shared_seeds" -mindepth 1 -maxdepth 1 -delete
if [[ -d "$shared" ]]; then
  for model in "$shared"/*.onnx; do
    [[ -f "$model" ]] && ln -s "$(cd "$(dirname "$model")" && pwd)/$(basename "$model")" "$shared_seeds/"
  done
else
  echo "fuzz: $shared is absent: seeding with tests/fuzz/seeds only"
fi

# Sanitizer settings for both runs below. Leaks are errors (libFuzzer checks for them
# itself); tests/lsan.supp is shared with scripts/sanitize.sh.
export ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"

options=(-timeout=10 -rss_limit_mb=4096 -artifact_prefix="$artifacts/"
         -dict="$here/tests/fuzz/onnx.dict")

# Inputs that crashed the loader before must not crash it again.
shopt -s nullglob
crashers=("$here"/tests/fuzz/crashers/*)
shopt -u nullglob
if (( ${#crashers[@]} )); then
  echo "== fuzz: replaying ${#crashers[@]} input(s) of tests/fuzz/crashers"
  if ! "$fuzzer" "${options[@]}" "${crashers[@]}"; then
    echo "fuzz: FAILED: an input of tests/fuzz/crashers crashes the loader again (above)" >&2
    exit 1
  fi
fi

# Keep the corpus small from run to run: past 1000 inputs, merge it down to those that
# make a difference to coverage.
count=$(find "$corpus" -type f | wc -l)
if (( count > 1000 )); then
  echo "== fuzz: minimizing the corpus ($count inputs)"
  rm -rf "$corpus.new"
  mkdir -p "$corpus.new"
  "$fuzzer" "${options[@]}" -merge=1 "$corpus.new" "$corpus" >/dev/null 2>&1 || true
  if [[ -n "$(ls -A "$corpus.new")" ]]; then
    rm -rf "$corpus"
    mv "$corpus.new" "$corpus"
  else
    rm -rf "$corpus.new"
  fi
fi

echo "== fuzz: ${seconds} s"
status=0
"$fuzzer" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 \
  "$corpus" "$shared_seeds" "$here/tests/fuzz/seeds" || status=$?
if (( status != 0 )); then
  echo "fuzz: FAILED (exit status $status); the input is in $artifacts:" >&2
  ls -t "$artifacts" | head -n 5 | sed "s|^|  $artifacts/|" >&2
  echo "reproduce: $fuzzer <input>" >&2
  exit "$status"
fi
