// One leader for the background duties (issue 9), end to end: two
// `exctl serve` on one PostgreSQL database and ganache as the Ethereum node.
// Only the leader runs the deposit watcher; deposits keep arriving while
// the leader is killed with SIGKILL mid-ingestion; the other process must
// take the lead within seconds (its GET /health says so) and ingest the rest
// from the saved cursor: every deposit credited exactly once, the customers'
// ETH balances up by exactly what was sent, `exctl ledger check` clean. Then
// SIGTERM ends the survivor promptly with exit 0.
// Usage: node leader_failover.mjs /path/to/exctl   (EXCHANGE_TEST_PG_URL_FILE:
// the private server's URL to its maintenance database, from the fixture)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import * as ethers from 'ethers';
import { checks, demoCodeBook, startGanache, demoVaultPassphraseFile } from './harness.mjs';
// The demo's tokens are watched only as signed: the watcher reads the vault's pin.
const VAULT_FILE = demoVaultPassphraseFile();

const exctl = process.argv[2];
const { check, crashed, finish } = checks('leader failover');
const DEPOSITS = Number(process.env.FAILOVER_DEPOSITS ?? 80);
const KILL_AFTER = Math.floor(DEPOSITS / 4);

const adminUrl = readFileSync(process.env.EXCHANGE_TEST_PG_URL_FILE, 'utf8').trim();
const dbName = 'failover_' + randomBytes(6).toString('hex');
const db = adminUrl.slice(0, adminUrl.lastIndexOf('/') + 1) + dbName;
const psql = (sql) => spawnSync('psql', [adminUrl, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const codes = demoCodeBook();
// `as`: a demo operator decides (exctl --operator, as in harness.mjs).
async function run(args, { expect = 0, as = null } = {}) {
  const env = { ...process.env };
  if (as) {
    const { password, code } = await codes.credentials(as);
    env.EXCTL_PASSWORD = password;
    env.EXCTL_TOTP = code;
    args = ['--operator', as, ...args];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(exctl, ['--db', db, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => {
      if (expect !== null && status !== expect) reject(new Error(`exctl ${args.join(' ')} exited ${status}:\n${stdout}\n${stderr}`));
      else resolve({ status, stdout, stderr });
    });
  });
}
const json = async (args) => JSON.parse((await run([...args, '--json'])).stdout);

// `exctl serve` on a free port; resolves once it listens. With the demo's
// vault unlocked, as its watchers need (every chain has a token).
function serve(label, { vault = true } = {}) {
  const args = ['--db', db, 'serve', '--api', '127.0.0.1:0', ...(vault ? ['--vault-passphrase-file', VAULT_FILE] : [])];
  const child = spawn(exctl, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const listening = new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = line.match(/listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    exited.then(({ code }) => reject(new Error(`${label} exited ${code} before listening:\n${stderr}`)));
  });
  return { child, exited, listening, stderr: () => stderr, label };
}

async function health(base) {
  const r = await fetch(base + '/health');
  return { status: r.status, body: await r.json() };
}

async function waitFor(what, predicate, timeoutMs) {
  const started = Date.now();
  for (;;) {
    const value = await predicate();
    if (value) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for ' + what);
    await sleep(100);
  }
}

const { node, url, provider, funded } = await startGanache(ethers, { accounts: 2 });
const servers = [];
try {
  const created = psql(`CREATE DATABASE ${dbName}`);
  if (created.status !== 0) throw new Error('cannot create the test database: ' + created.stderr);
  await run(['init', '--demo']);
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', '1', '--network', '1337'], { as: 'admin' });
  // The cursor starts at the node's head: only the deposits below count.
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]);

  const listed = await json(['wallets']);
  const depositAddresses = (listed.wallets ?? listed).filter((w) => w.chain === 'ethereum' && w.tier === 'deposit').map((w) => w.address);
  check(depositAddresses.length >= 2, 'the demo has Ethereum deposit addresses', depositAddresses);
  const ethBalance = async () => {
    const { accounts } = await json(['ledger', 'balances']);
    return accounts.filter((a) => a.kind === 'customer' && a.asset === 'ETH').reduce((sum, a) => sum + ethers.parseEther(a.balance), 0n);
  };
  const balanceBefore = await ethBalance();
  const before = new Set((await json(['deposits', 'list', '--asset', 'ETH'])).map((d) => d.txid));
  const newDeposits = async () => (await json(['deposits', 'list', '--asset', 'ETH'])).filter((d) => !before.has(d.txid));

  // Without the vault the watcher cannot check the demo's USDC against the
  // pin: it waits, and says why (health and log), never silently.
  const locked = serve('a server without the vault', { vault: false });
  servers.push(locked);
  locked.base = await locked.listening;
  let lockedWatcher = '';
  await waitFor('the server without the vault to say why its watcher waits', async () => {
    const h = await health(locked.base);
    lockedWatcher = h.body.watchers?.ethereum ?? '';
    return h.body.leader.this_process && /key vault is locked/.test(lockedWatcher);
  }, 15000);
  const lockedHealth = (await health(locked.base)).body;
  check(lockedHealth.vault === 'locked' && /ethereum tokens \(USDC\)/.test(lockedWatcher) && lockedHealth.down.includes('ethereum'),
        'without the vault the Ethereum watcher is down and names the token it cannot check', lockedHealth);
  locked.child.kill('SIGTERM');
  check((await locked.exited).code === 0, 'the server without the vault stops cleanly');
  check(/key vault is locked: the signed identities of the ethereum tokens \(USDC\)/.test(locked.stderr()),
        'its log says why the watcher waits', locked.stderr().slice(-600));

  // Two servers: the first leads, the second names it and runs no watcher.
  const a = serve('first server');
  servers.push(a);
  a.base = await a.listening;
  await waitFor('the first server to lead', async () => (await health(a.base)).body.leader.this_process, 15000);
  const b = serve('second server');
  servers.push(b);
  b.base = await b.listening;
  await waitFor('the second server to name the leader', async () => (await health(b.base)).body.leader.name, 15000);
  const hb = await health(b.base);
  check(hb.status === 200 && hb.body.database.state === 'ok', 'GET /health: 200 and the database answers', hb);
  check(!hb.body.leader.this_process && hb.body.leader.name.includes(`(pid ${a.child.pid})`),
        'the second server names the first (by its pid) as the leader', hb.body.leader);
  check(Object.keys(hb.body.watchers).length === 0, 'the second server runs no watcher while the first leads', hb.body.watchers);
  const password = decodeURIComponent(new URL(adminUrl).password);
  check(password.length > 0 && !hb.body.database.url.includes(password) && hb.body.database.url.includes(dbName),
        'GET /health names the database without its password', hb.body.database.url);
  const ha = await health(a.base);
  check(ha.body.leader.this_process && ha.body.leader.name.includes(`(pid ${a.child.pid})`) && ha.body.vault === 'unlocked',
        'the first server says it leads; its vault is unlocked', ha.body);

  // Deposits keep arriving, one block each, distinct amounts.
  const sent = new Map(); // txid -> wei
  let sending = true;
  const sender = (async () => {
    for (let i = 0; i < DEPOSITS; i++) {
      const wei = ethers.parseEther('0.002') + BigInt(i + 1) * 1000000000n;
      const signer = await provider.getSigner(funded[i % funded.length].address);
      const tx = await signer.sendTransaction({ to: depositAddresses[i % depositAddresses.length], value: wei });
      sent.set(tx.hash.toLowerCase(), wei);
      await sleep(60);
    }
    sending = false;
  })();

  // Kill the leader while it is ingesting: some deposits in, more coming.
  await waitFor(`${KILL_AFTER} deposits ingested by the first server`, async () => (await newDeposits()).length >= KILL_AFTER, 60000);
  const killedAt = Date.now();
  a.child.kill('SIGKILL');
  await a.exited;
  const atKill = (await newDeposits()).length;
  check(atKill < DEPOSITS && sending, 'the leader was killed mid-ingestion (deposits still coming)', { atKill, sending });
  await waitFor('the second server to lead', async () => (await health(b.base)).body.leader.this_process, 20000);
  const takeoverMs = Date.now() - killedAt;
  console.log(`takeover after SIGKILL of the leader: ${takeoverMs} ms`);
  check(takeoverMs < 10000, 'the second server leads within seconds of the kill', takeoverMs);

  await sender;
  await waitFor('every deposit ingested', async () => (await newDeposits()).length >= DEPOSITS, 60000);
  await sleep(5000); // one more poll of the watcher: nothing may come twice
  const seen = await newDeposits();
  const byTx = new Map();
  for (const d of seen) byTx.set(d.txid, (byTx.get(d.txid) ?? 0) + 1);
  check(seen.length === DEPOSITS && byTx.size === DEPOSITS, 'every deposit recorded, none twice', { recorded: seen.length, distinct: byTx.size });
  const missing = [...sent.keys()].filter((t) => !byTx.has(t));
  check(missing.length === 0, 'no deposit lost', missing);
  const wrong = seen.filter((d) => sent.get(d.txid) !== ethers.parseEther(d.amount));
  check(wrong.length === 0, 'every amount exact', wrong.slice(0, 3));
  const total = [...sent.values()].reduce((s, v) => s + v, 0n);
  const balanceAfter = await ethBalance();
  check(balanceAfter - balanceBefore === total, 'the customers\' ETH balances rose by exactly what was sent',
        { rose: String(balanceAfter - balanceBefore), sent: String(total) });
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean');
  const hb2 = await health(b.base);
  check(/up to date|reading blocks/.test(hb2.body.watchers.ethereum ?? ''), 'the new leader reports its Ethereum watcher', hb2.body.watchers);

  // SIGTERM: prompt, clean, exit 0.
  const termAt = Date.now();
  b.child.kill('SIGTERM');
  const end = await Promise.race([b.exited, sleep(10000).then(() => null)]);
  const stopMs = Date.now() - termAt;
  console.log(`SIGTERM to exit: ${stopMs} ms`);
  check(end && end.code === 0, 'the survivor exits 0 on SIGTERM', end);
  check(stopMs < 5000, 'and promptly', stopMs);
  check(/stopped cleanly on SIGTERM/.test(b.stderr()), 'it says so on stderr', b.stderr().slice(-400));
} catch (e) {
  crashed(e);
} finally {
  for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  await node.close();
  psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
finish();
