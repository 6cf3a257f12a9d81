#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what ModelLens needs to build, run and test, and nothing twice:
#  - Debian 12 packages that are missing (apt-get, as root);
#  - ONNX Runtime 1.30.0: the official Linux x64 library from the npm registry package
#    onnxruntime-node@1.30.0 and the C/C++ headers (API 29) from
#    com.github.asus4.onnxruntime@0.4.9, each tarball and the library sha256-checked,
#    extracted into third_party/onnxruntime/ (git-ignored).
# Safe to run again: it only checks when everything is there.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Everything the build, the app, the tests and the benchmarks use.
packages=(
  g++ cmake ninja-build pkg-config git curl ca-certificates xz-utils
  qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
  libonnx-dev libprotobuf-dev protobuf-compiler
  graphviz libgraphviz-dev libsqlite3-dev
  googletest libgtest-dev libgmock-dev
  clang libclang-rt-14-dev
  xvfb xauth desktop-file-utils fonts-noto-cjk
  libpng-dev
  python3 python3-onnx python3-numpy
  chromium cmark-gfm
)

missing=()
for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != installed ]; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo_cmd=(sudo)
    else
      echo "setup: these packages are missing and this is not root: ${missing[*]}" >&2
      exit 1
    fi
  else
    sudo_cmd=()
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# ---- ONNX Runtime -------------------------------------------------------------------
ort_version=1.30.0
ort_dir="$here/third_party/onnxruntime"
ort_lib_sha256=ffb75a925ba05e47b235bb66e3e3911714a80b328a9c9425539feb204aa32a23
node_tgz=onnxruntime-node-1.30.0.tgz
node_tgz_url=https://registry.npmjs.org/onnxruntime-node/-/$node_tgz
node_tgz_sha256=6e3390d6b783e7be946fad629292799da28d0b42f84856e50d2c1b0383291e75
hdr_tgz=com.github.asus4.onnxruntime-0.4.9.tgz
hdr_tgz_url=https://registry.npmjs.org/com.github.asus4.onnxruntime/-/$hdr_tgz
hdr_tgz_sha256=e59788788818fdde1b2e522e766a21ba0f7d8391de55737abf81e32cc801785d
hdr_path='package/Plugins/iOS~/onnxruntime.xcframework/ios-arm64/onnxruntime.framework/Headers'

ort_ok() {
  [ -f "$ort_dir/stamp" ] && [ "$(cat "$ort_dir/stamp")" = "$ort_version $ort_lib_sha256" ] &&
    [ -f "$ort_dir/include/onnxruntime_cxx_api.h" ] &&
    echo "$ort_lib_sha256  $ort_dir/lib/libonnxruntime.so.1" | sha256sum -c --status
}

# Downloads $2 to $1 and checks its sha256 ($3); npm pack is the fallback where plain
# HTTPS to the registry is not allowed.
fetch() {
  local out=$1 url=$2 sha=$3 spec=$4
  if ! curl -fsSL --retry 3 -o "$out" "$url"; then
    echo "setup: curl failed for $url, trying npm pack $spec"
    (cd "$(dirname "$out")" && npm pack --silent "$spec" >/dev/null)
  fi
  if ! echo "$sha  $out" | sha256sum -c --status; then
    echo "setup: checksum mismatch for $(basename "$out") (expected $sha)" >&2
    exit 1
  fi
}

if ! ort_ok; then
  echo "setup: fetching ONNX Runtime $ort_version"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  fetch "$tmp/$node_tgz" "$node_tgz_url" "$node_tgz_sha256" onnxruntime-node@1.30.0
  fetch "$tmp/$hdr_tgz" "$hdr_tgz_url" "$hdr_tgz_sha256" com.github.asus4.onnxruntime@0.4.9
  tar -xzf "$tmp/$node_tgz" -C "$tmp" package/bin/napi-v6/linux/x64/libonnxruntime.so.1
  tar -xzf "$tmp/$hdr_tgz" -C "$tmp" "$hdr_path" package/LICENSE package/ThirdPartyNotices.txt
  if ! echo "$ort_lib_sha256  $tmp/package/bin/napi-v6/linux/x64/libonnxruntime.so.1" | sha256sum -c --status; then
    echo "setup: libonnxruntime.so.1 does not have the expected sha256" >&2
    exit 1
  fi
  rm -rf "$ort_dir"
  mkdir -p "$ort_dir/lib" "$ort_dir/include"
  install -m 0644 "$tmp/package/bin/napi-v6/linux/x64/libonnxruntime.so.1" "$ort_dir/lib/"
  ln -sf libonnxruntime.so.1 "$ort_dir/lib/libonnxruntime.so"
  # The experimental headers include a file the package lacks: leave them out.
  find "$tmp/$hdr_path" -maxdepth 1 -name '*.h' ! -name 'onnxruntime_experimental_*' \
    -exec install -m 0644 {} "$ort_dir/include/" \;
  install -m 0644 "$tmp/package/LICENSE" "$ort_dir/LICENSE"
  install -m 0644 "$tmp/package/ThirdPartyNotices.txt" "$ort_dir/ThirdPartyNotices.txt"
  echo "$ort_version $ort_lib_sha256" > "$ort_dir/stamp"
  echo "setup: ONNX Runtime $ort_version in $ort_dir"
fi
