#!/usr/bin/env bash
# Installs the Debian 12 packages Pathak needs to build, run and test.
# Skips apt when every package is already installed, so repeated runs are fast.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-qpa-plugins
  libicu-dev libsqlite3-dev sqlite3 libarchive-dev
  libharfbuzz-dev libpango1.0-dev libcairo2-dev libqpdf-dev libgumbo-dev zlib1g-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  fonts-noto-core poppler-utils qpdf mupdf-tools nodejs xvfb xauth python3 python3-yaml
  epubcheck
  desktop-file-utils appstream dpkg-dev
  dbus-daemon at-spi2-core python3-pyatspi
  clang libclang-rt-14-dev clang-format clang-tidy
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm comes with some builds of nodejs and is its own Debian package otherwise.
if ! command -v npm >/dev/null; then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get install -y -qq --no-install-recommends npm
fi

# Mozilla Readability and jsdom, which the web extraction score runs beside
# Pathak's own extraction; installed into the project, not the system.
bench="$(dirname "$0")/../bench/web-extraction"
# Without the registry the score runs on Pathak alone, and says so.
if [[ ! -d "$bench/node_modules/@mozilla/readability" ]]; then
  npm ci --prefix "$bench" --no-audit --no-fund --silent ||
    echo "install-deps: Readability not installed (npm ci failed); the web extraction score runs without it" >&2
fi

# pdf.js for scripts/pdf-words.py (the PDF word tests), pinned by the lock
# file and kept next to the script; node_modules is not committed.
if [[ ! -d "$(dirname "$0")/pdf-words/node_modules/pdfjs-dist" ]]; then
  (cd "$(dirname "$0")/pdf-words" && npm ci --no-audit --no-fund --silent)
fi
