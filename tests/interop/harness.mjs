// What the interop scripts that drive exctl share: a tally of checks, a
// scratch database with exctl run against it asynchronously (ganache and
// the fake nodes answer from the script's own process while exctl runs, so
// never spawnSync), and ganache on a free loopback port.
import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
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
export const DEMO_PASSWORDS = { admin: 'demo-admin', approver: 'demo-approver' };
const DEMO_TOTP_SECRET = Buffer.from('demo-totp-not-secret');

// RFC 6238 (HMAC-SHA1, 6 digits) for one 30-second step.
export function totpCode(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', secret).update(counter).digest();
  const o = h[h.length - 1] & 15;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0');
}

// A fresh code per operator: the server takes each step once per operator
// and accepts one step either side of now; when those are used up, wait for
// the clock, as a person would.
export function demoCodes() {
  const last = new Map();
  return async (name) => {
    const step = () => Math.floor(Date.now() / 30000);
    if (!last.has(name)) last.set(name, step()); // the demo enrolled with a code of this step or before
    while (last.get(name) + 1 > step() + 1) await new Promise((r) => setTimeout(r, 500));
    const next = Math.max(last.get(name) + 1, step() - 1);
    last.set(name, next);
    return totpCode(DEMO_TOTP_SECRET, next);
  };
}

// exctl against the database at URL db. run() rejects when the exit code
// is not `expect` (null: any); json() adds --json; `as` acts as that demo
// operator (--operator, EXCTL_PASSWORD, EXCTL_TOTP).
export function exctlOn(exctl, db) {
  const nextCode = demoCodes();
  async function run(args, { expect = 0, input = '', as = null } = {}) {
    const env = { ...process.env, CI: 'true' };
    delete env.EXCTL_PASSWORD;
    delete env.EXCTL_TOTP;
    if (as) {
      env.EXCTL_PASSWORD = DEMO_PASSWORDS[as];
      env.EXCTL_TOTP = await nextCode(as);
      args = ['--operator', as, ...args];
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
  return { db, run, json };
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
