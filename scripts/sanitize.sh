#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the core unit tests with AddressSanitizer and UndefinedBehaviorSanitizer in a build
# folder of their own (build-asan, no GUI) and runs them (ctest label "core"). Any sanitizer
# report fails the run. Incremental: a second run rebuilds only what changed.
#
# Environment:
#   CC, CXX                  compilers for the first configure (default gcc, g++: Debian's
#                            clang 14 lacks C++20 parts the code uses, e.g. lambdas capturing
#                            structured bindings)
#   MODELLENS_JOBS           parallel build jobs (default: nproc)
#   MODELLENS_SANITIZE_LABELS  ctest label regex (default: core)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$here/build-asan"
jobs=${MODELLENS_JOBS:-$(nproc)}
labels=${MODELLENS_SANITIZE_LABELS:-core}

# The same options for the test discovery at build time (gtest_discover_tests runs the test
# binaries) as for the tests. Leaks are errors. Qt, protobuf and libonnx are the
# distribution's uninstrumented libraries; tests/lsan.supp names the few allocations of
# theirs that live until exit on purpose.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen

configure=(cmake -S "$here" -B "$build" -G Ninja
           -DCMAKE_BUILD_TYPE=RelWithDebInfo
           -DMODELLENS_SANITIZE=address,undefined
           -DMODELLENS_BUILD_GUI=OFF
           -DMODELLENS_BUILD_TESTS=ON
           -DMODELLENS_FUZZ=OFF)
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  CC=${CC:-gcc} CXX=${CXX:-g++} "${configure[@]}" >/dev/null
else
  "${configure[@]}" >/dev/null
fi

# Only what the selected tests need when that is the core tests (the unit tests and the CLI
# they drive); everything otherwise.
if [[ "$labels" == core ]]; then
  cmake --build "$build" -j "$jobs" --target core_tests
else
  cmake --build "$build" -j "$jobs"
fi

ctest --test-dir "$build" --output-on-failure --no-tests=error -L "$labels" -j "$jobs" --timeout 900
