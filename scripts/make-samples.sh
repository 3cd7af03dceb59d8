#!/usr/bin/env bash
# Rebuilds samples/ from the seeds with the test-scoped generator vn.kehoach.samples.SampleGenerator.
# Usage: scripts/make-samples.sh [seeds folder] [output folder] [gold text folder]
# Extra Maven flags (e.g. "-o -Dkehoach.buildDir=/tmp/build") can be passed in MAVEN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

seeds="${1:-../shared/seeds}"
out="${2:-samples}"
gold="${3:-src/test/resources/gold}"

# shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
mvn -q ${MAVEN_FLAGS:-} test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=vn.kehoach.samples.SampleGenerator \
  -Dexec.args="$seeds $out $gold"
ls -l "$out" "$gold"
