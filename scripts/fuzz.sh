#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (in build-fuzz/) and runs one target, or every
# target in turn, for SECONDS each (default 60).
#
#   scripts/fuzz.sh TARGET|all [SECONDS] [libFuzzer option...]
#
# TARGET: csv xlsx xlsx_parts xml kev jvn people gophish vault_header
#         vault_payload (tests/fuzz/README.md says what each reads).
# Every run first replays tests/fuzz/regressions/TARGET/ (the inputs that
# once crashed) and the seeds made from tests/data/. The corpus grows in
# build-fuzz/corpus/TARGET/ and is kept between runs. A crash is saved in
# build-fuzz/crashes/TARGET/ and the script fails; the input then becomes a
# fixture in tests/fuzz/regressions/TARGET/ with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source scripts/deps.sh
kamae_install_dependencies

targets=(csv xlsx xlsx_parts xml kev jvn people gophish vault_header vault_payload)
dict_of() {
    case $1 in
    xlsx | xlsx_parts) echo xlsx ;;
    vault_header | vault_payload) echo vault ;;
    *) echo "$1" ;;
    esac
}

which=${1:-}
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
if [ -z "$which" ] || { [ "$which" != all ] && ! printf '%s\n' "${targets[@]}" | grep -qx "$which"; }; then
    echo "usage: scripts/fuzz.sh TARGET|all [SECONDS] [libFuzzer option...]" >&2
    echo "TARGET: ${targets[*]}" >&2
    exit 2
fi
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "SECONDS must be a whole number of at least 1, not “$seconds”" >&2
    exit 2
fi

build=build-fuzz
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 with line tables: fast enough to fuzz, and every finding names its line.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DKAMAE_FUZZ=ON -DKAMAE_BUILD_TESTS=OFF -DKAMAE_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --target fuzz_all --parallel "$(nproc)"
"$build/fuzz/make_fuzz_seeds" tests/data "$build/seeds" >/dev/null

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

[ "$which" = all ] && run=("${targets[@]}") || run=("$which")
summary=()
for t in "${run[@]}"; do
    exe=$build/fuzz/fuzz_$t
    corpus=$build/corpus/$t
    crashes=$build/crashes/$t
    mkdir -p "$corpus" "$crashes" "$build/seeds/$t"
    log=$build/fuzz-$t.log
    regressions=tests/fuzz/regressions/$t
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        echo "== $t: replaying $regressions"
        "$exe" "$regressions"/* 2>"$log.replay" || {
            tail -40 "$log.replay"
            echo "$t: an input of $regressions fails again" >&2
            exit 1
        }
    fi
    echo "== $t: fuzzing for $seconds s"
    if ! "$exe" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
        -dict="tests/fuzz/dict/$(dict_of "$t").dict" -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$@" "$corpus" "$build/seeds/$t" 2>"$log"; then
        tail -60 "$log"
        echo "$t: the fuzzer found a problem; the input is in $crashes/" >&2
        exit 1
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    summary+=("$(printf '%-14s %12s runs  %s  corpus %s' "$t" "$execs" "$cov" "$(ls "$corpus" | wc -l)")")
done
echo "== done"
printf '%s\n' "${summary[@]}"
