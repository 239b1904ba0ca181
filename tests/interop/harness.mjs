// What the interop scripts that drive exctl share: a tally of checks, a
// scratch database with exctl run against it asynchronously (ganache and
// the fake nodes answer from the script's own process while exctl runs, so
// never spawnSync), and ganache on a free loopback port.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const printable = (key, value) => (typeof value === 'bigint' ? String(value) : value);

// check(ok, what, detail) counts; finish() prints the tally and exits 1 on any failure.
export function checks(name) {
  let passed = 0;
  let failed = 0;
  return {
    check(ok, what, detail) {
      if (ok) passed++;
      else {
        failed++;
        console.log(`FAIL ${what}${detail !== undefined ? ': ' + JSON.stringify(detail, printable) : ''}`);
      }
    },
    crashed(e) {
      failed++;
      console.log('FAIL ' + (e.stack || e));
    },
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}

// The demo's operators (exctl init --demo): a decision about where money
// goes is a person's, `exctl --operator NAME` with their password and a
// two-factor code from the demo's published secret.
export const DEMO_PASSWORDS = { admin: 'demo-admin', approver: 'demo-approver', operator: 'demo-operator' };
const DEMO_TOTP_SECRET = Buffer.from('demo-totp-not-secret');

// RFC 6238 (HMAC-SHA1, 6 digits) for one 30-second step.
export function totpCode(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', secret).update(counter).digest();
  const o = h[h.length - 1] & 15;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0');
}

const currentStep = () => Math.floor(Date.now() / 30000);

// The people who decide and a fresh code for each: the server takes each
// 30-second step once per operator and one step either side of now. A code
// is for now or the next step (never the step before: it may end while exctl
// signs in), so an operator has at most two codes at once and then waits for
// the clock, as a person would; a script that decides often spreads its
// decisions over several people (enrolOperators, and `as: [names]`).
// add(name, { password, secret, last }): last is the step of the code used
// last (enrolment included), null when unknown (then taken as now: the demo
// enrolled with a code of this step or before).
export function codeBook() {
  const people = new Map();
  const person = (name) => {
    const p = people.get(name);
    if (!p) throw new Error(`unknown operator ${name}`);
    if (p.last === null) p.last = currentStep();
    return p;
  };
  const nextStep = (p) => Math.max(p.last + 1, currentStep());
  return {
    add(name, { password, secret, last = null }) {
      people.set(name, { password, secret, last });
    },
    has: (name) => people.has(name),
    // Of these people, the one whose next code comes soonest (free now,
    // if anyone's is), and of those the one who decided longest ago.
    soonest(names) {
      if (!names.length) throw new Error('no operator to choose from');
      return [...names].sort((a, b) => nextStep(person(a)) - nextStep(person(b)) || person(a).last - person(b).last)[0];
    },
    // Password and a fresh code for name; waits for the clock only when
    // their codes of now and the next step are used up.
    async credentials(name) {
      const p = person(name);
      const started = Date.now();
      while (nextStep(p) > currentStep() + 1) await new Promise((r) => setTimeout(r, 250));
      const waited = Date.now() - started;
      if (waited > 1000) console.log(`(waited ${(waited / 1000).toFixed(1)} s for ${name}'s next two-factor code)`);
      p.last = nextStep(p);
      return { password: p.password, code: totpCode(p.secret, p.last) };
    },
  };
}

// A code book with the demo's admin, approver and operator.
export function demoCodeBook() {
  const book = codeBook();
  for (const [name, password] of Object.entries(DEMO_PASSWORDS)) book.add(name, { password, secret: DEMO_TOTP_SECRET });
  return book;
}

// Enrols `count` more operators of `role` on the database at URL db, each
// with a two-factor secret of their own (exchange_enroltool, whose path the
// interop tests' environment gives in EXCHANGE_ENROLTOOL), adds them to
// book, named role-1, role-2, ... after those already there, and returns
// their names.
export async function enrolOperators(book, db, role, count) {
  const tool = process.env.EXCHANGE_ENROLTOOL;
  if (!tool) throw new Error('EXCHANGE_ENROLTOOL is not set: run under ctest');
  const made = [];
  for (let k = 1; made.length < count; k++) {
    const name = `${role}-${k}`;
    if (!book.has(name)) made.push({ name, password: `${name}-password`, secret: randomBytes(20) });
  }
  const args = [db, ...made.flatMap((m) => [m.name, role, m.password, m.secret.toString('hex')])];
  const out = await new Promise((resolve, reject) => {
    execFile(tool, args, (error, stdout, stderr) => (error ? reject(new Error(`${tool}: ${stderr || error}`)) : resolve(stdout)));
  });
  const steps = new Map(out.trim().split('\n').map((line) => JSON.parse(line)).map((l) => [l.name, l.step]));
  for (const m of made) book.add(m.name, { password: m.password, secret: m.secret, last: steps.get(m.name) });
  return made.map((m) => m.name);
}

// exctl against the database at URL db. run() rejects when the exit code
// is not `expect` (null: any); json() adds --json; `as` acts as that
// operator (--operator, EXCTL_PASSWORD, EXCTL_TOTP): a name, or a list of
// names for whichever of them has a code free first. enrol(role, count)
// (after exctl init) adds people to the book and returns their names.
export function exctlOn(exctl, db) {
  const book = demoCodeBook();
  async function run(args, { expect = 0, input = '', as = null } = {}) {
    const env = { ...process.env, CI: 'true' };
    delete env.EXCTL_PASSWORD;
    delete env.EXCTL_TOTP;
    if (as) {
      const name = Array.isArray(as) ? book.soonest(as) : as;
      const { password, code } = await book.credentials(name);
      env.EXCTL_PASSWORD = password;
      env.EXCTL_TOTP = code;
      args = ['--operator', name, ...args];
    }
    return new Promise((resolve, reject) => {
      const child = spawn(exctl, ['--db', db, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
      // exctl may end before it reads its input (a refusal): not our error.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('error', reject);
      child.on('close', (status) => {
        if (expect !== null && status !== expect)
          reject(new Error(`exctl ${args.join(' ')} exited ${status} (wanted ${expect}):\n${stdout}\n${stderr}`));
        else resolve({ status, stdout, stderr });
      });
    });
  }
  const json = async (args, options) => JSON.parse((await run([...args, '--json'], options)).stdout);
  const enrol = (role, count) => enrolOperators(book, db, role, count);
  return { db, run, json, enrol, book };
}

// A file holding the demo vault's published passphrase, for the commands
// that read the vault's pin (the watchers of a chain with tokens: the
// demo has a USDC on each chain).
export function demoVaultPassphraseFile() {
  const file = join(mkdtempSync(join(tmpdir(), 'demo-vault-')), 'passphrase');
  writeFileSync(file, 'demo-vault-passphrase\n', { mode: 0o600 });
  return file;
}

// exctl against a fresh SQLite database in a scratch folder.
export function exctlWithScratchDb(exctl, prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix + '-'));
  return { dir, ...exctlOn(exctl, 'sqlite://' + join(dir, 'exchange.db')) };
}

// A fresh PostgreSQL database on the private server of the ctest fixture
// `postgres` (its maintenance URL in the file EXCHANGE_TEST_PG_URL_FILE
// names); drop() removes it.
export function scratchPostgres(prefix) {
  const file = process.env.EXCHANGE_TEST_PG_URL_FILE;
  if (!file) throw new Error('EXCHANGE_TEST_PG_URL_FILE is not set: run under the ctest fixture postgres');
  const admin = readFileSync(file, 'utf8').trim();
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  execFileSync('psql', [admin, '-qXc', `CREATE DATABASE ${name}`]);
  return {
    url: admin.replace(/\/[^/]*$/, '/' + name),
    drop() {
      execFileSync('psql', [admin, '-qXc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
    },
  };
}

// Ganache in this process, instamining, with `accounts` funded test accounts.
export async function startGanache(ethers, { accounts = 2, chainId = 1337 } = {}) {
  const { default: ganache } = await import('ganache');
  const node = ganache.server({
    logging: { quiet: true },
    chain: { chainId },
    wallet: { totalAccounts: accounts, defaultBalance: 1000 },
    miner: { instamine: 'eager' },
  });
  await node.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${node.address().port}`;
  const provider = new ethers.JsonRpcProvider(url, chainId, { staticNetwork: true, cacheTimeout: -1 });
  const funded = await provider.listAccounts();
  const mine = async (n) => { for (let i = 0; i < n; i++) await provider.send('evm_mine', []); };
  return { node, url, provider, funded, mine };
}

// SEP-53 message signatures with a Stellar SDK Keypair: the SDK's own
// signMessage/verifyMessage when its version has them, else SEP-53 as its
// text says (Ed25519 over SHA-256 of "Stellar Signed Message:\n" and the
// message), built from the SDK's plain sign/verify. sep53.bySdk says which.
const SEP53_PREFIX = Buffer.from('Stellar Signed Message:\n');
const sep53Digest = (message) => createHash('sha256').update(Buffer.concat([SEP53_PREFIX, Buffer.from(message)])).digest();
export function sep53(Keypair) {
  const bySdk = typeof Keypair.prototype.signMessage === 'function' && typeof Keypair.prototype.verifyMessage === 'function';
  return {
    bySdk,
    sign: (kp, message) => (bySdk ? Buffer.from(kp.signMessage(Buffer.from(message))) : kp.sign(sep53Digest(message))),
    verify: (kp, message, sig) => (bySdk ? kp.verifyMessage(Buffer.from(message), sig) : kp.verify(sep53Digest(message), sig)),
  };
}
