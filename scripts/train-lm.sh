#!/usr/bin/env bash
# Rebuilds the shipped syllable language model models/vi-syllable-3gram.bin from the shared corpus
# (every 20th document by id hash is held out; see vn.kehoach.normalize.CorpusDocuments).
# Usage: scripts/train-lm.sh [corpus folder or files...]   (default ../shared/corpus)
# Extra Maven flags (e.g. "-o -Dkehoach.buildDir=/tmp/build") can be passed in MAVEN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=("${@:-../shared/corpus}")
# shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
mvn -q ${MAVEN_FLAGS:-} compile exec:java \
  -Dexec.mainClass=vn.kehoach.normalize.SyllableLmTrainer \
  -Dexec.args="models/vi-syllable-3gram.bin ${corpus[*]}"
ls -l models/vi-syllable-3gram.bin
