#!/usr/bin/env bash
# The long kill test (docs/robustness.md): a `kamae` process importing into a
# vault of 10,000 assets is SIGKILLed at random moments KILLS times (default
# 1000); each time the vault must open to the state before or after that
# save, its .bak must open and no stray file may be left. Then the
# file-size limit, and, when run as root, the read-only folder as the user
# `nobody` (root writes into read-only folders).
#
#   scripts/kill-test.sh [KILLS] [BUILD_DIR]      (BUILD_DIR default: build)
#   KAMAE_KILL_SEED=N scripts/kill-test.sh ...     replays a run
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-1000}
build=${2:-build}
test_bin="$build/tests/tst_kill"
[ -x "$test_bin" ] || { echo "kill-test.sh: build $test_bin first (cmake --build $build)" >&2; exit 2; }
# A thousand kills take longer than Qt Test's 5-minute limit per test.
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 QTEST_FUNCTION_TIMEOUT=86400000
KAMAE_KILLS=$kills "$test_bin"
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
    scratch=$(mktemp -d)
    chmod 755 "$scratch"
    chown nobody "$scratch"
    runuser -u nobody -- env TMPDIR="$scratch" HOME="$scratch" QT_QPA_PLATFORM=offscreen \
        LANG=C.UTF-8 KAMAE_KILLS=1 QTEST_FUNCTION_TIMEOUT=86400000 "$(realpath "$test_bin")" readOnlyFolderChangesNothing
    rm -rf "$scratch"
fi
