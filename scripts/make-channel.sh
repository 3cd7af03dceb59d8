#!/usr/bin/env bash
# Rebuilds the learned OCR channels in models/: renders held-in corpus lines in DejaVu Serif at 300 dpi
# (clean pages, and pages through a simulated low-resolution scan), reads them back with Tesseract
# (vn.kehoach.normalize.OcrPairGenerator), aligns source and OCR letters and counts the substitutions
# (vn.kehoach.normalize.ChannelTrainer):
#   models/ocr-channel.tsv      tesseract -l eng (clean and scanned pages): old English-model OCR layers and dumps
#   models/ocr-channel-vie.tsv  tesseract -l vie (scanned pages): the pipeline's own OCR of poor scans
# Also renders held-out pages for scripts/bench-repair.sh (heldout*, vie-heldout-scan).
# Usage: scripts/make-channel.sh [eng clean pages (default 60)] [eng scanned pages (default 24)]
#                                [vie scanned pages (default 96)] [work folder (default target/ocr-pairs)]
# An eng page takes about half a minute of CPU, a vie page about five seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-60}"
scan_pages="${2:-24}"
vie_pages="${3:-96}"
work="${4:-target/ocr-pairs}"
corpus=../shared/corpus
export OMP_THREAD_LIMIT=1
run() {
  # shellcheck disable=SC2086 # MAVEN_FLAGS is a list of flags
  nice mvn -q ${MAVEN_FLAGS:-} compile exec:java -Dexec.mainClass="$1" -Dexec.args="$2"
}
run vn.kehoach.normalize.OcrPairGenerator "$work/train $pages train eng $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/train-scan $scan_pages train-scan eng $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/heldout 8 heldout eng $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/heldout-scan 4 heldout-scan eng $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/vie-train-scan $vie_pages train-scan vie $corpus"
run vn.kehoach.normalize.OcrPairGenerator "$work/vie-heldout-scan 12 heldout-scan vie $corpus"
run vn.kehoach.normalize.ChannelTrainer "$work/train $work/train-scan models/ocr-channel.tsv"
run vn.kehoach.normalize.ChannelTrainer "$work/vie-train-scan models/ocr-channel-vie.tsv"
ls -l models/ocr-channel.tsv models/ocr-channel-vie.tsv
