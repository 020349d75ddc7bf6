#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser build). Installs it if it is missing,
# with a CJK font so the Chinese labels render in screenshots, and poppler-utils to read the exported PDFs.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && command -v pdftotext >/dev/null && fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
echo "installed: $(/usr/bin/chromium --version)" >&2
