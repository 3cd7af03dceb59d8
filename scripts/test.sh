#!/usr/bin/env bash
# Runs kehoach's whole test suite (unit tests and the slower real-OCR tests), installing the
# Debian packages the tests need when missing. Extra arguments go to Maven, e.g. -Dtest=SomeTest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib.sh
source scripts/lib.sh
ensure_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
export OMP_THREAD_LIMIT=1
"$(maven_cmd)" -B -ntp test "$@"
