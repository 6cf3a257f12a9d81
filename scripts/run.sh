#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds ModelLens and opens the bundled sample model (or the
# models given as arguments) in the GUI.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$here/scripts/setup.sh"
cmake -S "$here" -B "$here/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$here/build" -j "$(nproc)" --target modellens modellens-cli modellens-engine-ort

models=("$@")
[ ${#models[@]} -gt 0 ] || models=("$here/resources/samples/tiny_cnn.onnx")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset); the window needs one." >&2
  echo "run: on a machine without a screen, try: xvfb-run -a $0 $*" >&2
  exit 1
fi
exec "$here/build/app/gui/modellens" "${models[@]}"
