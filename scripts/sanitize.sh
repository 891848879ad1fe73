#!/usr/bin/env bash
# Builds Kamae and its tests with AddressSanitizer and UndefinedBehavior-
# Sanitizer (-DKAMAE_SANITIZE=ON) in BUILD_DIR and runs the suite (or the
# tests matching REGEX) under them; any finding fails the test it shows in.
#
#   scripts/sanitize.sh [REGEX] [BUILD_DIR]     (BUILD_DIR default: build-asan)
set -euo pipefail
cd "$(dirname "$0")/.."
regex=${1:-.}
build=${2:-build-asan}
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKAMAE_SANITIZE=ON \
    -DKAMAE_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Everything is slower under the sanitizers: the timeouts scale.
ctest --test-dir "$build" -R "$regex" --output-on-failure --timeout 1800
