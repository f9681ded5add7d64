#!/bin/sh
# Runs one libFuzzer target for FUZZ_SECONDS (default 60) on the folders given after it: the
# first receives what the run finds, the others are read. The time comes from the environment
# so that `make fuzz FUZZ_SECONDS=600` and CI's 30 s need no new configure. Qt's font caches,
# kept until exit once a PDF is drawn, are not leaks of ours (lsan.supp).
fuzzer=$1
shift
LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
exec "$fuzzer" -max_total_time="${FUZZ_SECONDS:-60}" -print_final_stats=1 "$@"
