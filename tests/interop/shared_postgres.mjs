// Several operators on one PostgreSQL (issue 9): the server (`exctl
// serve`) and two consoles' model stacks, each in a process of its own
// (exchange_modelprobe, the Withdrawals screen's model with the change
// feed), on a private PostgreSQL database.
//
// - A change committed by a third process (exctl) reaches both consoles'
//   models within a second, through LISTEN/NOTIFY, without a reload.
// - Two operators deciding the same withdrawal at the same moment, through
//   their models: exactly one succeeds; the other is refused with the name
//   of the one who handled it, and both consoles end up showing the same.
// - Four-eyes: two approvers at the same moment on a withdrawal that needs
//   both: it ends approved with two approvals, never stuck.
// - The books stay exact: `exctl ledger check` and `audit verify`.
//
//   node shared_postgres.mjs EXCTL MODELPROBE   (under the ctest fixture postgres)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { checks, exctlOn, scratchPostgres } from './harness.mjs';

const [exctl, probeBinary] = process.argv.slice(2);
const { check, crashed, finish } = checks('interop_shared_postgres');
const ALGO_DESTINATION = '7FTHQGTVHHK4TDNAR5YDFGIWJWCAXIR7IW2OQBKSF7K2J6RUXUOUKXWZ4Q';
const XLM_DESTINATION = 'GCKGC5P3SFVCJNIEFHNOQGDT2Z7VFSLHKG24LFCA6JLUOCORVU5EYI6O';
const now = () => process.hrtime.bigint(); // CLOCK_MONOTONIC, as the probes' mono_ns

// One console's model stack; events are its JSON lines.
function startProbe(db, as) {
  const child = spawn(probeBinary, ['--db', db, '--as', as], { stdio: ['pipe', 'pipe', 'inherit'] });
  const events = [];
  const waiters = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const event = JSON.parse(line);
    events.push(event);
    for (const w of [...waiters]) {
      if (w.predicate(event)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  });
  const ended = new Promise((resolve) => child.on('close', resolve));
  return {
    as,
    events,
    send: (line) => child.stdin.write(line + '\n'),
    // The first event from index `from` on that satisfies predicate.
    waitFor(predicate, { from = 0, ms = 10000, what = 'an event' } = {}) {
      const seen = events.slice(from).find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { predicate, resolve };
        waiters.push(w);
        setTimeout(() => {
          if (waiters.includes(w)) {
            waiters.splice(waiters.indexOf(w), 1);
            reject(new Error(`${as}: no ${what} within ${ms} ms`));
          }
        }, ms);
      });
    },
    stop: () => { child.stdin.end(); return ended; },
  };
}

const answerFor = (id) => (e) =>
  (e.event === 'acted' && e.id === id) || (e.event === 'refused' && new RegExp(`Withdrawal ${id}\\b`).test(e.message));

const pg = scratchPostgres('shared');
const { db, run, json, enrol } = exctlOn(exctl, pg.url);
let serve;
const probes = [];
try {
  await run(['init', '--demo']);
  // The vault pins the demo admin's key: a request is signed by whoever
  // makes it, here the demo operator and clerks enough for two codes each.
  const clerks = ['operator', ...(await enrol('operator', 6))];

  // The server, attached like the consoles.
  serve = spawn(exctl, ['--db', db, 'serve', '--api', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const serveOut = createInterface({ input: serve.stdout });
  const apiBase = await new Promise((resolve, reject) => {
    serveOut.on('line', (line) => {
      const m = /listening on (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]);
    });
    serve.on('close', (code) => reject(new Error(`exctl serve ended (${code}) before listening`)));
  });
  const health = await (await fetch(apiBase + '/health')).json();
  check(health.database !== undefined, 'the server reports its health', health);

  const alice = startProbe(db, 'alice');
  const bob = startProbe(db, 'bob');
  probes.push(alice, bob);
  for (const p of probes) await p.waitFor((e) => e.event === 'ready', { what: 'ready' });

  // 1. A change made elsewhere reaches both consoles' models.
  const latencies = [];
  for (const id of [4]) {
    const from = probes.map((p) => p.events.length);
    await run(['withdrawals', 'approve', String(id)], { as: 'approver' });
    const committed = now();
    for (const [i, p] of probes.entries()) {
      const row = await p.waitFor((e) => e.event === 'row' && e.id === id && e.state === 'approved',
                                  { from: from[i], what: `withdrawal ${id} approved` });
      latencies.push(Number(BigInt(row.mono_ns) - committed) / 1e6);
    }
  }
  check(latencies.every((ms) => ms < 1000), 'another process\'s approval reached both models within a second', latencies);
  console.log(`exctl's approval seen by the consoles' models after ${latencies.map((ms) => ms.toFixed(1)).join(' and ')} ms (from exctl's exit)`);

  // 2. Two operators decide the same withdrawal at the same moment.
  await run(['ledger', 'adjust', '--customer', '5', '--asset', 'ALGO', '--amount', '400000', '--reason', 'interop: funds to withdraw']);
  const rounds = [];
  for (let i = 0; i < 12; i++) {
    const made = await json(['withdraw', 'request', '--customer', '5', '--asset', 'ALGO', '--to', ALGO_DESTINATION, '--amount', '25000'],
                            { as: clerks });
    check(made.state === 'under_review', 'a withdrawal over the 24h limit waits for review', made);
    rounds.push(made.id);
  }
  for (const [i, id] of rounds.entries()) {
    // Even rounds: both approve; odd rounds: Alice approves while Bob rejects.
    const from = probes.map((p) => p.events.length);
    alice.send(`approve ${id}`);
    bob.send(i % 2 === 0 ? `approve ${id}` : `reject ${id} interop: a race with an approval`);
    const answers = await Promise.all(probes.map((p, k) => p.waitFor(answerFor(id), { from: from[k], what: `an answer on ${id}` })));
    const winners = answers.filter((a) => a.event === 'acted');
    check(winners.length === 1, `withdrawal ${id}: exactly one decision succeeds`, answers);
    if (winners.length !== 1) continue;
    const winner = probes[answers.indexOf(winners[0])].as;
    const refusal = answers.find((a) => a.event === 'refused');
    check(/already/.test(refusal.message) && refusal.message.includes(winner),
          `withdrawal ${id}: the refusal names who handled it (${winner})`, refusal.message);
    const expected = answers.indexOf(winners[0]) === 1 && i % 2 === 1 ? 'rejected' : 'approved';
    const stored = (await json(['withdrawals', 'list', '--state', expected])).find((w) => w.id === id);
    check(stored !== undefined, `withdrawal ${id} is stored ${expected}, as the winner decided`);
    // Both consoles show the outcome.
    for (const [k, p] of probes.entries()) {
      await p.waitFor((e) => e.event === 'row' && e.id === id && e.state === expected, { from: from[k], what: `${id} ${expected}` })
        .then(() => check(true), (e) => check(false, e.message));
    }
  }

  // 3. Four-eyes: both approvals at the same moment are both needed.
  await run(['ledger', 'adjust', '--customer', '3', '--asset', 'XLM', '--amount', '20000', '--reason', 'interop: funds to withdraw']);
  const big = await json(['withdraw', 'request', '--customer', '3', '--asset', 'XLM', '--to', XLM_DESTINATION, '--amount', '15000'],
                         { as: clerks });
  {
    const from = probes.map((p) => p.events.length);
    alice.send(`approve ${big.id}`);
    bob.send(`approve ${big.id}`);
    const answers = await Promise.all(probes.map((p, k) => p.waitFor(answerFor(big.id), { from: from[k], what: 'four-eyes answer' })));
    check(answers.every((a) => a.event === 'acted'), 'two approvers at the same moment: both approvals count', answers);
    for (const [k, p] of probes.entries()) {
      await p.waitFor((e) => e.event === 'row' && e.id === big.id && e.state === 'approved' && e.approvals === 2,
                      { from: from[k], what: 'approved with two approvals' })
        .then(() => check(true), (e) => check(false, e.message));
    }
  }

  const ledger = await run(['ledger', 'check'], { expect: null });
  check(ledger.status === 0, 'ledger check is clean', ledger.stdout + ledger.stderr);
  const audit = await run(['audit', 'verify'], { expect: null });
  check(audit.status === 0, 'the audit chain verifies', audit.stdout + audit.stderr);
} catch (e) {
  crashed(e);
} finally {
  for (const p of probes) await p.stop();
  if (serve && serve.exitCode === null) {
    serve.kill('SIGTERM');
    await new Promise((resolve) => serve.on('close', resolve));
  }
  pg.drop();
}
finish();
