// A stuck Ethereum collection sweep replaced, against a real local node:
// ganache, in this process. A customer's 0.2 ETH is planned for collection;
// the miner is held while `exctl collect run` signs and sends its sweep to
// hot; blocks filled by a contract that burns all the gas it is given then
// raise the base fee above the sweep's max fee, so no block can take it.
// Runs of `exctl collect run --stuck-after 1` are SIGKILLed at later and
// later moments while they replace it (same nonce and destination, both
// fees at least 12.5% up, the value down by what the max fee rose; ganache
// keeps listing the attempts it replaced in its pool, and the newest is the
// one with the highest fee). When blocks are mined again: several
// transactions signed, exactly one mined at the address's nonce (the
// newest), the deposit collected once, the address empty,
// hot + the fee the mined one paid = what was swept, the ledger's hot equal
// to the chain's, `exctl ledger check` clean.
// Usage: node replace_sweeps.mjs /path/to/exctl
import { spawn } from 'node:child_process';
import * as ethers from 'ethers';
import { checks, exctlWithScratchDb, startGanache, demoVaultPassphraseFile } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('replace_sweeps');
const { db, run, json, enrol } = exctlWithScratchDb(exctl, 'replace-sweeps');
const VAULT_FILE = demoVaultPassphraseFile();
const DEMO_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const PASS = 'demo-vault-passphrase';
const CONFIRMATIONS = 2;
const BLOCK_GAS = 30_000_000n; // ganache's default block gas limit
const demoKey = (index) => ethers.HDNodeWallet.fromPhrase(DEMO_MNEMONIC, undefined, `m/44'/60'/0'/0/${index}`);
const hot = demoKey(0).address;
const grace = demoKey(101).address; // demo customer 1's deposit address

const { node, url, provider, funded, mine } = await startGanache(ethers, { accounts: 2 });
const rpc = (method, params = []) => provider.send(method, params);

// Grace's address's transactions waiting in the node's pool.
async function gracePending() {
  const pool = await rpc('txpool_content');
  const mine = Object.entries(pool.pending ?? {}).find(([from]) => ethers.getAddress(from) === grace);
  return mine ? Object.values(mine[1]) : [];
}
const ledgerHot = async () => {
  const rows = await json(['ledger', 'balances']);
  const row = (rows.accounts ?? rows).find((a) => a.account === 'wallet:hot:ETH');
  return row ? ethers.parseEther(row.balance) : 0n;
};

try {
  await run(['init', '--demo']);
  const admins = ['admin', ...(await enrol('admin', 2))];
  for (const who of admins.slice(1)) await run(['operator', 'register-key', who], { as: 'admin' });
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', String(CONFIRMATIONS), '--network', '1337'], { as: admins });
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]); // the cursor starts at the tip
  await (await (await provider.getSigner(funded[0].address)).sendTransaction({ to: grace, value: ethers.parseEther('0.2') })).wait();
  await mine(CONFIRMATIONS);
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]);
  const planned = (await json(['deposits', 'list', '--asset', 'ETH'])).filter((d) => d.to === grace && d.state === 'collection_planned');
  check(planned.length === 1, "Grace's 0.2 ETH is planned for collection", planned);
  await run(['vault', 'import-seed'], { input: PASS + '\n' + DEMO_MNEMONIC + '\n' });
  await run(['vault', 'import-hot-key', '--chain', 'ethereum'], { input: PASS + '\n' + demoKey(0).privateKey + '\n' });
  const ledgerHotBefore = await ledgerHot();

  const burner = ethers.Wallet.createRandom().address;
  await rpc('evm_setAccountCode', [burner, '0xfe']);
  const filler = await provider.getSigner(funded[1].address);
  let fillerNonce = await provider.getTransactionCount(funded[1].address, 'pending');

  await rpc('miner_stop');
  const first = await json(['collect', 'run'], { input: PASS + '\n' });
  check(first.signed === 1 && first.broadcast === 1, 'the sweep is signed and sent while the miner is held', first);
  const [original] = await gracePending();
  check(original && Number(original.nonce) === 0 && ethers.getAddress(original.to) === hot, "the sweep to hot waits in the node's pool", original);
  const originalMaxFee = BigInt(original.maxFeePerGas);
  const setAside = BigInt(original.value) + 21_000n * originalMaxFee;
  check(setAside === ethers.parseEther('0.2'), 'the sweep and its max fee are the whole 0.2 ETH', { setAside });

  let filled = 0;
  for (; filled < 80; filled++) {
    const next = (await provider.getBlock('latest')).baseFeePerGas;
    if (next > originalMaxFee) break;
    await filler.sendTransaction({ to: burner, gasLimit: BLOCK_GAS - 10_000n, nonce: fillerNonce++,
                                   maxFeePerGas: ethers.parseUnits('1000', 'gwei'), maxPriorityFeePerGas: ethers.parseUnits('50', 'gwei') });
    await rpc('evm_mine');
  }
  const raised = (await provider.getBlock('latest')).baseFeePerGas;
  console.log(`${filled} full blocks raised the base fee to ${raised} wei; the sweep's max fee is ${originalMaxFee}`);
  check(raised > originalMaxFee, "the base fee rose above the sweep's max fee", { raised, originalMaxFee });
  check((await provider.getTransactionCount(grace, 'latest')) === 0, 'no block took the sweep: it is stuck');

  // Replacement runs killed at later and later moments.
  let kills = 0;
  for (let attempt = 0, delay = 10; attempt < 10; attempt++, delay += 15 + Math.floor(Math.random() * 20)) {
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the newest attempt waited its second
    const child = spawn(exctl, ['--db', db, 'collect', 'run', '--stuck-after', '1'], { stdio: ['pipe', 'ignore', 'ignore'] });
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
  console.log(`exctl collect run --stuck-after 1 killed ${kills} times`);
  check(kills >= 2, 'replacement runs were killed at several moments', kills);
  // One run to its end: what a killed run stored goes out, and the newest
  // is replaced once more if it is still below the base fee.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const last = await json(['collect', 'run', '--stuck-after', '1'], { input: PASS + '\n', expect: null });
  console.log('last run', JSON.stringify({ replaced: last.replaced, problems: last.problems }));
  // (ganache's pool still lists the attempts a replacement took the place
  // of; the newest is the one with the highest fee.)
  const pool = await gracePending();
  const signed = new Set(pool.map((t) => t.hash));
  const newest = pool.reduce((a, b) => (BigInt(b.maxFeePerGas) > BigInt(a.maxFeePerGas) ? b : a));
  check(signed.size >= 2 && pool.every((t) => ethers.getAddress(t.to) === hot) && newest.hash !== original.hash,
        'replacements of the sweep reached the node, all to hot', pool.map((t) => [t.hash, t.maxFeePerGas]));
  check(BigInt(newest.maxFeePerGas) > raised, "the newest replacement's max fee is above the base fee", { newest: newest.maxFeePerGas, raised });
  check(pool.every((t) => BigInt(t.value) + 21_000n * BigInt(t.maxFeePerGas) === setAside),
        'each replacement sends less by exactly what its max fee rose', pool);
  const fees = [...new Map(pool.map((t) => [t.hash, t])).values()].map((t) => [BigInt(t.maxFeePerGas), BigInt(t.maxPriorityFeePerGas)])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  check(fees.every((f, i) => i === 0 || (f[0] >= fees[i - 1][0] + (fees[i - 1][0] + 7n) / 8n && f[1] >= fees[i - 1][1] + (fees[i - 1][1] + 7n) / 8n)),
        'each replacement raised both fees by at least 12.5%', fees.map((f) => f.map(String)));

  // Blocks again: the stored replacement is mined (ganache takes a held
  // pool's replacement at the next transaction it is sent, so a few runs).
  await rpc('miner_start');
  let confirmed = 0;
  let settled = {};
  for (let round = 0; round < 6 && confirmed === 0; round++) {
    await mine(CONFIRMATIONS + 1);
    settled = await json(['collect', 'run'], { input: PASS + '\n' });
    confirmed += settled.confirmed;
  }
  check(confirmed === 1 && settled.awaiting_confirmations === 0, 'the mined one settles the sweep, once', settled);
  check((await provider.getTransactionCount(grace, 'latest')) === 1, 'exactly one transaction took the nonce');
  check((await provider.getTransactionReceipt(original.hash)) === null, 'the original was not mined');
  const collected = (await json(['deposits', 'list', '--asset', 'ETH'])).filter((d) => d.to === grace);
  check(collected.length === 1 && collected[0].state === 'collected', 'the deposit is collected once', collected);
  check((await provider.getBalance(grace)) === 0n, 'nothing is left on the address');
  const hotGot = await provider.getBalance(hot);
  const receipt = await provider.getTransactionReceipt(newest.hash);
  check(receipt?.status === 1, 'the newest replacement was mined', receipt);
  const gas = receipt ? receipt.gasUsed * receipt.gasPrice : -1n;
  check(gas > 0n && hotGot + gas === ethers.parseEther('0.2'), 'hot + the fee the mined one paid = what was swept, to the wei',
        { hot: String(hotGot), gas: String(gas) });
  check((await ledgerHot()) - ledgerHotBefore === hotGot, "the ledger's hot took what the chain's did");
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean');
  const again = await json(['collect', 'run'], { input: PASS + '\n' });
  check(again.confirmed === 0 && again.signed === 0, 'running again settles and signs nothing', again);
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
finish();
