#!/usr/bin/env bash
# Brings translations/*.ts up to date with the tr() strings of the sources
# (lupdate): new strings arrive unfinished, vanished ones are dropped. Then
# translate what is unfinished (Qt Linguist, or by hand); tst_translations
# fails while anything is left unfinished or a source string is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
for ts in translations/exchange_*.ts; do
  lang=${ts##*_}
  lang=${lang%.ts}
  "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" app/exconsole ui models -ts "$ts"
done
