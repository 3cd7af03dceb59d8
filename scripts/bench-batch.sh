#!/usr/bin/env bash
# Benchmarks batch conversion (see src/test/java/vn/kehoach/batch/BatchBench.java): documents/s and
# pages/s of `kehoach extract` with 1 and 2 jobs on generated three-page scans and on generated typed
# documents (typed PDF, DOCX, Markdown), median of RUNS fresh processes each with the JVM options of
# ./kehoach extract (scripts/lib.sh, plus KEHOACH_JAVA_OPTS), the 2-job/1-job ratios, and the peak
# RSS of one run over 200 small documents after 50 and after 200 documents.
#
#   scripts/bench-batch.sh
#
# Environment: RUNS (default 3), SCANS (default 4), TYPED (default 24), KEHOACH_BUILD_DIR (default target),
# KEHOACH_JAVA_OPTS (added to the JVM options, as ./kehoach does).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

build_dir=${KEHOACH_BUILD_DIR:-target}
maven() { mvn -q -o "$@" -Dkehoach.buildDir="$build_dir" || mvn -q "$@" -Dkehoach.buildDir="$build_dir"; }

maven test-compile
maven dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$build_dir/bench.classpath"
classpath="$build_dir/test-classes:$build_dir/classes:$(cat "$build_dir/bench.classpath")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp "$classpath" -Dkehoach.bench.jvmOptions="$(jvm_options extract) ${KEHOACH_JAVA_OPTS:-}" vn.kehoach.batch.BatchBench "$work" "${RUNS:-3}" "${SCANS:-4}" "${TYPED:-24}"
