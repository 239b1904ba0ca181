// POST /withdraw with signatures made by the client libraries customers use,
// against a real `exctl serve --api`: a customer registers an Ethereum, a
// Stellar and an Algorand key (random per run) with `exctl customer keys`
// and requires 2 of the 3. Requests signed by two of them (ethers
// signMessage, the Stellar SDK's Keypair.sign and SEP-53, algosdk signBytes; over the
// exact bytes sent or over json.dumps(payload)) are accepted; one signature,
// one key twice, a stranger's key, a tampered payload, a replayed request_id
// and an amount the balance cannot cover are refused; afterwards exactly the
// accepted withdrawals exist and the ledger checks clean.
// Usage: node withdraw_api.mjs /path/to/exctl
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
const db = 'sqlite://' + join(mkdtempSync(join(tmpdir(), 'withdraw-api-')), 'withdraw.db');
let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL ${what}${detail ? ': ' + JSON.stringify(detail) : ''}`);
  }
}
function run(...args) {
  const r = spawnSync(exctl, ['--db', db, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`exctl ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

// Python's json.dumps for a flat object: ", " and ": " separators.
function pyDumps(obj) {
  return '{' + Object.entries(obj).map(([k, v]) => JSON.stringify(k) + ': ' + JSON.stringify(v)).join(', ') + '}';
}

const CUSTOMER = 1;
const eth = ethers.Wallet.createRandom();
const algo = algosdk.generateAccount();
const algoAddr = algo.addr.toString();
const xlm = StellarSdk.Keypair.random();
const destination = StellarSdk.Keypair.random().publicKey();
const sign = {
  eth: async (text) => ({ signer: eth.address, sig: await eth.signMessage(text) }),
  xlm: async (text) => ({ signer: xlm.publicKey(), sig: xlm.sign(Buffer.from(text)).toString('base64') }),
  algo: async (text) => ({ signer: algoAddr, sig: Buffer.from(algosdk.signBytes(Buffer.from(text), algo.sk)).toString('base64') }),
};

run('init', '--demo');
// The demo's own withdrawals of this customer, made before the API was asked.
const demoIds = new Set(JSON.parse(run('withdrawals', 'list', '--customer', String(CUSTOMER), '--json')).map((w) => w.id));
run('ledger', 'adjust', '--customer', String(CUSTOMER), '--asset', 'XLM', '--amount', '500', '--reason', 'withdraw_api interop');
// The keys are registered as each library prints its address.
run('customer', 'keys', 'add', '--customer', String(CUSTOMER), '--chain', 'ethereum', eth.address.toLowerCase());
run('customer', 'keys', 'add', '--customer', String(CUSTOMER), '--chain', 'stellar', xlm.publicKey());
run('customer', 'keys', 'add', '--customer', String(CUSTOMER), '--chain', 'algorand', algoAddr);
const policy = JSON.parse(run('customer', 'keys', 'require', '--customer', String(CUSTOMER), '2', '--json'));
check(policy.signatures_required === 2 && policy.keys.length === 3, 'customer keys: 2 of 3', policy);
check(policy.keys.some((k) => k.address === eth.address), 'the Ethereum key is stored EIP-55 checksummed', policy.keys);

const server = spawn(exctl, ['--db', db, 'serve', '--api', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  const lines = createInterface({ input: server.stdout });
  lines.on('line', (line) => {
    const m = line.match(/listening on (http:\/\/\S+)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error('exctl serve exited ' + code)));
});

async function withdraw(payload, signatures, raw) {
  const body = `{"payload": ${raw ?? JSON.stringify(payload)}, "signatures": ${JSON.stringify(signatures)}}`;
  const r = await fetch(base + '/withdraw', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { status: r.status, json: await r.json() };
}
const payload = (amount) => ({
  customer_id: CUSTOMER,
  request_id: 'interop-' + randomBytes(8).toString('hex'),
  asset: 'XLM',
  destination,
  amount,
});

const accepted = [];
// ethers + Stellar SDK over the exact bytes sent.
const a = payload('12.5');
const aText = JSON.stringify(a);
const aSigs = [await sign.eth(aText), await sign.xlm(aText)];
let r = await withdraw(a, aSigs, aText);
check(r.status === 200 && ['processing', 'under_review'].includes(r.json.state) && Number.isInteger(r.json.id),
      'ethers + Stellar SDK signatures: accepted', r);
if (r.status === 200) accepted.push(r.json.id);

// algosdk + ethers over json.dumps(payload), compact JSON sent.
const b = payload('7.0000001');
const bText = pyDumps(b);
r = await withdraw(b, [await sign.algo(bText), await sign.eth(bText)]);
check(r.status === 200 && r.json.amount === '7.0000001', 'algosdk + ethers over json.dumps: accepted, amount exact', r);
if (r.status === 200) accepted.push(r.json.id);

// SEP-53 (a Stellar wallet's signMessage) + eth_account's hex without 0x,
// over json.dumps(payload). The SDK's Keypair.signMessage when this
// version has it, else SHA-256 of SEP-53's prefix and the text, signed.
const sep53Sign = (text) => sep53(StellarSdk.Keypair).sign(xlm, text);
const s53 = payload('3.25');
const s53Text = pyDumps(s53);
r = await withdraw(s53, [{ signer: xlm.publicKey(), sig: sep53Sign(s53Text).toString('base64') },
                         { signer: eth.address, sig: (await eth.signMessage(s53Text)).slice(2) }]);
check(r.status === 200 && r.json.amount === '3.25', 'SEP-53 + Ethereum hex without 0x over json.dumps: accepted', r);
if (r.status === 200) accepted.push(r.json.id);

// 2 of 3 with one signature: refused.
const c = payload('1');
const cText = JSON.stringify(c);
r = await withdraw(c, [await sign.eth(cText)], cText);
check(r.status === 403 && /needs 2 signatures/.test(r.json.error), '2 of 3 with one signature: refused', r);
for (const one of [sign.xlm, sign.algo]) {
  r = await withdraw(c, [await one(cText)], cText);
  check(r.status === 403, '2 of 3 with one signature (other chains): refused', r);
}
// One key twice is one signature.
r = await withdraw(c, [await sign.xlm(cText), await sign.xlm(cText)], cText);
check(r.status === 403 && /got 1/.test(r.json.error), 'one key signing twice counts once: refused', r);
// A stranger's key beside a registered one.
const stranger = ethers.Wallet.createRandom();
r = await withdraw(c, [{ signer: stranger.address, sig: await stranger.signMessage(cText) }, await sign.xlm(cText)], cText);
check(r.status === 403 && /not a registered withdrawal key/.test(r.json.error), "a stranger's signature: refused", r);
// Tampered after signing: both signatures were over 1 XLM.
const tampered = { ...c, amount: '100' };
r = await withdraw(tampered, [await sign.eth(cText), await sign.xlm(cText)]);
check(r.status === 403 && /does not match/.test(r.json.error), 'tampered amount: refused', r);
// A replay of the first request, byte for byte.
r = await withdraw(a, aSigs, aText);
check(r.status === 409 && /already used/.test(r.json.error), 'replayed request: refused', r);
// More than the balance.
const d = payload('100000');
const dText = JSON.stringify(d);
r = await withdraw(d, [await sign.eth(dText), await sign.algo(dText)], dText);
check(r.status === 422 && /cannot cover/.test(r.json.error), 'amount over the balance: refused', r);
// A JSON number is not an exact amount.
const e = payload('1');
const eText = JSON.stringify(e).replace('"amount":"1"', '"amount":1');
r = await withdraw(e, [await sign.eth(eText), await sign.xlm(eText)], eText);
check(r.status === 400 && /decimal string/.test(r.json.error), 'amount as a JSON number: refused', r);

server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));
const list = JSON.parse(run('withdrawals', 'list', '--customer', String(CUSTOMER), '--json')).filter((w) => !demoIds.has(w.id));
check(list.length === accepted.length && list.every((w) => accepted.includes(w.id)),
      'exactly the accepted requests made withdrawals', { list, accepted });
check(list.every((w) => w.destination === destination && w.requested_by === 'system:api'), 'to the signed destination, by the API', list);
const ledger = spawnSync(exctl, ['--db', db, 'ledger', 'check'], { encoding: 'utf8' });
check(ledger.status === 0, 'ledger checks clean after the withdrawals', ledger.stdout + ledger.stderr);
const audit = spawnSync(exctl, ['--db', db, 'audit', 'verify'], { encoding: 'utf8' });
check(audit.status === 0, 'the audit chain verifies', audit.stdout + audit.stderr);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
