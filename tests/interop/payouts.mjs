// Automatic ETH payouts from the hot wallet against a real local node:
// ganache, in this process on a free loopback port (issue 8, point 5).
// After the demo's own queued payout, ten withdrawals are signed in one run
// while a proxy drops every eth_sendRawTransaction (as if the process died
// between signing and sending): they must carry ten consecutive nonces, and
// after a retry the same ten transactions (never new ones) are sent and
// paid, each destination receiving its amount exactly once. A short hot wallet sends
// a withdrawal to error saying by how much; `exctl payouts run` killed with
// SIGKILL at later and later moments never pays anyone twice; the ledger
// check stays clean throughout. Once the vault pins an admin's key, every
// request is signed by the clerk who makes it (a key an admin registered),
// and the demo's queued withdrawal, which nobody signed, is held.
// Usage: node payouts.mjs /path/to/exctl
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import * as ethers from 'ethers';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('payouts');
const { db, run, json, enrol } = exctlWithScratchDb(exctl, 'payouts');
const DEMO_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const PASS = 'demo-vault-passphrase'; // the demo's vault, made by the demo admin
const CONFIRMATIONS = 2;
const demoKey = (index) => ethers.HDNodeWallet.fromPhrase(DEMO_MNEMONIC, undefined, `m/44'/60'/0'/0/${index}`);

const { node, url, provider, funded, mine } = await startGanache(ethers, { accounts: 2 });

// A proxy in front of the node that can drop eth_sendRawTransaction.
let dropSends = false;
const proxy = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  if (dropSends && body.includes('eth_sendRawTransaction')) {
    res.destroy();
    return;
  }
  const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  res.writeHead(answer.status, { 'content-type': 'application/json' });
  res.end(await answer.text());
});
await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const proxyUrl = `http://127.0.0.1:${proxy.address().port}`;

const hot = demoKey(0);
// Every transaction hot sent, from the chain itself.
async function hotTransactions() {
  const txs = [];
  const top = await provider.getBlockNumber();
  for (let n = 0; n <= top; n++) {
    const b = await provider.getBlock(n, true);
    for (const tx of b.prefetchedTransactions)
      if (ethers.getAddress(tx.from) === hot.address) txs.push(tx);
  }
  return txs;
}
async function gasOf(txs) {
  let gas = 0n;
  for (const tx of txs) {
    const r = await provider.getTransactionReceipt(tx.hash);
    gas += r.gasUsed * r.gasPrice;
  }
  return gas;
}
// Requests are signed by whichever clerk has a code free (set below).
let clerks = [];
const request = async (to, amount) =>
  json(['withdraw', 'request', '--customer', '3', '--asset', 'ETH', '--to', to, '--amount', amount], { as: clerks });
const withdrawal = async (id) => (await json(['withdrawals', 'list', '--customer', '3'])).find((w) => w.id === id);

try {
  await run(['init', '--demo']);
  // Eleven retries below, each a person's decision with a two-factor code
  // (two codes per person at once): five approvers besides the demo's.
  const approvers = ['approver', ...(await enrol('approver', 5))];
  // Three more admins (two codes each at once): one sets the node, one is
  // registered by the demo admin (whom the demo's vault pins) and
  // registers the third, who registers two approvers' keys.
  const [nodeAdmin, vaultAdmin, keyAdmin] = await enrol('admin', 3);
  // Three clerks sign the requests (never an approver: nobody approves
  // their own request).
  clerks = await enrol('operator', 3);
  // The node is what the signer talks to: set by an admin whose key the
  // demo admin (whom the vault pins) registered, or the signer ignores it.
  await run(['operator', 'register-key', nodeAdmin], { as: 'admin' });
  await run(['chain', 'set', 'ethereum', '--node', proxyUrl, '--confirmations', String(CONFIRMATIONS), '--network', '1337'], { as: nodeAdmin });
  const walletList = await json(['wallets']);
  const registeredHot = (walletList.wallets ?? walletList).find((w) => w.chain === 'ethereum' && w.tier === 'hot');
  check(registeredHot?.address === hot.address, "the demo's hot wallet is m/44'/60'/0'/0/0", registeredHot);

  // The demo admin made the vault and is pinned in it: the signer verifies
  // approvals against that key and the registrations it signed.
  await run(['operator', 'register-key', vaultAdmin], { as: 'admin' });
  await run(['operator', 'register-key', keyAdmin], { as: vaultAdmin });
  for (const who of approvers.slice(0, 2)) await run(['operator', 'register-key', who], { as: keyAdmin });
  for (const who of clerks) await run(['operator', 'register-key', who], { as: [vaultAdmin, keyAdmin] });
  const unsigned = await run(['withdraw', 'request', '--customer', '3', '--asset', 'ETH', '--to', hot.address, '--amount', '0.1'],
                             { expect: 1 });
  check(/must be signed: exctl --operator NAME/.test(unsigned.stderr), 'with a pin, a request without --operator is refused',
        unsigned.stderr);
  const wrongKey = await run(['vault', 'import-hot-key', '--chain', 'ethereum'], { input: PASS + '\n' + demoKey(7).privateKey + '\n', expect: null });
  check(wrongKey.status === 1 && /not the hot wallet/.test(wrongKey.stderr), 'a key that is not hot\'s is refused', wrongKey.stderr);
  await run(['vault', 'import-hot-key', '--chain', 'ethereum'], { input: PASS + '\n' + hot.privateKey + '\n' });

  // The demo's own queue first: Ada's 0.5 ETH, within limits, requested
  // and signed by the demo operator, whose key the demo admin registered.
  // The signer finds nothing to hold; hot is still empty, so it waits in
  // error, nothing sent and no nonce taken.
  const demoQueue = await json(['withdrawals', 'list', '--state', 'processing', '--asset', 'ETH']);
  check(demoQueue.length === 1 && ethers.parseEther(demoQueue[0].amount) === ethers.parseEther('0.5'), "the demo's queue: one ETH payout", demoQueue);
  const demoRun = await json(['payouts', 'run'], { input: PASS + '\n', expect: null });
  const demoNow = (await json(['withdrawals', 'list', '--asset', 'ETH'])).find((w) => w.id === demoQueue[0].id);
  check(demoRun.signed === 0 && (demoRun.held_for_integrity ?? 0) === 0 && demoRun.errors === 1 && demoNow.state === 'error'
        && /short/.test(demoNow.note ?? ''),
        "the demo's signed request passes the signer's checks; hot is short, so it waits in error", { demoRun, demoNow });
  check((await provider.getBalance(demoQueue[0].destination)) === 0n, "nothing was sent for the demo's withdrawal");
  await (await (await provider.getSigner(funded[0].address)).sendTransaction({ to: hot.address, value: ethers.parseEther('2') })).wait();

  // Ten withdrawals to ten fresh addresses, signed in one run while every
  // send is dropped.
  const destinations = Array.from({ length: 10 }, () => ethers.Wallet.createRandom().address);
  const ids = [];
  for (const [i, to] of destinations.entries())
    ids.push((await request(to, `0.1${i}`)).id);
  const states = await Promise.all(ids.map(async (id) => (await withdrawal(id)).state));
  check(states.every((s) => s === 'processing'), 'within limits: processing', states);
  dropSends = true;
  const first = await json(['payouts', 'run'], { input: PASS + '\n', expect: 1 });
  check(first.signed === 10 && first.broadcast === 0 && first.errors === 10, 'ten signed and kept; the node was unreachable', first);
  check((await provider.getTransactionCount(hot.address, 'pending')) === 0, 'nothing reached the node');
  const inError = await Promise.all(ids.map(async (id) => (await withdrawal(id)).state));
  check(inError.every((s) => s === 'error'), 'each withdrawal is in error, its transaction kept', inError);
  const again = await json(['payouts', 'run'], { input: PASS + '\n' });
  check(again.signed === 0, 'a run leaves errors to the operator: nothing new signed', again);

  dropSends = false;
  // A retry is a person's decision: the approvers take turns (each code once
  // per operator and step).
  for (const id of ids) await run(['withdrawals', 'retry', String(id)], { as: approvers });
  const sent = await json(['payouts', 'run'], { input: PASS + '\n' });
  check(sent.signed === 0 && sent.broadcast === 10, 'after the retry the same ten are sent, none signed anew', sent);
  let txs = await hotTransactions();
  const nonces = txs.map((tx) => tx.nonce).sort((a, b) => a - b);
  check(JSON.stringify(nonces) === JSON.stringify([...Array(10).keys()]), 'ten payouts in a row carry nonces 0…9', nonces);
  check(txs.every((tx) => tx.type === 2 && tx.gasLimit === 21000n), 'EIP-1559 transfers of 21,000 gas', txs.map((t) => [t.type, String(t.gasLimit)]));

  await mine(CONFIRMATIONS);
  const followed = await json(['payouts', 'follow']);
  check(followed.succeeded === 10 && followed.awaiting === 0, 'all ten paid after the confirmations', followed);
  for (const [i, to] of destinations.entries()) {
    const balance = await provider.getBalance(to);
    check(balance === ethers.parseEther(`0.1${i}`), `destination ${i} received exactly its amount`, ethers.formatEther(balance));
  }
  const paid = await Promise.all(ids.map(withdrawal));
  check(paid.every((w) => w.state === 'succeeded'), 'the withdrawals succeeded', paid.map((w) => w.state));
  const onChain = new Map(txs.map((tx) => [tx.hash.toLowerCase(), ethers.getAddress(tx.to)]));
  check(paid.every((w, i) => onChain.get(w.txid) === destinations[i]), 'each withdrawal names the transaction that paid its destination',
        paid.map((w) => w.txid));
  const spent = destinations.reduce((acc, _, i) => acc + ethers.parseEther(`0.1${i}`), 0n) + (await gasOf(txs));
  check((await provider.getBalance(hot.address)) === ethers.parseEther('2') - spent, 'hot paid the amounts and the gas, to the wei');
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after the payouts');

  // Hot holds about 0.55 ETH: 1 ETH cannot go, and the run says by how much.
  const big = (await request(ethers.Wallet.createRandom().address, '1')).id;
  const short = await run(['payouts', 'run'], { input: PASS + '\n', expect: 1 });
  check(/hot is short by/.test(short.stdout) && /replenish/.test(short.stdout), 'a short hot wallet asks for replenishment', short.stdout);
  const bigNow = await withdrawal(big);
  check(bigNow.state === 'error' && /hot wallet short/.test(bigNow.note ?? ''), 'the withdrawal is in error, saying why', bigNow);

  // Kill test: replenish hot, queue four more, and SIGKILL `payouts run`
  // at later and later moments until one finishes.
  await (await (await provider.getSigner(funded[1].address)).sendTransaction({ to: hot.address, value: ethers.parseEther('20') })).wait();
  await run(['withdrawals', 'retry', String(big)], { as: approvers });
  const more = Array.from({ length: 4 }, () => ethers.Wallet.createRandom().address);
  const moreIds = [big];
  for (const to of more) moreIds.push((await request(to, '0.25')).id);
  let kills = 0;
  let finished = false;
  // From before the vault is open (the demo's derives its key in tens of
  // ms) to a run's end, a little later each time.
  for (let attempt = 0, delay = 20; attempt < 160 && !finished; attempt++, delay += 5 + Math.floor(Math.random() * 8)) {
    const child = spawn(exctl, ['--db', db, 'payouts', 'run'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve(signal)));
    child.stdin.on('error', () => {}); // killed before it read the passphrase
    child.stdin.end(PASS + '\n');
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      kills++;
    }
    finished = (await closed) === null;
  }
  check(kills > 2, 'runs were killed at many moments', kills);
  console.log(`exctl payouts run killed ${kills} times${finished ? ' before one ran to its end' : ''}`);
  const last = await run(['payouts', 'run'], { input: PASS + '\n', expect: null });
  if (last.status !== 0) console.log(`the run after the kills said (exit ${last.status}): ${last.stderr.trim()}`);
  await mine(CONFIRMATIONS);
  const settled = await json(['payouts', 'follow'], { expect: null });
  check(settled.awaiting === 0, 'after the kills every payout is decided', settled);
  const finalStates = await Promise.all(moreIds.map(async (id) => (await withdrawal(id)).state));
  check(finalStates.every((s) => s === 'succeeded'), 'the five withdrawals are paid', finalStates);
  txs = await hotTransactions();
  check(txs.length === 15, 'exactly one transaction per withdrawal left hot', txs.length);
  for (const to of more)
    check((await provider.getBalance(to)) === ethers.parseEther('0.25'), 'paid once, never twice', to);
  const allSpent = destinations.reduce((acc, _, i) => acc + ethers.parseEther(`0.1${i}`), 0n) + ethers.parseEther('2') + (await gasOf(txs));
  check((await provider.getBalance(hot.address)) === ethers.parseEther('22') - allSpent, 'hot is exact to the wei after the kills');
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after the kills');

  // Over the limits, approved: the signer pays what two registered
  // approvers signed, and holds what only one of them did (the other's key
  // was never registered by an admin), whatever the approval rows say.
  // Signed by a registered admin: the limits the signer goes by. 3.45 ETH
  // left for customer 3 in the last 24 hours, so 1.2 more is over 4.
  await run(['asset', 'set', 'ETH', '--limit-24h', '4', '--four-eyes', '1'], { as: [keyAdmin, vaultAdmin] });
  const approvedTo = ethers.Wallet.createRandom().address;
  const unverifiedTo = ethers.Wallet.createRandom().address;
  const approved = (await request(approvedTo, '1.2')).id;
  const unverified = (await request(unverifiedTo, '1.2')).id;
  const reviewed = await Promise.all([approved, unverified].map(async (id) => (await withdrawal(id)).state));
  check(reviewed.every((s) => s === 'under_review'), 'over the 24h limit: both wait for review', reviewed);
  for (const who of approvers.slice(0, 2)) await run(['withdrawals', 'approve', String(approved)], { as: who });
  await run(['withdrawals', 'approve', String(unverified)], { as: approvers.slice(0, 2) });
  await run(['withdrawals', 'approve', String(unverified)], { as: approvers.slice(2) });
  const signedRun = await json(['payouts', 'run'], { input: PASS + '\n', expect: null });
  check(signedRun.signed === 1 && signedRun.held_for_integrity === 1, 'one paid on verified approvals, one held', signedRun);
  await mine(CONFIRMATIONS);
  await json(['payouts', 'follow']);
  check((await withdrawal(approved)).state === 'succeeded' && (await provider.getBalance(approvedTo)) === ethers.parseEther('1.2'),
        'two verified approvals: paid, exactly');
  const heldNow = await withdrawal(unverified);
  check(heldNow.state === 'held_for_integrity' && (await provider.getBalance(unverifiedTo)) === 0n,
        'one verified approval of two: held, nothing sent', heldNow);
  check(/that the signer can verify/.test(heldNow.note ?? ''), 'the hold says which check failed', heldNow.note);
} catch (e) {
  crashed(e);
} finally {
  proxy.close();
  await node.close();
}
finish();
