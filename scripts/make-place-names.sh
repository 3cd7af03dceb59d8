#!/usr/bin/env bash
# Rebuilds the place-name model models/place-names.bin from the shared gazetteer
# (../shared/gazetteer/units.tsv; see vn.kehoach.normalize.PlaceNameCompiler).
# Usage: scripts/make-place-names.sh [units.tsv]
# Extra Maven flags (e.g. "-o -Dkehoach.buildDir=/tmp/build") can be passed in MAVEN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
units="${1:-../shared/gazetteer/units.tsv}"
# shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
mvn -q ${MAVEN_FLAGS:-} compile exec:java \
  -Dexec.mainClass=vn.kehoach.normalize.PlaceNameCompiler \
  -Dexec.args="$units models/place-names.bin"
ls -l models/place-names.bin
