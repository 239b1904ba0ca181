// Manual payouts against a real local node: ganache, in this process on a
// free loopback port. A warm wallet registered with `exctl wallet add`
// (a fresh key ethers makes, funded from ganache's test accounts) pays
// withdrawals outside the system, as an operator would with an offline
// signer; `exctl withdrawals txid` must accept only the transaction that
// pays the withdrawal's destination at least its amount from a warm wallet,
// once confirmed, and refuse everything else in plain words with nothing
// changed: another address, too little, another sender, unconfirmed, the
// same TxId twice or for another withdrawal, an unreachable node.
// Usage: node manual_payout.mjs /path/to/exctl
import * as ethers from 'ethers';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('manual payout');
const { dir, run, json, enrol } = exctlWithScratchDb(exctl, 'manual-payout');
const CONFIRMATIONS = 2;

const { node, url, provider, funded, mine } = await startGanache(ethers, { accounts: 2 });

// What the store holds that a refused upload must leave alone.
const snapshot = async (id) => {
  const w = (await json(['withdrawals', 'list'])).find((x) => x.id === id);
  const balances = (await run(['ledger', 'balances', '--json'])).stdout;
  // Signing in to decide is audited ("login"); what a refusal must not add is anything else.
  const audits = (await json(['audit', 'list'])).filter((a) => a.action !== 'login').length;
  return JSON.stringify({ state: w?.state, txid: w?.txid ?? null, balances, audits });
};

try {
  await run(['init', '--demo']);
  // Seven decisions for an admin and ten uploads below, each with a
  // two-factor code (two codes per person at once): three admins and five
  // approvers besides the demo's, so that no one waits for the clock.
  const admins = ['admin', ...(await enrol('admin', 3))];
  const approvers = await enrol('approver', 5);
  // The vault pins the demo admin's key: a request is signed by whoever makes it.
  const clerks = ['operator', ...(await enrol('operator', 2))];
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', String(CONFIRMATIONS), '--network', '1337'], { as: admins });
  // Every ETH withdrawal here is reviewed, so nothing is paid from hot (the
  // limits just above the demo's fee: a fee may not reach the 24h limit).
  await run(['asset', 'set', 'ETH', '--limit-24h', '0.001', '--limit-72h', '0.001'], { as: admins });

  // The warm wallet: a key only this test holds (a watch-only address for
  // the exchange), funded from ganache's test account.
  const warm = ethers.Wallet.createRandom().connect(provider);
  await run(['wallet', 'add', '--chain', 'ethereum', '--tier', 'warm', '--address', warm.address.toLowerCase()]);
  const funding = await (await provider.getSigner(funded[0].address)).sendTransaction({ to: warm.address, value: ethers.parseEther('20') });
  await funding.wait();

  const destination = ethers.Wallet.createRandom().address; // EIP-55, as ethers spells it
  const other = ethers.Wallet.createRandom().address;
  await run(['ledger', 'adjust', '--customer', '1', '--asset', 'ETH', '--amount', '10', '--reason', 'interop: manual payouts']);
  let checkedFourEyes = 0;
  const request = async (amount) => {
    const w = await json(['withdraw', 'request', '--customer', '1', '--asset', 'ETH', '--to', destination.toLowerCase(), '--amount', amount],
                         { as: clerks });
    check(w.state === 'under_review', `a withdrawal of ${amount} ETH waits for review`, w);
    // exctl alone (cli:<user>) decides nothing about where money goes.
    const alone = await run(['withdrawals', 'manual', String(w.id)], { expect: 1 });
    check(alone.stderr.includes('deciding where money goes needs an operator'),
          'exctl without --operator does not send it to manual payout', alone.stderr);
    // Four eyes before manual payout: not without an approval by someone
    // other than the requester (checked once).
    if (checkedFourEyes++ === 0) {
      const unapproved = await run(['withdrawals', 'manual', String(w.id)], { expect: 1, as: admins });
      check(unapproved.stderr.includes('needs an approval by someone other than the requester'),
            'without an approval it is not sent to manual payout', unapproved.stderr);
    }
    // An approver at a console approves it (played by the approval's row).
    execFileSync('sqlite3', [join(dir, 'exchange.db'),
      `INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (${w.id}, 'interop-approver', 1)`]);
    const manual = await json(['withdrawals', 'manual', String(w.id), '--note', 'interop: paid from warm'], { as: admins });
    check(manual.state === 'manual_payout', 'withdrawals manual: manual_payout', manual);
    check(Array.isArray(manual.pay_from) && manual.pay_from.includes(warm.address), 'it names the warm wallet to pay from', manual.pay_from);
    return w;
  };
  const first = await request('2');
  check(first.destination === destination, 'the destination is stored in its EIP-55 spelling', first.destination);

  const send = async (signer, to, ether) => {
    const tx = await signer.sendTransaction({ to, value: ethers.parseEther(ether) });
    const receipt = await tx.wait();
    return { hash: tx.hash.toLowerCase(), fee: receipt.gasUsed * receipt.gasPrice };
  };
  const refused = async (id, txid, pattern, what) => {
    const before = await snapshot(id);
    // The approvers take turns: each code once per operator and step.
    const r = await run(['withdrawals', 'txid', String(id), txid], { expect: null, as: approvers });
    check(r.status === 1 && pattern.test(r.stderr), what, r.stderr);
    check((await snapshot(id)) === before, `${what}: nothing changed`);
  };

  // The warm wallet pays someone else: refused, naming both addresses.
  const wrong = await send(warm, other, '2');
  await mine(CONFIRMATIONS);
  await refused(first.id, wrong.hash, new RegExp(`pays ${other} not ${destination}`), 'a TxId paying the wrong address is refused');

  // The right payment, still short of its confirmations: not yet.
  const right = await send(warm, destination, '2');
  await refused(first.id, right.hash, /not confirmed yet/, 'an unconfirmed TxId is refused');

  // A node that cannot be reached: refused, nothing changed.
  await mine(CONFIRMATIONS);
  await run(['chain', 'set', 'ethereum', '--node', 'http://127.0.0.1:9', '--confirmations', String(CONFIRMATIONS)], { as: admins });
  await refused(first.id, right.hash, /could not be checked/, 'an unreachable node is reported');
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', String(CONFIRMATIONS)], { as: admins });

  // Confirmed: accepted, in any spelling of the hash.
  const networkFees = async () => {
    const a = (await json(['ledger', 'balances', '--asset', 'ETH'])).accounts.find((x) => x.kind === 'expense' && x.owner === 'network_fees');
    return a ? ethers.parseEther(a.balance) : 0n;
  };
  const feesBefore = await networkFees();
  const paid = await json(['withdrawals', 'txid', String(first.id), right.hash.toUpperCase().replace('0X', '0x')], { as: 'approver' });
  check(paid.state === 'succeeded' && paid.txid === right.hash, 'the right TxId marks the withdrawal paid', paid);
  const audit = await json(['audit', 'list', '--action', 'withdrawal.txid']);
  check(audit.length === 1 && JSON.stringify(audit[0]).includes(right.hash), 'the upload is audited', audit);
  const feesAfter = await networkFees();
  check(feesAfter - feesBefore === right.fee, 'the gas of the payout is booked as a network fee, to the wei',
        { before: String(feesBefore), after: String(feesAfter), gas: String(right.fee) });

  // Twice: refused.
  await refused(first.id, right.hash, /already has a TxId uploaded by approver/, 'the same TxId again is refused, naming who uploaded it');

  // The same TxId for another withdrawal: refused; then too little, and
  // from someone who is not a warm wallet.
  const second = await request('2');
  await refused(second.id, right.hash, /already pays withdrawal/, 'a TxId that paid another withdrawal is refused');
  const short = await send(warm, destination, '1.5');
  await mine(CONFIRMATIONS);
  await refused(second.id, short.hash, /pays 1\.5000 ETH, the withdrawal is 2\.0000 ETH/, 'a TxId paying too little is refused');
  const stranger = await send(await provider.getSigner(funded[1].address), destination, '2');
  await mine(CONFIRMATIONS);
  await refused(second.id, stranger.hash, /was not sent from a warm wallet/, 'a TxId not from a warm wallet is refused');
  await refused(second.id, '0x1234', /not a valid ethereum TxId/, 'a malformed TxId is refused');
  await refused(second.id, '0x' + 'ab'.repeat(32), /not found on the ethereum chain/, 'a TxId the chain does not know is refused');

  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean');
  check((await run(['audit', 'verify'], { expect: null })).status === 0, 'exctl audit verify is clean');
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
finish();
