#!/usr/bin/env bash
# Builds Kamae with warnings as errors and runs every test, headless; then
# runs each fuzz target for a few seconds (tests/fuzz/README.md).
# Usage: ./scripts/test.sh          (build directories: build-test/, build-fuzz/)
#        KAMAE_FUZZ_SECONDS=N       seconds per fuzz target (default 5; 0 skips)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
kamae_install_dependencies

build=build-test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKAMAE_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"
(
    export QT_QPA_PLATFORM=offscreen
    cd "$build"
    ctest --output-on-failure --parallel "$(nproc)"
)

fuzz_seconds=${KAMAE_FUZZ_SECONDS:-5}
if [ "$fuzz_seconds" != 0 ]; then
    ./scripts/fuzz.sh all "$fuzz_seconds"
fi
