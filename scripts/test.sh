#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds ModelLens and runs every test: installs what is missing first (scripts/setup.sh),
# then the unit and integration tests, the core tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer, and the loader fuzzer for a bounded time
# (MODELLENS_FUZZ_SECONDS, default 60). Incremental: a second run rebuilds only what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc)

"$here/scripts/setup.sh"

echo "== build"
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$here/build" -j "$jobs"

echo "== sanitizers (address, undefined)"
"$here/scripts/sanitize.sh"

echo "== fuzzing the loader"
"$here/scripts/fuzz.sh" "${MODELLENS_FUZZ_SECONDS:-60}"

# Last, so that ctest's summary closes the output. Runs the tests make are stored in a
# history of the build folder's own, never the user's (each test also sets its own).
echo "== tests"
export MODELLENS_DB="$here/build/test-history.sqlite"
cd "$here/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" --timeout 600
