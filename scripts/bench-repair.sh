#!/usr/bin/env bash
# Prints the accuracy/throughput table of diacritic restoration and OCR correction on held-out text:
# model load time and memory, de-accented and clean held-out corpus lines, seed-000 gold lines, and the
# held-out OCR pages of scripts/make-channel.sh (English model, clean and scanned; Vietnamese model, scanned)
# before and after repair.
# Usage: scripts/bench-repair.sh [max held-out lines (default 20000)] [work folder of scripts/make-channel.sh
# (default target/ocr-pairs; its heldout, heldout-scan and vie-heldout-scan pairs are measured when present)]
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-20000}"
work="${2:-target/ocr-pairs}"
args="../shared/corpus $lines"
for pairs in eng:"$work"/heldout eng:"$work"/heldout-scan vie:"$work"/vie-heldout-scan; do
  if [ -d "${pairs#*:}" ]; then args="$args $pairs"; fi
done
# A JVM of its own (exec:exec), not Maven's: throughput inside Maven's JVM is not what kehoach gets.
# shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
mvn -q ${MAVEN_FLAGS:-} test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="-cp %classpath vn.kehoach.bench.RepairBench $args"
