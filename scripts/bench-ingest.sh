#!/usr/bin/env bash
# Benchmarks ingestion against the bare tools (see src/test/java/vn/kehoach/bench/IngestBench.java):
# seconds per page of our scanned-PDF OCR path next to the tesseract CLI on the same page images,
# and pages per second of our text-layer path next to pdftotext.
#
#   scripts/bench-ingest.sh [SCANNED.pdf [TYPED.pdf]]   defaults: samples/seed-003-scan.pdf samples/seed-003-typed.pdf
#   scripts/bench-ingest.sh --fixtures                  the test fixtures (2 scanned pages, 10 typed pages)
#
# Environment: RUNS (default 5), KEHOACH_LANG (default vie), KEHOACH_BUILD_DIR (default target).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${KEHOACH_BUILD_DIR:-target}
runs=${RUNS:-5}
maven() { mvn -q -o "$@" -Dkehoach.buildDir="$build_dir" || mvn -q "$@" -Dkehoach.buildDir="$build_dir"; }

maven test-compile
maven dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$build_dir/bench.classpath"
classpath="$build_dir/test-classes:$build_dir/classes:$(cat "$build_dir/bench.classpath")"
export OMP_THREAD_LIMIT=1  # as the launcher: parallelism comes from pages and documents, not OpenMP

if [[ "${1:-}" == "--fixtures" ]]; then
  fixtures=$(mktemp -d)
  trap 'rm -rf "$fixtures"' EXIT
  java -cp "$classpath" vn.kehoach.ingest.FixtureFiles "$fixtures"
  set -- "$fixtures/scan.pdf" "$fixtures/typed.pdf"
fi

java -Dkehoach.lang="${KEHOACH_LANG:-vie}" -cp "$classpath" vn.kehoach.bench.IngestBench \
  "${1:-samples/seed-003-scan.pdf}" "${2:-samples/seed-003-typed.pdf}" "$runs"
