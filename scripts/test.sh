#!/usr/bin/env bash
# Builds Kamae with warnings as errors and runs every test, headless.
# Usage: ./scripts/test.sh          (build directory: build-test/)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
kamae_install_dependencies

build=build-test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKAMAE_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)"
