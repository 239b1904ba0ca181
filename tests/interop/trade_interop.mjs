// Signed orders from the client libraries customers use, against a real
// `exctl serve --api`: ethers (personal_sign), algosdk (signBytes) and the
// Stellar SDK (Keypair.sign), each signing json.dumps(payload) as 001's
// Python clients do and, separately, the exact bytes sent. Tampered and
// foreign-key signatures must be refused with 403 and a Log row; accepted
// orders of opposite pairs must match; the ledger must check clean after.
// Clients of 001 in Python, as they really are, write their payloads with
// Python's own json.dumps (run here) and sign SEP-53 or eth_account-style.
// Usage: node trade_interop.mjs /path/to/exctl /path/to/python3
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import * as ethers from 'ethers';
import algosdk from 'algosdk';
import * as StellarSdk from '@stellar/stellar-sdk';
import { sep53 } from './harness.mjs';

const exctl = process.argv[2];
const db = 'sqlite://' + join(mkdtempSync(join(tmpdir(), 'trade-interop-')), 'trade.db');
let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL ${what}${detail ? ': ' + JSON.stringify(detail) : ''}`);
  }
}

// RFC 4648 base32 without padding: an Algorand transaction id.
function base32(bytes) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, value = 0, out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

// Python's json.dumps for the flat payloads used here: ", " and ": "
// separators, insertion order; our numbers print the same in JS and Python.
function pyDumps(obj) {
  return '{' + Object.entries(obj).map(([k, v]) => JSON.stringify(k) + ': ' + JSON.stringify(v)).join(', ') + '}';
}

// serve opens only an exchange database that is there, and a new one has
// no receiving addresses until an admin sets the exchange's own.
for (const args of [['init'],
                    ['trade', 'address', 'set', '--chain', 'ethereum', ethers.Wallet.createRandom().address],
                    ['trade', 'address', 'set', '--chain', 'algorand', algosdk.generateAccount().addr.toString()],
                    ['trade', 'address', 'set', '--chain', 'stellar', StellarSdk.Keypair.random().publicKey()]]) {
  const r = spawnSync(exctl, ['--db', db, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('exctl ' + args.join(' ') + ': ' + r.stderr);
}

const server = spawn(exctl, ['--db', db, 'serve', '--api', '127.0.0.1:0', '--trust-payments-for-testing'],
                     { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  const lines = createInterface({ input: server.stdout });
  lines.on('line', (line) => {
    const m = line.match(/listening on (http:\/\/\S+)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error('exctl serve exited ' + code)));
});

async function post(path, body) {
  const r = await fetch(base + path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { status: r.status, json: await r.json() };
}

const eth = ethers.Wallet.createRandom();
const algo = algosdk.generateAccount();
const algoAddr = algo.addr.toString();
const xlm = StellarSdk.Keypair.random();

const signers = {
  Ethereum: { address: eth.address, sign: async (text) => eth.signMessage(text) },
  Algorand: { address: algoAddr, sign: async (text) => Buffer.from(algosdk.signBytes(Buffer.from(text), algo.sk)).toString('base64') },
  Stellar: { address: xlm.publicKey(), sign: async (text) => xlm.sign(Buffer.from(text)).toString('base64') },
};
const txId = {
  Ethereum: () => '0x' + randomBytes(32).toString('hex'),
  Algorand: () => base32(randomBytes(32)),
  Stellar: () => randomBytes(32).toString('hex'),
};

function payload(sell, buy, sellAmount, buyAmount) {
  return {
    sender_pk: signers[sell].address,
    receiver_pk: signers[buy].address,
    buy_currency: buy,
    sell_currency: sell,
    buy_amount: buyAmount,
    sell_amount: sellAmount,
    tx_id: txId[sell](),
  };
}

const pairs = [['Ethereum', 'Algorand'], ['Algorand', 'Ethereum'], ['Stellar', 'Algorand'], ['Algorand', 'Stellar'],
               ['Ethereum', 'Stellar'], ['Stellar', 'Ethereum']];
let accepted = 0;
for (let round = 0; round < 5; round++) {
  for (const [sell, buy] of pairs) {
    // Both sides of each pair at crossing prices, so that they fill.
    const p = payload(sell, buy, sell === 'Ethereum' ? 0.5 : 1000, buy === 'Ethereum' ? 0.25 : 500);
    // 1. json.dumps form signed, compact JSON sent.
    const sig = await signers[sell].sign(pyDumps(p));
    let r = await post('/trade', JSON.stringify({ sig, payload: p }));
    check(r.status === 200, `${sell}: json.dumps-signed order accepted`, r);
    if (r.status === 200) accepted++;
    // 2. the exact bytes sent, signed.
    const q = payload(sell, buy, sell === 'Ethereum' ? 0.5 : 1000, buy === 'Ethereum' ? 0.25 : 500);
    const raw = JSON.stringify(q);
    const sig2 = await signers[sell].sign(raw);
    r = await post('/trade', `{"sig": ${JSON.stringify(sig2)}, "payload": ${raw}}`);
    check(r.status === 200, `${sell}: raw-signed order accepted`, r);
    if (r.status === 200) accepted++;
    // 3. tampered after signing: refused.
    const t = payload(sell, buy, sell === 'Ethereum' ? 0.5 : 1000, buy === 'Ethereum' ? 0.25 : 500);
    const sig3 = await signers[sell].sign(pyDumps(t));
    t.buy_amount = t.buy_amount / 2;
    r = await post('/trade', JSON.stringify({ sig: sig3, payload: t }));
    check(r.status === 403 && typeof r.json.error === 'string', `${sell}: tampered order refused`, r);
    // 4. signed by another key of the same chain: refused.
    const other = sell === 'Ethereum' ? ethers.Wallet.createRandom() : null;
    const f = payload(sell, buy, 1, 1);
    let foreign;
    if (sell === 'Ethereum') foreign = await other.signMessage(pyDumps(f));
    else if (sell === 'Algorand') foreign = Buffer.from(algosdk.signBytes(Buffer.from(pyDumps(f)), algosdk.generateAccount().sk)).toString('base64');
    else foreign = StellarSdk.Keypair.random().sign(Buffer.from(pyDumps(f))).toString('base64');
    r = await post('/trade', JSON.stringify({ sig: foreign, payload: f }));
    check(r.status === 403, `${sell}: another key's signature refused`, r);
  }
}

// Python clients of 001 as they really are: the payload text is Python's
// own json.dumps of floats (5e-05, 1e-05, 1e+16), and the body is what
// requests.post(json=…) sends; eth_account's signature.hex() has no 0x
// (hexbytes 1.x); Stellar wallets sign SEP-53 (the SDK's
// Keypair.signMessage when this version has it, else SHA-256 of the
// SEP's prefix and the text, signed with Keypair.sign).
const python = process.argv[3];
// The amounts go in as text and become Python floats there (float('1e16')),
// as a Python client's sell_amount = 1e16 is one.
const PY_DUMPS = `import json, sys
d = json.loads(sys.stdin.read())
for k in ('buy_amount', 'sell_amount'):
    if isinstance(d.get(k), str):
        d[k] = float(d[k])
sys.stdout.write(json.dumps(d))`;
function pythonDumps(obj) {
  const r = spawnSync(python, ['-c', PY_DUMPS], { input: JSON.stringify(obj), encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python3: ' + r.stderr);
  return r.stdout;
}
const SEP53 = sep53(StellarSdk.Keypair);
const pythonSigners = {
  Ethereum: async (text) => (await eth.signMessage(text)).slice(2),
  Stellar: async (text) => SEP53.sign(xlm, text).toString('base64'),
  Algorand: signers.Algorand.sign,
};
async function pythonOrder(sell, buy, sellAmount, buyAmount) {
  const text = pythonDumps(payload(sell, buy, sellAmount, buyAmount));
  // json.dumps({"sig": sig, "payload": payload}), the payload's text as
  // signed (a JS round trip would turn the float 1e+16 into an integer).
  const body = `{"sig": ${JSON.stringify(await pythonSigners[sell](text))}, "payload": ${text}}`;
  return { text, body, r: await post('/trade', body) };
}
console.log(`python clients: SEP-53 by ${SEP53.bySdk ? "the SDK's Keypair.signMessage" : 'SHA-256 and Keypair.sign'}`);
for (let round = 0; round < 3; round++) {
  let o = await pythonOrder('Stellar', 'Ethereum', '1e16', '0.00005');
  check(o.text.includes('"buy_amount": 5e-05') && o.text.includes('"sell_amount": 1e+16'),
    'python: json.dumps writes the amounts with exponents', o.text);
  check(o.r.status === 200, 'python: SEP-53-signed Stellar order with 1e+16 and 5e-05 accepted', o.r);
  if (o.r.status === 200) accepted++;
  o = await pythonOrder('Ethereum', 'Stellar', '0.00005', '1e16');
  check(o.r.status === 200, 'python: eth_account-style order (no 0x) with 5e-05 and 1e+16 accepted', o.r);
  if (o.r.status === 200) accepted++;
  o = await pythonOrder('Algorand', 'Ethereum', '0.00001', '0.00001');
  check(o.text.includes('"sell_amount": 1e-05'), 'python: 1e-05 written with an exponent', o.text);
  check(o.r.status === 200, 'python: Algorand order of 1e-05 ALGO accepted', o.r);
  if (o.r.status === 200) accepted++;
  o = await pythonOrder('Stellar', 'Ethereum', '1e-8', '0.00005');
  check(o.r.status === 400 && /sell_amount: amount has more than 7 decimal places/.test(o.r.json.error),
    'python: 1e-08 XLM refused as too precise', o.r);
  o = await pythonOrder('Algorand', 'Ethereum', '1e-7', '0.00005');
  check(o.r.status === 400 && /sell_amount/.test(o.r.json.error), 'python: 1e-07 ALGO refused as too precise', o.r);
}
const xlmBook = await (await fetch(base + '/order_book?limit=1000')).json();
check(xlmBook.some((o) => o.sell_currency === 'Stellar' && o.sell_amount === '10000000000000000' && o.buy_amount === '0.00005'),
  'python: the order book shows 1e+16 XLM and 5e-05 ETH exactly');

// /order_book pages (issue 18): the newest orders first, at most 100 without
// a limit; the whole history by following each page's Link rel="next".
const first = await fetch(base + '/order_book');
const book = await first.json();
check(book.length === Math.min(100, book.length) && book.every((o, i) => i === 0 || book[i - 1].id > o.id),
  'order_book without parameters answers the newest orders first, at most 100', book.length);
const history = [...book];
for (let link = first.headers.get('link'); link;) {
  const next = /<([^>]+)>;\s*rel="next"/.exec(link);
  if (!next) break;
  const page = await fetch(base + next[1]);
  history.push(...(await page.json()));
  link = page.headers.get('link');
}
check(new Set(history.map((o) => o.id)).size === history.length, 'order_book pages never repeat an order', history.length);
check(history.filter((o) => o.creator_id === null).length === accepted, 'order_book pages list every accepted order', history.length);
check(history.some((o) => o.status === 'filled'), 'opposite orders matched');
for (const field of ['sender_pk', 'receiver_pk', 'buy_currency', 'sell_currency', 'buy_amount', 'sell_amount', 'tx_id'])
  check(field in book[0], `order_book has ${field}`);
const addr = await post('/address', JSON.stringify({ platform: 'Algorand' }));
check(addr.status === 200 && algosdk.isValidAddress(addr.json.address), '/address gives a valid Algorand address', addr);

server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));
const ledger = spawnSync(exctl, ['--db', db, 'ledger', 'check'], { encoding: 'utf8' });
check(ledger.status === 0, 'ledger checks clean after the trades', ledger.stdout + ledger.stderr);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
