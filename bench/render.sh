#!/usr/bin/env bash
# Renders a workbook as a reader sees it: LibreOffice prints it to PDF (with the workbook's own
# print setup), pdftoppm turns each page into a PNG. Needs libreoffice-calc and poppler-utils
# (Debian: apt-get install libreoffice-calc poppler-utils).
# usage: bench/render.sh [WORKBOOK.xlsx] [OUTDIR]     (default: reports/claims.xlsx, reports/render)
set -euo pipefail
book="${1:-reports/claims.xlsx}"
out="${2:-reports/render}"
command -v soffice >/dev/null || { echo "render.sh: soffice not found; install libreoffice-calc" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "render.sh: pdftoppm not found; install poppler-utils" >&2; exit 2; }
[ -f "$book" ] || { echo "render.sh: no workbook $book; run ./claimtally first" >&2; exit 2; }
mkdir -p "$out"
soffice --headless --convert-to pdf --outdir "$out" "$book" >/dev/null
pdf="$out/$(basename "${book%.*}").pdf"
pdftoppm -r 80 -png "$pdf" "$out/page"
ls "$out"/page-*.png
