#!/usr/bin/env bash
# Installs what Warta needs to build and run on a fresh Debian machine
# (as root, or with sudo), then configures and builds it in build/.
#   ./setup.sh            release build: build/warta
#   ./setup.sh --asan     also the sanitizer build used by the tests: build-asan/
set -euo pipefail
cd "$(dirname "$0")"

pkgs=(build-essential cmake pkg-config libutf8proc-dev libcjson-dev libstemmer-dev
      hunspell-id libcmocka-dev python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release ${WARTA_WERROR:+-DWARTA_WERROR=ON} >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
if [ "${1:-}" = "--asan" ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DWARTA_SANITIZE=ON ${WARTA_WERROR:+-DWARTA_WERROR=ON} >/dev/null
  cmake --build build-asan -j"$(nproc)" >/dev/null
fi
echo "built build/warta"
