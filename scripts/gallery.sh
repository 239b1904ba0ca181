#!/usr/bin/env bash
# Regenerates the screenshot gallery in docs/screenshots/: builds, then
# renders every screen and the sign-in dialogs of the demo data with
# `exconsole --demo --screenshots`, once per theme (light, dark) and language
# (English; German in de/), on a fresh demo database each (with webhook
# deliveries of a back-office client, one failed: seed_webhooks), and writes
# docs/screenshots/README.md to show them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build=${EXCHANGE_BUILD_DIR:-build}
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The demo has no back-office client (the API's tests add their own): the
# gallery gives it one, "webapp", whose receiver stopped answering. Its
# deliveries stand as the webhook duty would have left them: the older
# events delivered, one failed a day after its event, the newest failing
# (502, tried again in ten minutes, given up a day after its first try). The public key is RFC 8032's first
# test vector's; nothing signs with it.
seed_webhooks() {
  sqlite3 "$1" <<'SQL'
INSERT INTO api_clients (name, public_key, scopes, enabled, created_at, updated_at)
  SELECT 'webapp', 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'read,customers', 1,
         MIN(created_at), MIN(created_at) FROM webhook_events;
INSERT INTO webhook_endpoints (client_id, url, enabled, created_at, updated_at)
  SELECT id, 'https://app.example.org/hooks/exchange', 1, created_at, created_at FROM api_clients WHERE name = 'webapp';
CREATE TEMP TABLE t AS SELECT CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS now,
  (SELECT MAX(seq) FROM webhook_events) AS failing,
  (SELECT MAX(seq) FROM webhook_events WHERE seq < (SELECT MAX(seq) FROM webhook_events)
    AND created_at < CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) - 86400000) AS failed;
INSERT INTO webhook_deliveries (event_seq, endpoint_id, attempts, next_attempt_at, give_up_at, last_status, last_error,
                                delivered_at, failed_at, created_at)
  SELECT e.seq, p.id,
         CASE WHEN e.seq = t.failing THEN 4 WHEN e.seq = t.failed THEN 31 ELSE 1 END,
         CASE WHEN e.seq = t.failing THEN t.now + 600000 ELSE e.created_at END,
         CASE WHEN e.seq = t.failing THEN MAX(e.created_at, t.now - 3600000) + 86400000 ELSE e.created_at + 86400000 END,
         CASE WHEN e.seq = t.failing THEN 502 WHEN e.seq = t.failed THEN NULL ELSE 204 END,
         CASE WHEN e.seq = t.failed THEN 'Connection refused' ELSE '' END,
         CASE WHEN e.seq IN (t.failing, t.failed) THEN NULL ELSE e.created_at + 1200 END,
         CASE WHEN e.seq = t.failed THEN e.created_at + 86400000 END,
         e.created_at
  FROM webhook_events e CROSS JOIN webhook_endpoints p CROSS JOIN t;
SQL
}

for lang in en de; do
  for theme in light dark; do
    dir=$theme
    [[ $lang == en ]] || dir=$lang/$theme
    rm -rf "${out:?}/$dir"
    db=$work/demo-$lang-$theme.db
    "$build/app/exctl/exctl" --db "sqlite://$db" init --demo >/dev/null
    seed_webhooks "$db"
    QT_QPA_PLATFORM=offscreen "$build/app/exconsole/exconsole" --demo --db "sqlite://$db" \
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
    webhooks) echo "Webhooks: the back office's deliveries to the web app, and Retry" ;;
    shortcuts) echo "Help > Keyboard shortcuts (F1)" ;;
    login) echo "Sign-in" ;;
    locked) echo "Locked (Ctrl+L or idle)" ;;
    firstrun) echo "First run: the first admin" ;;
    add-asset) echo "Settings > Add asset: a token of a chain" ;;
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
  for shot in dashboard orderbook withdrawals deposits wallets ledger settings operators audit customers customers-instructions webhooks shortcuts add-asset login locked firstrun totp-enrol; do
    [[ -f "$out/light/$shot.png" ]] || { echo "gallery: $shot.png was not written" >&2; exit 1; }
    [[ -f "$out/de/dark/$shot.png" ]] || { echo "gallery: de/dark/$shot.png was not written" >&2; exit 1; }
    echo "| $(title "$shot") | ![$shot, light](light/$shot.png) | ![$shot, dark](dark/$shot.png)" \
      "| ![$shot, light, German](de/light/$shot.png) | ![$shot, dark, German](de/dark/$shot.png) |"
  done
} >"$out/README.md"
echo "gallery: $(ls "$out"/light/*.png "$out"/dark/*.png "$out"/de/*/*.png | wc -l) pictures in $out (index: $out/README.md)"
