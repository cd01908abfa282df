#!/usr/bin/env bash
# Coverage-guided fuzzing of piplanner with the toolchain's libFuzzer.
#
#   Scripts/fuzz.sh [--runs N] [--seconds S] [--seed K] [--no-build] [-- LIBFUZZER_FLAGS...]
#   Scripts/fuzz.sh [--no-build] --replay FILE...
#
# Builds the library targets (PIPlannerModel, PIPlannerIO, PIPlannerCLI) with AddressSanitizer and libFuzzer's coverage
# instrumentation into .build-fuzz/ (apart from the normal .build/), links Fuzz/PIPlannerFuzz.swift and the routes in
# Tests/PIPlannerCLITests/Fuzz/ with libFuzzer's main, and runs it over the seeds in Fuzz/corpus/. Inputs libFuzzer
# finds go to .build-fuzz/corpus/ (never into Fuzz/corpus/); a crash, leak, timeout or broken invariant is saved under
# .build-fuzz/crashes/ and the script exits non-zero. Copy such a file to Fuzz/regressions/ so `swift test` replays it
# (FuzzRegressionTests).
#
#   --runs N      stop after N inputs (libFuzzer -runs)
#   --seconds S   stop after S seconds (libFuzzer -max_total_time)
#   --seed K      libFuzzer's random seed, for a repeatable pass (CI: --seed 1 --seconds 60)
#   --no-build    reuse the fuzzer binary already built
#   --replay FILE...  run only these inputs (a crash from .build-fuzz/crashes/, a file of Fuzz/regressions/), with stacks
#   --refresh-seeds  rewrite the seeds made from Examples/*.json (Fuzz/corpus/ex-*) and the dictionary Fuzz/piplanner.dict
#                 from the examples, the config loaders' field names and the reference ids, then stop
#
# Limits: 1 s per input (-timeout=1), 2048 MB resident (-rss_limit_mb=2048), leaks checked (-detect_leaks=1, ASan's
# LeakSanitizer). Without --runs or --seconds libFuzzer runs until it finds something or is interrupted. Exit status:
# 0 clean; 70 an input takes longer than 1 s (also when run alone, three times); libFuzzer's own otherwise (77 a leak,
# a crash or a broken invariant, 71 out of memory, ...).
set -euo pipefail

caller=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)
scratch="$root/.build-fuzz"
binary="$scratch/piplanner-fuzz"
targets=(PIPlannerModel PIPlannerIO PIPlannerCLI)
coverage="edge,inline-8bit-counters,pc-table"

# An input is [route byte, variant byte, payload...]; see Tests/PIPlannerCLITests/Fuzz/FuzzRoutes.swift. Routes:
# 0 JSON parser, 1 plan, 2 validate, 3 rollout, 4 batch --scenario, 5 compare --scenario, 6 init --area. Variant bit 0
# writes with --output; the bits above pick the format (plan: markdown, json; rollout: markdown, json, csv; compare:
# markdown, csv, json). Hand-written seeds (Fuzz/corpus/hand-*) are kept as they are.
refresh_seeds() {
    rm -f Fuzz/corpus/ex-*
    for file in Examples/*.json; do
        name=$(basename "$file" .json)
        if grep -qE '"areas": *"' "$file"; then
            # Planning a whole set of areas ("england") takes most of the 1 s an input has under AddressSanitizer on a
            # busy machine: only the JSON route starts from it (hand-rollout-from-three-areas plans three).
            seeds=""
        elif grep -q '"kind": *"rollout"' "$file"; then
            seeds="rollout-markdown:\\x03\\x00 rollout-json:\\x03\\x02 rollout-csv-output:\\x03\\x05"
        else
            seeds="plan-markdown:\\x01\\x00 plan-json-output:\\x01\\x03 compare-scenario-csv:\\x05\\x02"
        fi
        for seed in ${seeds:+$seeds validate:\\x02\\x00} json:\\x00\\x00; do
            { printf "${seed#*:}"; cat "$file"; } >"Fuzz/corpus/ex-${seed%%:*}-$name"
        done
    done
    {
        echo "# libFuzzer dictionary: JSON keys and values piplanner reads (written by Scripts/fuzz.sh --refresh-seeds)."
        {
            grep -rhoE '"[a-z][A-Za-z0-9]*"' Sources/PIPlannerIO/Config
            grep -ohE '"(id|funder)" *: *"[^"\\ ]+"' ReferenceData/*.json | sed 's/^"[a-z]*" *: *//'
            grep -ohE '"[A-Za-z0-9][^"\\ ]*"' Examples/*.json
        } | sort -u | sed 's/"/\\"/g; s/.*/"&"/'
        printf '%s\n' '"NaN"' '"Infinity"' '"-Infinity"' '"1e308"' '"-0"' '"//"' '"/*"' '"*/"' '"\\u0000"' '"\\ud83d\\udc76"'
    } >Fuzz/piplanner.dict
    echo "fuzz.sh: wrote $(ls Fuzz/corpus/ex-* | wc -l) seeds and $(grep -vc '^#' Fuzz/piplanner.dict) dictionary entries" >&2
}

runs=""
seconds=""
seed=""
build=1
extra=()
replay=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --refresh-seeds) refresh_seeds; exit 0 ;;
        --replay)
            shift
            for file in "$@"; do case "$file" in /* | -*) replay+=("$file") ;; *) replay+=("$caller/$file") ;; esac; done
            break ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fuzz.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$build" = 1 ]; then
    # The libraries get coverage and ASan only: -sanitize=fuzzer would also link libFuzzer's main into the build-time
    # tool the reference-data plugin runs, which has its own main. The plugin's tool is built with the same flags.
    echo "fuzz.sh: building the libraries with coverage and AddressSanitizer into .build-fuzz/" >&2
    # With whole-module optimisation on several threads swiftc skips code generation when a module's IR is unchanged,
    # and sanitizer instrumentation is not part of that IR: objects built with other coverage flags would be kept.
    flags_stamp="$scratch/coverage-flags"
    if [ "$(cat "$flags_stamp" 2>/dev/null)" != "$coverage" ]; then
        for target in "${targets[@]}"; do rm -f "$scratch"/release/"$target".build/*.o; done
    fi
    ASAN_OPTIONS=detect_leaks=0 swift build -c release --scratch-path "$scratch" --target PIPlannerCLI \
        -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage="$coverage"
    mkdir -p "$scratch" && echo "$coverage" >"$flags_stamp"
    objects=()
    for target in "${targets[@]}"; do
        map="$scratch/release/$target.build/output-file-map.json"
        [ -f "$map" ] || { echo "fuzz.sh: no $map; did the build change layout?" >&2; exit 1; }
        # Each source file's object (whole-module optimisation on several threads writes one a file); the map's "" entry,
        # the single object of a one-thread build, is skipped.
        while IFS= read -r object; do
            [ -f "$object" ] && objects+=("$object")
        done < <(awk '/^  "": \{/ { skip = 1 } /^  "\// { skip = 0 } !skip && /"object":/ { sub(/.*"object": *"/, ""); sub(/".*/, ""); print }' "$map")
    done
    echo "fuzz.sh: linking $binary (${#objects[@]} objects) with libFuzzer" >&2
    ASAN_OPTIONS=detect_leaks=0 swiftc -O -swift-version 6 -sanitize=fuzzer,address -parse-as-library -module-name PIPlannerFuzz \
        -I "$scratch/release/Modules" Fuzz/PIPlannerFuzz.swift Tests/PIPlannerCLITests/Fuzz/*.swift "${objects[@]}" -o "$binary" \
        2> >(grep -v "Cannot export local symbol '__asan" >&2)
fi

mkdir -p "$scratch/corpus" "$scratch/crashes" "$scratch/tmp"
if [ ${#replay[@]} -gt 0 ]; then
    # Flags among the files (-timeout=30) come after the defaults, so they win.
    TMPDIR="$scratch/tmp" ASAN_OPTIONS="detect_leaks=1" "$binary" -timeout=1 -rss_limit_mb=2048 -detect_leaks=1 "${replay[@]}"
    exit $?
fi
flags=(-timeout=1 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 -dict=Fuzz/piplanner.dict
    "-artifact_prefix=$scratch/crashes/")
[ -n "$runs" ] && flags+=("-runs=$runs")
[ -n "$seconds" ] && flags+=("-max_total_time=$seconds")
[ -n "$seed" ] && flags+=("-seed=$seed")

# libFuzzer runs its jobs in a child process (-fork=1) so that an input slower than -timeout is saved and the search
# goes on: on a machine shared with builds the same input can take 0.3 s or 1.5 s. A crash, leak or OOM stops the run
# at once; timeouts are counted at the end (replay one with --replay FILE to see whether it is slow when run alone).
# The harness writes its two temporary files under .build-fuzz/tmp/piplanner-fuzz-PID/; all of tmp/ is removed after.
start_stamp="$scratch/crashes/.run-started"
touch "$start_stamp"
rss_file="$scratch/peak-rss-kb"
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "%M" -o "$rss_file")
status=0
TMPDIR="$scratch/tmp" ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0" \
    ${timer[@]+"${timer[@]}"} "$binary" -fork=1 -ignore_timeouts=1 -ignore_ooms=0 -ignore_crashes=0 "${flags[@]}" \
    ${extra[@]+"${extra[@]}"} "$scratch/corpus" Fuzz/corpus || status=$?
rm -rf "$scratch"/tmp/*
[ -s "$rss_file" ] && echo "fuzz.sh: peak resident memory of any fuzzing process $(($(tail -1 "$rss_file") / 1024)) MB" >&2
# 70 is libFuzzer's timeout status; the fork parent passes it on when its last job timed out.
if [ "$status" -ne 0 ] && [ "$status" -ne 70 ]; then
    echo "fuzz.sh: libFuzzer stopped with status $status (crash, leak, out of memory or broken invariant); input saved in .build-fuzz/crashes/" >&2
    exit "$status"
fi
# A timeout counts when the input is slower than 1 s run alone, three times out of three: under load (or in the leak
# check at the end of a job) a 50 ms input can overrun the alarm once.
slow=0
while IFS= read -r input; do
    alone=0
    for attempt in 1 2 3; do
        if TMPDIR="$scratch/tmp" "$binary" -timeout=1 -rss_limit_mb=2048 "$input" >/dev/null 2>&1; then alone=1; break; fi
    done
    if [ "$alone" = 1 ]; then
        echo "fuzz.sh: $input overran 1 s while fuzzing but not when run alone" >&2
    else
        echo "fuzz.sh: $input takes longer than 1 s" >&2
        slow=$((slow + 1))
    fi
done < <(find "$scratch/crashes" -name 'timeout-*' -newer "$start_stamp")
rm -rf "$scratch"/tmp/*
if [ "$slow" -gt 0 ]; then
    echo "fuzz.sh: $slow input(s) take longer than 1 s, saved in .build-fuzz/crashes/timeout-*" >&2
    exit 70
fi
echo "fuzz.sh: no crash, leak, timeout or broken invariant" >&2
