#!/usr/bin/env bash
# Rebuilds the learned OCR channel models/ocr-channel.tsv: renders held-in corpus lines in DejaVu Serif
# at 300 dpi (clean pages, and pages through a simulated low-resolution scan), reads them back with
# `tesseract -l eng` (vn.kehoach.normalize.OcrPairGenerator), aligns source and OCR letters and counts
# the substitutions (vn.kehoach.normalize.ChannelTrainer). Also renders a few held-out pages for
# scripts/bench-repair.sh.
# Usage: scripts/make-channel.sh [clean pages (default 60)] [scanned pages (default 24)] [work folder (default target/ocr-pairs)]
# Takes about half a minute per page on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-60}"
scan_pages="${2:-24}"
work="${3:-target/ocr-pairs}"
corpus=../shared/corpus
export OMP_THREAD_LIMIT=1
run() {
  # shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
  nice mvn -q ${MAVEN_FLAGS:-} compile exec:java -Dexec.mainClass="$1" -Dexec.args="$2"
}
run vn.kehoach.normalize.OcrPairGenerator "$work/train $pages train $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/train-scan $scan_pages train-scan $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/heldout 8 heldout $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/heldout-scan 4 heldout-scan $corpus"
run vn.kehoach.normalize.ChannelTrainer "$work/train $work/train-scan models/ocr-channel.tsv"
ls -l models/ocr-channel.tsv
