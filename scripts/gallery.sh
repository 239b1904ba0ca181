#!/usr/bin/env bash
# Regenerates the screenshot gallery in docs/screenshots/: builds, then
# renders every screen and the sign-in dialogs of the demo data with
# `exconsole --demo --screenshots`, once per theme (light, dark) and language
# (English; German in de/), on a fresh demo database each, and writes
# docs/screenshots/README.md to show them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build=${EXCHANGE_BUILD_DIR:-build}
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for lang in en de; do
  for theme in light dark; do
    dir=$theme
    [[ $lang == en ]] || dir=$lang/$theme
    rm -rf "${out:?}/$dir"
    QT_QPA_PLATFORM=offscreen "$build/app/exconsole/exconsole" --demo --db "sqlite://$work/demo-$lang-$theme.db" \
      --lang "$lang" --theme "$theme" --screenshots "$out/$dir" >/dev/null
  done
done

title() {
  case "$1" in
    dashboard) echo "Dashboard: what needs an operator now" ;;
    orderbook) echo "Order book" ;;
    withdrawals) echo "Withdrawals: the review queue and a withdrawal's details" ;;
    deposits) echo "Deposits" ;;
    wallets) echo "Wallets: hot, warm and cold against their max" ;;
    ledger) echo "Ledger" ;;
    settings) echo "Settings: per-asset limits and chains" ;;
    operators) echo "Operators" ;;
    audit) echo "Audit log" ;;
    customers) echo "Customers: the table and a customer's balances and history" ;;
    customers-instructions) echo "Customers: what a customer is told to pay to, per chain" ;;
    shortcuts) echo "Help > Keyboard shortcuts (F1)" ;;
    login) echo "Sign-in" ;;
    locked) echo "Locked (Ctrl+L or idle)" ;;
    firstrun) echo "First run: the first admin" ;;
    totp-enrol) echo "Two-factor enrolment" ;;
    *) echo "$1" ;;
  esac
}

{
  echo "# Exchange Console: screenshots"
  echo
  echo "Every screen of the demo data in the light and the dark theme, in English"
  echo "and in German, made by \`scripts/gallery.sh\`"
  echo "(\`exconsole --demo --lang LANG --theme THEME --screenshots DIR\`)."
  echo
  echo "| | Light | Dark | Light, German | Dark, German |"
  echo "|---|---|---|---|---|"
  for shot in dashboard orderbook withdrawals deposits wallets ledger settings operators audit customers customers-instructions shortcuts login locked firstrun totp-enrol; do
    [[ -f "$out/light/$shot.png" ]] || { echo "gallery: $shot.png was not written" >&2; exit 1; }
    [[ -f "$out/de/dark/$shot.png" ]] || { echo "gallery: de/dark/$shot.png was not written" >&2; exit 1; }
    echo "| $(title "$shot") | ![$shot, light](light/$shot.png) | ![$shot, dark](dark/$shot.png)" \
      "| ![$shot, light, German](de/light/$shot.png) | ![$shot, dark, German](de/dark/$shot.png) |"
  done
} >"$out/README.md"
echo "gallery: $(ls "$out"/light/*.png "$out"/dark/*.png "$out"/de/*/*.png | wc -l) pictures in $out (index: $out/README.md)"
