#!/usr/bin/env bash
# Installs the Debian packages the tests use, when missing: Chromium (browser tests and the
# notice's PDF check), Liberation fonts with Vietnamese letters, PostgreSQL 15, poppler, and
# LibreOffice Writer (re-saving and converting our .docx the way offices do).
# Never downloads a browser of its own: Debian's chromium is the one we drive.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)

if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
