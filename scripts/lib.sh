# Shared by ./kehoach and scripts/*.sh: finding Maven and installing the Debian packages kehoach needs.
# Source it; it defines functions only.

# Prints the Maven command to use: the system's mvn, else the Maven wrapper.
maven_cmd() {
  local top
  top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if command -v mvn >/dev/null 2>&1; then echo mvn; else echo "$top/mvnw"; fi
}

# ensure_packages PKG...: installs the missing Debian packages when running as root with apt-get,
# otherwise prints the exact command to run and returns 1.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "kehoach: installing ${missing[*]} ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "kehoach: missing packages: ${missing[*]}" >&2
    echo "kehoach: install them with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
}

# What the pipeline needs at run time: Tesseract 5 with the Vietnamese model.
RUNTIME_PACKAGES=(tesseract-ocr tesseract-ocr-vie)
# What the tests and sample generator need on top: the English model (old OCR layers), poppler
# (pdftotext/pdfimages for comparisons and benchmarks), a font with Vietnamese glyphs, and Chromium
# (the review site is tested in the headless browser).
TEST_PACKAGES=(tesseract-ocr-eng poppler-utils fonts-dejavu-core chromium)

# jvm_options COMMAND: the JVM options ./kehoach runs COMMAND with. Per document, extract and the
# commands like it run a little of much code (PDFBox, Tika, POI, Jackson, regular expressions, the
# rules), which the optimising compiler (C2) takes about 6.5 CPU-seconds per process to compile and
# never pays back: with the quick compiler alone, 18 scanned pages take 36.4 s instead of 38.9 s
# (1.03 cores busy instead of 1.14, which lets a second job add more) and 800 typed documents with
# 2 jobs 38.6 s instead of 45.0 s. Long hot loops do pay it back: repair of de-accented text runs at
# 314,000 syllables/s with C2 and 153,000 without, and train-lm and serve run long.
jvm_options() {
  case "${1:-}" in
    repair | train-lm | serve) ;;
    *) echo "-XX:TieredStopAtLevel=1" ;;
  esac
}
