#!/usr/bin/env bash
# Prints the accuracy/throughput table of diacritic restoration and OCR correction on held-out text.
# Usage: scripts/bench-repair.sh [held-out OCR pairs folder (default target/ocr-pairs/heldout, from
# scripts/make-channel.sh)] [max held-out lines (default 20000)]
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-target/ocr-pairs/heldout}"
lines="${2:-20000}"
args="../shared/corpus"
if [ -d "$pairs" ]; then args="$args $pairs $lines"; else args="$args - $lines"; fi
# shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
mvn -q ${MAVEN_FLAGS:-} test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=vn.kehoach.bench.RepairBench -Dexec.args="$args"
