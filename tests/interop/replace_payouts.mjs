// A stuck Ethereum payout replaced, against a real local node: ganache, in
// this process. The miner is held while one withdrawal's payout is sent;
// blocks filled by a contract that burns all the gas it is given then raise
// the base fee above the payout's max fee, so no block can take it. Runs of
// `exctl payouts run --stuck-after 1` are SIGKILLed at later and later
// moments while they replace it (same nonce, fees 12.5% up or the node's
// suggestion), then an approver's `exctl withdrawals speed-up` replaces it
// once more. When blocks are mined again: one withdrawal, several
// transactions signed, exactly one mined at that nonce, the destination
// paid once, the ledger booking the fee the mined one paid (hot exact to
// the wei, `exctl ledger check` clean).
// Usage: node replace_payouts.mjs /path/to/exctl
import { spawn } from 'node:child_process';
import * as ethers from 'ethers';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('replace_payouts');
const { db, run, json, enrol, book } = exctlWithScratchDb(exctl, 'replace');
const DEMO_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const PASS = 'demo-vault-passphrase';
const CONFIRMATIONS = 2;
const BLOCK_GAS = 30_000_000n; // ganache's default block gas limit
const hot = ethers.HDNodeWallet.fromPhrase(DEMO_MNEMONIC, undefined, "m/44'/60'/0'/0/0");

const { node, url, provider, funded, mine } = await startGanache(ethers, { accounts: 2 });
const rpc = (method, params = []) => provider.send(method, params);

// Every transaction hot sent that a block holds (read with the node's own
// eth_getBlockByNumber, block by block).
async function hotTransactions() {
  const txs = [];
  const top = Number(await rpc('eth_blockNumber'));
  for (let n = 0; n <= top; n++) {
    const b = await rpc('eth_getBlockByNumber', [ethers.toQuantity(n), true]);
    for (const tx of b.transactions)
      if (ethers.getAddress(tx.from) === hot.address) txs.push({ ...tx, nonce: Number(tx.nonce), hash: tx.hash.toLowerCase() });
  }
  return txs;
}
// hot's transactions waiting in the node's pool.
async function hotPending() {
  const pool = await rpc('txpool_content');
  const mine = Object.entries(pool.pending ?? {}).find(([from]) => ethers.getAddress(from) === hot.address);
  return mine ? Object.values(mine[1]) : [];
}

let clerks = [];
const request = async (to, amount) =>
  json(['withdraw', 'request', '--customer', '3', '--asset', 'ETH', '--to', to, '--amount', amount], { as: clerks });
// Hot's ETH balance in the ledger, in wei.
const ledgerHot = async () => {
  const rows = await json(['ledger', 'balances']);
  const row = (rows.accounts ?? rows).find((a) => a.account === 'wallet:hot:ETH');
  return ethers.parseEther(row.balance);
};
const withdrawal = async (id) => (await json(['withdrawals', 'list', '--customer', '3'])).find((w) => w.id === id);

try {
  await run(['init', '--demo']);
  const [nodeAdmin, vaultAdmin, keyAdmin] = await enrol('admin', 3);
  clerks = await enrol('operator', 2);
  await run(['operator', 'register-key', nodeAdmin], { as: 'admin' });
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', String(CONFIRMATIONS), '--network', '1337'], { as: nodeAdmin });
  await run(['operator', 'register-key', vaultAdmin], { as: 'admin' });
  await run(['operator', 'register-key', keyAdmin], { as: vaultAdmin });
  for (const who of clerks) await run(['operator', 'register-key', who], { as: [vaultAdmin, keyAdmin] });
  await run(['vault', 'import-hot-key', '--chain', 'ethereum'], { input: PASS + '\n' + hot.privateKey + '\n' });
  await (await (await provider.getSigner(funded[0].address)).sendTransaction({ to: hot.address, value: ethers.parseEther('2') })).wait();
  // The demo's own queued 0.5 ETH goes first, and is mined.
  await json(['payouts', 'run'], { input: PASS + '\n', expect: null });
  await mine(CONFIRMATIONS);
  await json(['payouts', 'follow']);

  // A contract that burns all the gas it gets (INVALID): a block with one
  // call of BLOCK_GAS - 10,000 gas is full, and has no room for a transfer.
  const burner = ethers.Wallet.createRandom().address;
  await rpc('evm_setAccountCode', [burner, '0xfe']);
  const filler = await provider.getSigner(funded[1].address);
  let fillerNonce = await provider.getTransactionCount(funded[1].address, 'pending');
  const hotBefore = await provider.getBalance(hot.address);
  const ledgerHotBefore = await ledgerHot();
  const nonceBefore = await provider.getTransactionCount(hot.address, 'latest');

  await rpc('miner_stop');
  const to = ethers.Wallet.createRandom().address;
  const id = (await request(to, '0.3')).id;
  const first = await json(['payouts', 'run'], { input: PASS + '\n' });
  check(first.signed === 1 && first.broadcast === 1, 'the payout is signed and sent while the miner is held', first);
  const [original] = await hotPending();
  check(original && Number(original.nonce) === nonceBefore, "the payout waits in the node's pool with hot's next nonce", original);
  const originalMaxFee = BigInt(original.maxFeePerGas);

  // Fill blocks until the base fee is above the payout's max fee.
  let filled = 0;
  for (; filled < 80; filled++) {
    const next = (await provider.getBlock('latest')).baseFeePerGas;
    if (next > originalMaxFee) break;
    await filler.sendTransaction({ to: burner, gasLimit: BLOCK_GAS - 10_000n, nonce: fillerNonce++,
                                   maxFeePerGas: ethers.parseUnits('1000', 'gwei'), maxPriorityFeePerGas: ethers.parseUnits('50', 'gwei') });
    await rpc('evm_mine');
  }
  const raised = (await provider.getBlock('latest')).baseFeePerGas;
  console.log(`${filled} full blocks raised the base fee to ${raised} wei; the payout's max fee is ${originalMaxFee}`);
  check(raised > originalMaxFee, "the base fee rose above the payout's max fee", { raised, originalMaxFee });
  await rpc('evm_mine');
  check((await hotTransactions()).length === nonceBefore, 'no block can take the payout: it is stuck');
  check((await withdrawal(id)).state === 'broadcast', 'the withdrawal is broadcast, waiting');

  // Replacement runs killed at later and later moments.
  let kills = 0;
  for (let attempt = 0, delay = 10; attempt < 24; attempt++, delay += 15 + Math.floor(Math.random() * 20)) {
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the newest payout waited its second
    const child = spawn(exctl, ['--db', db, 'payouts', 'run', '--stuck-after', '1'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve(signal)));
    child.stdin.on('error', () => {});
    child.stdin.end(PASS + '\n');
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      kills++;
    }
    await closed;
  }
  console.log(`exctl payouts run --stuck-after 1 killed ${kills} times`);
  check(kills >= 2, 'replacement runs were killed at several moments', kills);
  // Whatever a killed run stored and did not send goes now.
  await json(['payouts', 'follow'], { expect: null });

  // An approver's speed-up, at once: a clerk may not.
  const refused = await run(['withdrawals', 'speed-up', String(id)], { as: clerks, input: PASS + '\n', expect: null });
  check(refused.status !== 0, 'a clerk cannot speed up a payout', refused.stderr);
  const sped = await json(['withdrawals', 'speed-up', String(id)], { as: 'approver', input: PASS + '\n' });
  check(sped.nonce === nonceBefore && /^0x[0-9a-f]{64}$/.test(sped.txid), 'the speed-up keeps the nonce', sped);
  const pool = await hotPending();
  check(pool.length === 1 && pool[0].hash.toLowerCase() === sped.txid && BigInt(pool[0].maxFeePerGas) > raised,
        "the node holds only the newest replacement, whose max fee is above the base fee", pool);
  check(BigInt(pool[0].maxFeePerGas) >= originalMaxFee + (originalMaxFee + 7n) / 8n
        && BigInt(pool[0].maxPriorityFeePerGas) >= BigInt(original.maxPriorityFeePerGas) + (BigInt(original.maxPriorityFeePerGas) + 7n) / 8n,
        'both fees are at least 12.5% above the original', pool[0]);

  await rpc('miner_start');
  await mine(CONFIRMATIONS + 1);
  const settled = await json(['payouts', 'follow']);
  check(settled.succeeded === 1 && settled.awaiting === 0, 'the mined one settles the withdrawal, once', settled);
  const paid = await withdrawal(id);
  // (ganache lists a replacement mined while its miner was held in no
  // block's transactions: the receipts and the account's nonce say it.)
  const mined = await rpc('eth_getTransactionByHash', [paid.txid]);
  const receipt = await provider.getTransactionReceipt(paid.txid);
  check(paid.state === 'succeeded' && receipt?.status === 1 && Number(mined?.nonce) === nonceBefore
        && ethers.getAddress(mined.from) === hot.address, 'the withdrawal names the mined transaction, with the nonce', { paid, mined });
  check((await provider.getTransactionCount(hot.address, 'latest')) === nonceBefore + 1, 'exactly one transaction took the nonce');
  check(paid.txid !== original.hash.toLowerCase() && (await provider.getTransactionReceipt(original.hash)) === null,
        'a replacement was mined, not the original');
  check((await provider.getBalance(to)) === ethers.parseEther('0.3'), 'the destination received its amount once');
  const gas = receipt.gasUsed * receipt.gasPrice;
  check((await provider.getBalance(hot.address)) === hotBefore - ethers.parseEther('0.3') - gas, 'hot paid the amount and the mined fee, to the wei');
  check(hotBefore - (await provider.getBalance(hot.address)) === ledgerHotBefore - (await ledgerHot()),
        'the ledger took from hot what the chain did: the amount and the fee the mined one paid', { ledgerHotBefore });
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean');
  const again = await json(['payouts', 'follow']);
  check(again.succeeded === 0, 'following again settles nothing twice', again);
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
finish();
