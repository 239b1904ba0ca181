// Hostile traffic against `exctl serve --api` (issue 18, "How it is
// checked"), bounded and on loopback only: a 100 MB body, 2,000 idle
// connections, 50 slow-header clients, a flood of 16 KB garbage POST /trade,
// pipelined requests and wrong methods, while a legitimate client (in a
// worker thread of its own, so that the hostile traffic's JavaScript does
// not delay its clock) places signed orders and reads /health every 50 ms.
// Passes when the server's RSS stays under 200 MB, the database grows by
// less than 10 MB for the flood, /health p99 stays under 50 ms, every
// legitimate order is answered, pipelined answers come in order, wrong
// methods get 405 with Allow and unknown paths 404, both with a JSON body.
// Hostile traffic comes from other loopback addresses (127.0.0.2-5) than
// the legitimate client (127.0.0.1), as it would from other peers.
// Every count is fixed, every socket is closed at the end, and the whole run
// fails and kills the server after GLOBAL_TIMEOUT_S.
// Usage: node hostile_api.mjs /path/to/exctl
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { KeepAliveClient, ResponseReader, connect, jsonOf, rawRequest } from './rawhttp.mjs';

const IDLE_CONNECTIONS = 2000;
const SLOW_CLIENTS = 50;
const SLOW_BYTE_INTERVAL_MS = 500;
const SLOW_CUT_LIMIT_S = 30;
const BIG_BODY_BYTES = 100 * 1024 * 1024;
const BIG_BODY_STREAM_S = 5;
const FLOOD_CONNECTIONS = 4;
const FLOOD_WINDOW = 4; // requests in flight per flood connection
const FLOOD_S = 10;
const FLOOD_BODY_BYTES = 16 * 1024;
const RSS_LIMIT_MB = 200;
const DB_GROWTH_LIMIT_MB = 10;
const HEALTH_P99_LIMIT_MS = 50;
const HEALTH_INTERVAL_MS = 50;
const ORDER_INTERVAL_MS = 50;
const GLOBAL_TIMEOUT_S = 240;
const WANTED_FILES = 4096;
const LEGIT = '127.0.0.1';

// Python's json.dumps for flat payloads, as trade_interop.mjs signs them.
function pyDumps(obj) {
  return '{' + Object.entries(obj).map(([k, v]) => JSON.stringify(k) + ': ' + JSON.stringify(v)).join(', ') + '}';
}

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

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
}

// ---- the legitimate client (worker thread) ----------------------------------

// Signed orders, alternately selling ETH and ALGO at crossing prices (funded
// by --trust-payments-for-testing, as in trade_interop.mjs); every tenth is
// tampered after signing and must be refused (403, or 429 if the server
// slows refusals down) with a JSON error. Every valid one must get 200.
async function legitimateClient({ port }) {
  const ethers = await import('ethers');
  const { default: algosdk } = await import('algosdk');
  const eth = ethers.Wallet.createRandom();
  const algo = algosdk.generateAccount();
  const algoAddr = algo.addr.toString();
  let stopping = false;
  parentPort.on('message', (m) => {
    if (m === 'stop') stopping = true;
  });
  const health = new KeepAliveClient(port, { localAddress: LEGIT });
  const orders = new KeepAliveClient(port, { localAddress: LEGIT });
  await health.request(rawRequest('GET', '/health'), 5000);
  parentPort.postMessage({ ready: true });

  const healthLoop = async () => {
    const latencies = [];
    const bad = [];
    let next = performance.now();
    while (!stopping) {
      const t0 = performance.now();
      const r = await health.request(rawRequest('GET', '/health'), 5000);
      latencies.push(performance.now() - t0);
      if (!r || r.status !== 200 || jsonOf(r)?.status !== 'ok')
        bad.push(r ? `${r.status} ${r.body.toString('utf8').slice(0, 120)}` : 'no answer');
      next += HEALTH_INTERVAL_MS;
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      else next = performance.now();
    }
    return { latencies, bad, reconnects: health.reconnects, connectFailures: health.connectFailures };
  };

  const orderLoop = async () => {
    const o = { sent: 0, accepted: 0, refusedAsExpected: 0, unanswered: 0, unexpected: [], latencies: [] };
    for (let i = 0; !stopping; i++) {
      const sellsEth = i % 2 === 0;
      const tampered = i % 10 === 9;
      const payload = sellsEth
        ? { sender_pk: eth.address, receiver_pk: algoAddr, buy_currency: 'Algorand', sell_currency: 'Ethereum',
            buy_amount: 500, sell_amount: 0.5, tx_id: '0x' + randomBytes(32).toString('hex') }
        : { sender_pk: algoAddr, receiver_pk: eth.address, buy_currency: 'Ethereum', sell_currency: 'Algorand',
            buy_amount: 0.25, sell_amount: 1000, tx_id: base32(randomBytes(32)) };
      const text = pyDumps(payload);
      const sig = sellsEth ? await eth.signMessage(text)
                           : Buffer.from(algosdk.signBytes(Buffer.from(text), algo.sk)).toString('base64');
      if (tampered) payload.buy_amount *= 2;
      const body = JSON.stringify({ sig, payload });
      const t0 = performance.now();
      const r = await orders.request(rawRequest('POST', '/trade', { body, headers: { 'Content-Type': 'application/json' } }), 15000);
      o.latencies.push(performance.now() - t0);
      o.sent++;
      const json = r ? jsonOf(r) : undefined;
      if (!r) o.unanswered++;
      else if (!tampered && r.status === 200 && Number.isInteger(json?.id)) o.accepted++;
      else if (tampered && (r.status === 403 || r.status === 429) && typeof json?.error === 'string') o.refusedAsExpected++;
      else if (o.unexpected.length < 5) o.unexpected.push(`#${i}${tampered ? ' (tampered)' : ''}: ${r.status} ${r.body.toString('utf8').slice(0, 120)}`);
      else o.unexpected.push('…');
      await sleep(ORDER_INTERVAL_MS);
    }
    o.reconnects = orders.reconnects;
    o.connectFailures = orders.connectFailures;
    return o;
  };

  // This thread's own delays (the machine's load, not the server's): to
  // tell a slow server from a busy machine when /health p99 fails.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const [h, o] = await Promise.all([healthLoop(), orderLoop()]);
  delay.disable();
  health.close();
  orders.close();
  h.ownDelayP99 = delay.percentile(99) / 1e6;
  parentPort.postMessage({ done: true, health: h, orders: o });
}

// ---- the hostile side and the checks (main thread) --------------------------

const results = [];
function report(ok, what, figure) {
  results.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}: ${figure}`);
}

// Every socket the hostile side opened, destroyed at the end or on abort.
const sockets = new Set();
function track(socket) {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  return socket;
}

function openFilesLimit() {
  const m = readFileSync('/proc/self/limits', 'utf8').match(/Max open files\s+(\S+)\s+(\S+)/);
  const n = (s) => (s === 'unlimited' ? Infinity : Number(s));
  return m ? { soft: n(m[1]), hard: n(m[2]) } : { soft: 1024, hard: 1024 };
}

// 2,000 idle connections need more descriptors than the usual soft limit of
// 1,024: run again under a raised one if the hard limit allows it.
function raiseOwnFilesLimit() {
  const { soft, hard } = openFilesLimit();
  if (soft >= WANTED_FILES || hard <= soft || process.env.HOSTILE_API_REEXEC) return;
  const wanted = Math.min(WANTED_FILES, hard);
  const r = spawnSync('bash', ['-c', `ulimit -n ${wanted} && exec "$0" "$@"`, process.execPath, ...process.execArgv,
                               fileURLToPath(import.meta.url), ...process.argv.slice(2)],
                      { stdio: 'inherit', env: { ...process.env, HOSTILE_API_REEXEC: '1' } });
  process.exit(r.status ?? 1);
}

// Other loopback addresses as the hostile peers, where the system lets us
// bind them (Linux does); otherwise everything comes from 127.0.0.1.
async function hostileAddresses(port) {
  const wanted = { idle: '127.0.0.2', slow: '127.0.0.3', big: '127.0.0.4', flood: '127.0.0.5' };
  try {
    (await connect(port, { localAddress: wanted.idle })).destroy();
    return wanted;
  } catch {
    console.log('note: cannot bind 127.0.0.2; all traffic comes from 127.0.0.1');
    return { idle: LEGIT, slow: LEGIT, big: LEGIT, flood: LEGIT };
  }
}

function startServer(exctl, db) {
  // The server's own descriptor limit raised too (within its hard limit),
  // so that it is the server's policy, not the default soft limit, that
  // decides how many connections it keeps.
  const server = spawn('bash', ['-c', `if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt ${WANTED_FILES} ]; then ulimit -n ${WANTED_FILES} 2>/dev/null || true; fi; exec "$0" "$@"`,
                                exctl, '--db', db, 'serve', '--api', '127.0.0.1:0', '--trust-payments-for-testing'],
                       { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderrTail = '';
  server.stderr.on('data', (d) => { stderrTail = (stderrTail + d).slice(-4000); });
  const listening = new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout });
    lines.on('line', (line) => {
      const m = line.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`exctl serve exited ${code}: ${stderrTail}`)));
  });
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  return { server, listening, exited, stderrTail: () => stderrTail };
}

// VmRSS of the server every 100 ms, with the time of each sample.
function watchRss(pid) {
  const samples = [];
  const sample = () => {
    try {
      const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (m) samples.push({ t: performance.now(), mb: Number(m[1]) / 1024 });
    } catch {
      // gone: the exit is checked elsewhere
    }
  };
  const timer = setInterval(sample, 100);
  return {
    sample,
    peak: (from = 0, to = Infinity) => samples.filter((s) => s.t >= from && s.t <= to).reduce((m, s) => Math.max(m, s.mb), 0),
    count: () => samples.length,
    stop: () => clearInterval(timer),
  };
}

function dbBytes(file) {
  let total = 0;
  for (const f of [file, file + '-wal']) if (existsSync(f)) total += statSync(f).size;
  return total;
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);

// Several GETs in one write() on one connection; the answers must come back
// in the order asked, each told apart by what it says.
async function checkPipelining(port) {
  const asked = [
    ['/health', (r, j) => r.status === 200 && j?.status === 'ok'],
    ['/address?platform=Ethereum', (r, j) => r.status === 200 && j?.platform === 'Ethereum'],
    ['/order_book?limit=1', (r, j) => r.status === 200 && Array.isArray(j) && j.length <= 1],
    ['/no/such/path', (r) => r.status === 404],
    ['/address?platform=Algorand', (r, j) => r.status === 200 && j?.platform === 'Algorand'],
    ['/health', (r, j) => r.status === 200 && j?.status === 'ok'],
  ];
  const socket = track(await connect(port, { localAddress: LEGIT }));
  const reader = new ResponseReader(socket);
  socket.write(Buffer.concat(asked.map(([path]) => rawRequest('GET', path))));
  const got = [];
  let ok = true;
  for (const [path, expected] of asked) {
    const r = await reader.next(5000);
    got.push(r ? `${path} ${r.status}` : `${path} no answer`);
    if (!r || !expected(r, jsonOf(r))) ok = false;
  }
  socket.destroy();
  report(ok, `${asked.length} pipelined GETs answered in order`, got.join(', '));
}

// One request on a fresh connection: its answer.
async function ask(port, method, path, body = null) {
  const socket = track(await connect(port, { localAddress: LEGIT }));
  const reader = new ResponseReader(socket);
  socket.write(rawRequest(method, path, { body, headers: body ? { 'Content-Type': 'application/json' } : {} }));
  const r = await reader.next(5000);
  socket.destroy();
  return r;
}

async function checkWrongMethods(port) {
  for (const [method, path, allowed] of [['DELETE', '/trade', 'POST'], ['GET', '/trade', 'POST'], ['PUT', '/health', 'GET'],
                                         ['DELETE', '/order_book', 'GET']]) {
    const r = await ask(port, method, path, method === 'PUT' ? '{}' : null);
    const allow = r?.headers.allow ?? '';
    const ok = r?.status === 405 && allow.split(',').map((s) => s.trim()).includes(allowed) && typeof jsonOf(r)?.error === 'string';
    report(ok, `${method} ${path} -> 405 with Allow (${allowed}) and a JSON error`,
           r ? `${r.status}, Allow "${allow}", body ${JSON.stringify(r.body.toString('utf8').slice(0, 80))}` : 'no answer');
  }
  for (const [method, path] of [['GET', '/no/such/path'], ['POST', '/trade/extra']]) {
    const r = await ask(port, method, path, method === 'POST' ? '{}' : null);
    report(r?.status === 404 && typeof jsonOf(r)?.error === 'string', `${method} ${path} -> 404 with a JSON error`,
           r ? `${r.status}, body ${JSON.stringify(r.body.toString('utf8').slice(0, 80))}` : 'no answer');
  }
}

// Connections that never send a byte, opened 100 at a time; kept open
// until close() (the server may close them first: counted).
async function openIdle(port, count, localAddress) {
  const idle = { opened: 0, failed: 0, closedByServer: 0, sockets: [], closing: false };
  for (let at = 0; at < count; at += 100) {
    const batch = await Promise.allSettled(Array.from({ length: Math.min(100, count - at) },
                                                      () => connect(port, { localAddress, timeoutMs: 3000 })));
    for (const b of batch) {
      if (b.status !== 'fulfilled') {
        idle.failed++;
        continue;
      }
      const s = track(b.value);
      idle.opened++;
      s.on('error', () => {});
      s.on('close', () => {
        if (!idle.closing) idle.closedByServer++;
      });
      idle.sockets.push(s);
    }
  }
  idle.close = () => {
    idle.closing = true;
    for (const s of idle.sockets) s.destroy();
  };
  return idle;
}

// Clients that send a request's headers one byte every 500 ms (never
// finishing); resolves once the server closed every one, or after
// SLOW_CUT_LIMIT_S with those still open closed by us.
async function slowHeaders(port, localAddress) {
  const text = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(400);
  const clients = await Promise.all(Array.from({ length: SLOW_CLIENTS }, async () => {
    const c = { cutAfterS: null, refused: false };
    const start = performance.now();
    let socket;
    try {
      socket = track(await connect(port, { localAddress }));
    } catch {
      c.refused = true;
      c.cutAfterS = 0;
      return c;
    }
    let at = 0;
    const timer = setInterval(() => {
      if (at < text.length && !socket.destroyed) socket.write(text[at++]);
    }, SLOW_BYTE_INTERVAL_MS);
    c.done = new Promise((resolve) => {
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        if (c.cutAfterS === null && !c.ours) c.cutAfterS = (performance.now() - start) / 1000;
        resolve();
      });
    });
    c.stop = () => {
      c.ours = true;
      clearInterval(timer);
      socket.destroy();
    };
    return c;
  }));
  const open = clients.filter((c) => c.done);
  await Promise.race([Promise.all(open.map((c) => c.done)), sleep(SLOW_CUT_LIMIT_S * 1000)]);
  for (const c of open) if (c.cutAfterS === null) c.stop();
  return clients;
}

// Headers announcing 100 MB, then bytes as fast as the server takes them
// for up to BIG_BODY_STREAM_S; the answer wanted is 413 (or a close).
async function bigBody(port, localAddress) {
  const socket = track(await connect(port, { localAddress }));
  socket.on('error', () => {});
  const reader = new ResponseReader(socket);
  let answer;
  const answered = reader.next((BIG_BODY_STREAM_S + 10) * 1000).then((r) => { answer = r; });
  socket.write(`POST /trade HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${BIG_BODY_BYTES}\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let queued = 0;
  const t0 = performance.now();
  while (queued < BIG_BODY_BYTES && answer === undefined && !reader.closed && performance.now() - t0 < BIG_BODY_STREAM_S * 1000) {
    const more = socket.write(chunk);
    queued += chunk.length;
    if (!more) await Promise.race([new Promise((r) => socket.once('drain', r)), sleep(100)]);
    else await new Promise((r) => setImmediate(r));
  }
  const streamedS = (performance.now() - t0) / 1000;
  // What the kernel took from us: queued minus what still waits in Node.
  const taken = Math.max(0, queued - socket.writableLength);
  await Promise.race([answered, sleep(5000)]);
  const closed = reader.closed;
  socket.destroy();
  return { answer, closed, taken, streamedS };
}

// Garbage and unsigned orders, exactly FLOOD_BODY_BYTES each, every one
// different (a numbered tag before filler drawn from a pool).
const fillers = Array.from({ length: 16 }, () => randomBytes(FLOOD_BODY_BYTES).toString('base64'));
function floodBody(n) {
  const filler = fillers[n % fillers.length];
  const shapes = [
    (tag) => tag,
    (tag) => `{"sig": "", "payload": {"sender_pk": "0x0000000000000000000000000000000000000000", "receiver_pk": "x", "buy_currency": "Algorand", "sell_currency": "Ethereum", "buy_amount": 1, "sell_amount": 1, "tx_id": "${tag}`,
    (tag) => `{"sig": "${tag}`,
  ];
  const head = shapes[n % shapes.length](`flood-${n}-`);
  const tail = n % shapes.length === 1 ? '"}}' : n % shapes.length === 2 ? '", "payload": {}}' : '';
  return head + filler.slice(0, FLOOD_BODY_BYTES - head.length - tail.length) + tail;
}

// FLOOD_CONNECTIONS connections, each with FLOOD_WINDOW refusals in flight,
// for FLOOD_S; a connection the server closed is opened again.
async function flood(port, localAddress) {
  const stats = { sent: 0, answered: 0, unanswered: 0, statuses: {}, reconnects: 0 };
  const deadline = performance.now() + FLOOD_S * 1000;
  let n = 0;
  const lane = async () => {
    let socket = null;
    let reader = null;
    while (performance.now() < deadline) {
      if (!socket || reader.closed) {
        if (socket) stats.reconnects++;
        try {
          socket = track(await connect(port, { localAddress, timeoutMs: 2000 }));
          socket.on('error', () => {});
          reader = new ResponseReader(socket);
        } catch {
          socket = null;
          await sleep(50);
          continue;
        }
      }
      for (let k = 0; k < FLOOD_WINDOW; k++) {
        socket.write(rawRequest('POST', '/trade', { body: floodBody(n++), headers: { 'Content-Type': 'application/json' } }));
        stats.sent++;
      }
      for (let k = 0; k < FLOOD_WINDOW; k++) {
        const r = await reader.next(10000);
        if (!r) {
          stats.unanswered += FLOOD_WINDOW - k;
          break;
        }
        stats.answered++;
        stats.statuses[r.status] = (stats.statuses[r.status] || 0) + 1;
      }
    }
    if (socket) socket.destroy();
  };
  await Promise.all(Array.from({ length: FLOOD_CONNECTIONS }, lane));
  return stats;
}

async function main() {
  raiseOwnFilesLimit();
  const exctl = process.argv[2];
  if (!exctl) {
    console.log('usage: node hostile_api.mjs /path/to/exctl');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'hostile-api-'));
  const dbFile = join(dir, 'hostile.db');
  const db = 'sqlite://' + dbFile;
  const init = spawnSync(exctl, ['--db', db, 'init', '--demo'], { encoding: 'utf8' });
  if (init.status !== 0) {
    console.log(`FAIL exctl init --demo: ${init.stdout}${init.stderr}`);
    process.exit(1);
  }

  const started = startServer(exctl, db);
  let worker = null;
  const abort = (why) => {
    console.log(`FAIL ${why}; the server is killed`);
    started.server.kill('SIGKILL');
    for (const s of sockets) s.destroy();
    if (worker) worker.terminate();
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  };
  const globalTimer = setTimeout(() => abort(`not finished within ${GLOBAL_TIMEOUT_S} s`), GLOBAL_TIMEOUT_S * 1000);
  process.on('uncaughtException', (e) => abort(e.stack || String(e)));
  process.on('unhandledRejection', (e) => abort(e?.stack || String(e)));

  const port = await started.listening;
  const pid = started.server.pid;
  // bash exec'd the server in its own process: the RSS read is the server's.
  const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  if (comm === 'bash') abort(`pid ${pid} is still bash, not the server`);
  const rss = watchRss(pid);
  const addresses = await hostileAddresses(port);
  const idleWanted = Math.min(IDLE_CONNECTIONS, openFilesLimit().soft - 300);
  if (idleWanted < IDLE_CONNECTIONS)
    console.log(`note: the descriptor limit allows only ${idleWanted} idle connections (raise ulimit -n for ${IDLE_CONNECTIONS})`);

  await checkPipelining(port);
  await checkWrongMethods(port);

  // The legitimate client, from before the first hostile byte to after the last.
  worker = new Worker(fileURLToPath(import.meta.url), { workerData: { port } });
  const legitimate = new Promise((resolve, reject) => {
    worker.on('message', (m) => { if (m.done) resolve(m); });
    worker.on('error', reject);
  });
  await new Promise((resolve, reject) => {
    worker.on('message', (m) => { if (m.ready) resolve(); });
    worker.on('error', reject);
  });
  const t0 = performance.now();
  await sleep(1000);

  const idle = await openIdle(port, idleWanted, addresses.idle);
  console.log(`info: ${idle.opened} idle connections open (${idle.failed} could not connect)`);
  const slow = slowHeaders(port, addresses.slow);
  await sleep(1000);

  rss.sample();
  const bigFrom = performance.now();
  const big = await bigBody(port, addresses.big);
  rss.sample();
  const bigPeak = rss.peak(bigFrom, performance.now());
  const bigOk = ((big.answer && big.answer.status === 413) || big.closed) && bigPeak < RSS_LIMIT_MB;
  report(bigOk, `100 MB body answered 413 or closed, RSS under ${RSS_LIMIT_MB} MB`,
         `${big.answer ? 'answered ' + big.answer.status : big.closed ? 'closed' : 'no answer'} after ${mb(big.taken)} MB taken in ${big.streamedS.toFixed(1)} s, RSS peak ${bigPeak.toFixed(1)} MB`);

  const before = dbBytes(dbFile);
  const floodStats = await flood(port, addresses.flood);
  await sleep(1000);
  const growth = dbBytes(dbFile) - before;
  const accepted = Object.entries(floodStats.statuses).filter(([s]) => s < 300).reduce((a, [, c]) => a + c, 0);
  report(growth < DB_GROWTH_LIMIT_MB * 1024 * 1024, `database grows by less than ${DB_GROWTH_LIMIT_MB} MB for the refusal flood`,
         `${mb(growth)} MB (db + wal) for ${floodStats.sent} garbage 16 KB POST /trade in ${FLOOD_S} s; answers ${JSON.stringify(floodStats.statuses)}, ${floodStats.unanswered} unanswered, ${floodStats.reconnects} reconnects`);
  report(accepted === 0, 'no garbage order accepted', `${accepted} answered 2xx`);

  const slowClients = await slow;
  const cut = slowClients.filter((c) => c.cutAfterS !== null);
  const lastCut = cut.reduce((m, c) => Math.max(m, c.cutAfterS), 0);
  report(cut.length === SLOW_CLIENTS, `slow-header clients cut by the server within ${SLOW_CUT_LIMIT_S} s`,
         `${cut.length}/${SLOW_CLIENTS} cut (${cut.filter((c) => c.refused).length} refused at connect), the last after ${lastCut.toFixed(1)} s`);

  worker.postMessage('stop');
  const legit = await Promise.race([legitimate, sleep(30000).then(() => null)]);
  const runS = (performance.now() - t0) / 1000;
  idle.close();
  console.log(`info: ${idle.closedByServer} of ${idle.opened} idle connections were closed by the server during the run`);
  if (!legit) {
    report(false, 'the legitimate client finished', 'no result within 30 s of stop');
  } else {
    const o = legit.orders;
    const orderLatency = o.latencies.slice().sort((a, b) => a - b);
    report(o.unanswered === 0 && o.unexpected.length === 0 && o.accepted > 0,
           'every legitimate order answered (200, or 403/429 for a tampered one)',
           `${o.sent} sent in ${runS.toFixed(1)} s: ${o.accepted} accepted, ${o.refusedAsExpected} tampered refused, ${o.unanswered} unanswered, ${o.unexpected.length} unexpected ${o.unexpected.join(' | ')}; p99 ${percentile(orderLatency, 0.99).toFixed(1)} ms, ${o.reconnects} reconnects, ${o.connectFailures} failed connects`);
    const h = legit.health;
    const sorted = h.latencies.slice().sort((a, b) => a - b);
    const p99 = percentile(sorted, 0.99);
    report(p99 < HEALTH_P99_LIMIT_MS && h.bad.length === 0, `/health p99 under ${HEALTH_P99_LIMIT_MS} ms, every answer 200 ok`,
           `p99 ${p99.toFixed(1)} ms (client's own event-loop delay p99 ${h.ownDelayP99.toFixed(1)} ms; p50 ${percentile(sorted, 0.5).toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)}) over ${sorted.length} reads; ${h.bad.length} not 200 ok ${h.bad.slice(0, 3).join(' | ')}; ${h.connectFailures} failed connects`);
  }
  await worker.terminate();

  const peak = rss.peak();
  report(peak < RSS_LIMIT_MB, `server RSS under ${RSS_LIMIT_MB} MB throughout`, `peak ${peak.toFixed(1)} MB over ${rss.count()} samples`);
  rss.stop();
  for (const s of sockets) s.destroy();

  started.server.kill('SIGTERM');
  const exit = await Promise.race([started.exited, sleep(20000).then(() => null)]);
  if (!exit) started.server.kill('SIGKILL');
  report(exit?.code === 0, 'SIGTERM stops the server with exit 0',
         exit ? `exit ${exit.code}${exit.signal ? ' signal ' + exit.signal : ''}` : 'still running after 20 s: killed');
  if (exit?.code !== 0) console.log(`server stderr (tail): ${started.stderrTail()}`);
  const ledger = spawnSync(exctl, ['--db', db, 'ledger', 'check'], { encoding: 'utf8' });
  report(ledger.status === 0, 'the ledger checks clean after the run', `exit ${ledger.status}`);
  clearTimeout(globalTimer);

  const failed = results.filter((ok) => !ok).length;
  console.log(`hostile_api: ${results.length - failed} passed, ${failed} failed`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

if (isMainThread) await main();
else await legitimateClient(workerData);
