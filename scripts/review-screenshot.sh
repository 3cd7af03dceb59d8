#!/usr/bin/env bash
# Regenerates docs/review-screenshot.png, the README's picture of the review site: a scanned
# commune plan with a wrong total is extracted and reviewed, and headless Chromium photographs
# its page (vn.kehoach.review.ReviewScreenshot, test scope). Needs chromium (scripts/test.sh installs it).
# Extra Maven flags (e.g. "-o -Dkehoach.buildDir=/tmp/build") can be passed in MAVEN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source scripts/lib.sh
ensure_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
export OMP_THREAD_LIMIT=1
# shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
"$(maven_cmd)" -q ${MAVEN_FLAGS:-} test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=vn.kehoach.review.ReviewScreenshot \
  -Dexec.args="docs/review-screenshot.png"
