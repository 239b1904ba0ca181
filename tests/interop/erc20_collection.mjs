// ERC-20 collection end to end against a real local node: ganache, in this
// process, with OpenZeppelin's ERC20PresetFixedSupply (the artifact its npm
// package ships) added as the asset TUSD by the demo admin. Customers pay
// TUSD (and one of them ether) to their deposit addresses, which hold no
// ether for gas. The fee wallet (a key only this test and the vault hold)
// must be funded and its funding booked before it refuels anyone; then
// `exctl collect run` refuels each address with exactly what its sweeps
// lack (the ether a customer paid there is not counted as gas), signs the
// token sweeps only once the refuel is confirmed, and splits the tokens
// hot -> warm -> cold at their max balances. Runs are SIGKILLed at later and
// later moments throughout: every refuel and sweep is sent once (the fee
// wallet's nonce is the number of refuels stored), the tiers receive the
// tokens exactly, the deposits are collected once, the fee wallet's ledger
// balance is its chain balance to the wei, and `exctl ledger check` stays
// clean. Last, hot pays a TUSD withdrawal: first without ether for gas (an
// error naming it), then with.
// Usage: node erc20_collection.mjs /path/to/exctl
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as ethers from 'ethers';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('erc20 collection');
const { db, dir, run, json, enrol } = exctlWithScratchDb(exctl, 'erc20-collection');
const require = createRequire(import.meta.url);
const artifact = (name) => JSON.parse(readFileSync(require.resolve(`@openzeppelin/contracts/build/contracts/${name}.json`), 'utf8'));
const DEMO_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const PASS = 'demo-vault-passphrase'; // the demo's vault, pinned to the demo admin
const demoKey = (index) => ethers.HDNodeWallet.fromPhrase(DEMO_MNEMONIC, undefined, `m/44'/60'/0'/0/${index}`);
const depositAddress = (customerIndex) => demoKey(100 + customerIndex).address;
const units = (text) => ethers.parseUnits(text, 18);

const { node, url, provider, funded, mine } = await startGanache(ethers, { accounts: 2 });

// SIGKILLs `exctl collect run` at later and later moments until one run
// gets to its end; returns how many were killed.
async function killedRuns() {
  let kills = 0;
  for (let attempt = 0, delay = 20; attempt < 150; attempt++, delay += 5 + Math.floor(Math.random() * 10)) {
    const child = spawn(exctl, ['--db', db, 'collect', 'run'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve(signal)));
    child.stdin.on('error', () => {}); // killed before it read the passphrase
    child.stdin.end(PASS + '\n');
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      kills++;
    }
    if ((await closed) === null)
      break; // this one finished before its kill
  }
  return kills;
}

try {
  await run(['init', '--demo']);
  // Eight admin decisions below, each with a two-factor code (two codes per
  // person at once): two admins besides the demo's, whose keys the demo
  // admin (whom the vault pins) registers.
  const admins = ['admin', ...(await enrol('admin', 2))];
  for (const who of admins.slice(1)) await run(['operator', 'register-key', who], { as: 'admin' });
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', '1', '--network', '1337'], { as: admins });
  const passphraseFile = join(dir, 'vault-passphrase');
  writeFileSync(passphraseFile, PASS + '\n', { mode: 0o600 });
  const watch = () => run(['watch', 'ethereum', '--once', '--vault-passphrase-file', passphraseFile]);
  await watch(); // the cursor starts at the tip

  const owner = await provider.getSigner(funded[0].address);
  const token = await new ethers.ContractFactory(artifact('ERC20PresetFixedSupply').abi, artifact('ERC20PresetFixedSupply').bytecode, owner)
    .deploy('Test Dollar', 'TUSD', 1_000_000n * 10n ** 18n, funded[0].address);
  await token.waitForDeployment();
  const contract = await token.getAddress();
  await run(['asset', 'add', 'TUSD', '--chain', 'ethereum', '--erc20', contract, '--decimals', '18', '--name', 'Test Dollar'],
            { as: admins });
  // Hot may hold 100 TUSD and holds 60 already; warm may hold 50.
  await run(['asset', 'set', 'TUSD', '--min-deposit', '1', '--min-collection', '10', '--hot-max', '100', '--warm-max', '50',
             '--limit-24h', '1000', '--limit-72h', '1000', '--four-eyes', 'none'], { as: admins });
  // Grace's ether goes to warm: hot keeps no ether (see the payout below).
  await run(['asset', 'set', 'ETH', '--hot-max', '0', '--accept-warnings'], { as: admins });
  const [hot, warm, cold] = [0, 1, 2].map((i) => demoKey(i).address);
  await (await token.transfer(hot, units('60'))).wait();

  // Grace (1) pays 70 TUSD and 0.2 ETH; Barbara (4) 30 TUSD; Edsger (3) 5
  // TUSD, below min collection: credited, never swept, never refuelled.
  await (await token.transfer(depositAddress(1), units('70'))).wait();
  await (await owner.sendTransaction({ to: depositAddress(1), value: ethers.parseEther('0.2') })).wait();
  await (await token.transfer(depositAddress(4), units('30'))).wait();
  await (await token.transfer(depositAddress(3), units('5'))).wait();
  await watch();
  const tusd = async () => json(['deposits', 'list', '--asset', 'TUSD']);
  const planned = (await tusd()).filter((d) => d.state === 'collection_planned');
  check(planned.length === 2, 'two TUSD deposits reached min collection', await tusd());

  await run(['vault', 'import-seed'], { input: PASS + '\n' + DEMO_MNEMONIC + '\n' });
  await run(['vault', 'import-hot-key', '--chain', 'ethereum'], { input: PASS + '\n' + demoKey(0).privateKey + '\n' });

  // The plan: each address's sweeps need gas it does not have (Grace's
  // ether is hers, not gas).
  const locked = await json(['collect', 'plan']);
  check(locked.some((p) => p.asset === 'tokens' && /locked/.test(p.waiting)), 'without the vault the tokens wait, saying why', locked);
  const plan = await json(['collect', 'plan', '--vault-passphrase-file', passphraseFile]);
  const tokenPlans = plan.filter((p) => p.asset === 'TUSD');
  check(tokenPlans.length === 2 && tokenPlans.every((p) => p.gas_needed && ethers.parseEther(p.gas_needed) > 0n
                                                          && ethers.parseEther(p.gas_held) === 0n),
        "each token plan needs gas its address lacks (Grace's ether is hers)", plan);
  check(tokenPlans.reduce((a, p) => a + units(p.total), 0n) === units('100'), 'the plans add up to 100 TUSD', tokenPlans);

  // No fee wallet yet: nothing refuelled, and the run says what to do.
  const noFee = await run(['collect', 'run', '--json'], { input: PASS + '\n', expect: null });
  check(noFee.status === 1 && /fee wallet/.test(noFee.stderr), 'without a fee wallet no refuel is signed, and it says so', noFee.stderr);
  check((await json(['deposits', 'list', '--asset', 'ETH'])).some((d) => d.state === 'collecting'),
        "Grace's ether is swept meanwhile (its own sweep pays its gas)");

  const fee = ethers.Wallet.createRandom();
  await run(['wallet', 'add', '--chain', 'ethereum', '--tier', 'fee', '--address', fee.address], { as: admins });
  const wrongKey = await run(['vault', 'import-hot-key', '--chain', 'ethereum', '--tier', 'fee'],
                             { input: PASS + '\n' + demoKey(9).privateKey + '\n', expect: null });
  check(wrongKey.status === 1 && /not the fee wallet/.test(wrongKey.stderr), "a key that is not the fee wallet's is refused", wrongKey.stderr);
  await run(['vault', 'import-hot-key', '--chain', 'ethereum', '--tier', 'fee'], { input: PASS + '\n' + fee.privateKey + '\n' });

  // Funded on chain but not in the books: still nothing signed.
  const funding = await (await owner.sendTransaction({ to: fee.address, value: ethers.parseEther('1') })).wait();
  const unbooked = await run(['collect', 'run', '--json'], { input: PASS + '\n', expect: null });
  check(unbooked.status === 1 && /fund-fee/.test(unbooked.stderr), 'unbooked funding refuels nobody, and says how to book it', unbooked.stderr);
  check((await provider.getTransactionCount(fee.address)) === 0, 'the fee wallet sent nothing');
  const stranger = await (await owner.sendTransaction({ to: ethers.Wallet.createRandom().address, value: 1n })).wait();
  const notOurs = await run(['collect', 'fund-fee', '--txid', stranger.hash], { as: admins, expect: 1 });
  check(/does not pay the fee wallet/.test(notOurs.stderr), 'a transaction to another address is not the funding', notOurs.stderr);
  const booked = await json(['collect', 'fund-fee', '--txid', funding.hash], { as: admins });
  check(booked.from_tier === 'outside' && ethers.parseEther(booked.amount) === ethers.parseEther('1'), 'the funding is booked', booked);
  await json(['collect', 'fund-fee', '--txid', funding.hash], { as: admins });
  const feeLedger = async () => {
    const w = await json(['wallets']);
    const row = w.tiers.find((t) => t.asset === 'ETH' && t.tier === 'fee');
    return row ? ethers.parseEther(row.ledger_balance) : null;
  };
  check((await feeLedger()) === ethers.parseEther('1'), 'booking the same funding twice books it once', await feeLedger());

  // Now collect, killed at every step, until every deposit is collected.
  let kills = 0;
  for (let round = 0; round < 12; round++) {
    kills += await killedRuns();
    await mine(1);
    const states = (await tusd()).filter((d) => units(d.amount) !== units('5')).map((d) => d.state);
    if (states.every((s) => s === 'collected')) break;
  }
  const final = await json(['collect', 'run'], { input: PASS + '\n', expect: null });
  console.log(`exctl collect run killed ${kills} times`);
  check(kills > 2, 'runs were killed at many moments', kills);
  const states = (await tusd()).map((d) => `${ethers.formatUnits(units(d.amount), 18)}:${d.state}`).sort();
  check(JSON.stringify(states) === JSON.stringify(['30.0:collected', '5.0:credited', '70.0:collected']),
        'the TUSD deposits are collected once; the one below min collection stays', states);
  check(final.awaiting_confirmations === 0 && final.problems.length === 0, 'nothing left open', final);

  // What the chain says.
  const refuels = JSON.parse(execSqlite(`SELECT json_group_array(json_object('to', to_address, 'amount', amount, 'state', state, 'txid', txid)) FROM refuels`));
  check(refuels.length >= 2 && refuels.every((r) => r.state === 'confirmed'), 'each address refuelled, every refuel confirmed', refuels);
  check((await provider.getTransactionCount(fee.address)) === refuels.length, 'the fee wallet sent exactly the refuels stored, none twice',
        { nonce: await provider.getTransactionCount(fee.address), stored: refuels.length });
  check(!refuels.some((r) => r.to === depositAddress(3)), 'no gas for a deposit below min collection', refuels);
  const balanceOf = async (a) => token.balanceOf(a);
  check((await balanceOf(hot)) === units('100'), 'hot is filled exactly to its max', String(await balanceOf(hot)));
  check((await balanceOf(warm)) === units('50'), 'warm is filled exactly to its max', String(await balanceOf(warm)));
  check((await balanceOf(cold)) === units('10'), 'cold receives the rest', String(await balanceOf(cold)));
  check((await balanceOf(depositAddress(1))) === 0n && (await balanceOf(depositAddress(4))) === 0n, 'no token left on the swept addresses');
  check((await balanceOf(depositAddress(3))) === units('5'), 'the small deposit stays where it is');
  const sweeps = JSON.parse(execSqlite(`SELECT json_group_array(txid) FROM collections WHERE asset = 'TUSD'`));
  for (const txid of sweeps) {
    const r = await provider.getTransactionReceipt(txid);
    check(r && r.status === 1 && r.to === contract, `sweep ${txid} is a successful call of the token`, r?.status);
  }
  const feeChain = await provider.getBalance(fee.address);
  check((await feeLedger()) === feeChain, "the fee wallet's ledger balance is its chain balance, to the wei",
        { ledger: String(await feeLedger()), chain: String(feeChain) });
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after collection');

  // Hot pays a TUSD withdrawal from what was collected: first without
  // ether for the gas.
  const grace = (await tusd()).find((d) => units(d.amount) === units('70')).customer;
  const destination = ethers.Wallet.createRandom().address;
  const w = await json(['withdraw', 'request', '--customer', String(grace), '--asset', 'TUSD', '--to', destination, '--amount', '5'],
                       { as: 'operator' });
  check(w.state === 'processing', 'within limits: processing', w);
  check((await provider.getBalance(hot)) === 0n, 'hot holds no ether', String(await provider.getBalance(hot)));
  await run(['payouts', 'run'], { input: PASS + '\n', expect: null });
  const noGas = (await json(['withdrawals', 'list', '--asset', 'TUSD'])).find((x) => x.id === w.id);
  check(noGas.state === 'error' && /ETH/.test(noGas.note ?? ''), 'hot holds the TUSD but no ether: an error naming it', noGas);
  await (await owner.sendTransaction({ to: hot, value: ethers.parseEther('1') })).wait();
  await run(['withdrawals', 'retry', String(w.id)], { as: 'approver' });
  await run(['payouts', 'run'], { input: PASS + '\n', expect: null });
  await mine(2);
  await run(['payouts', 'follow'], { expect: null });
  const paid = (await json(['withdrawals', 'list', '--asset', 'TUSD'])).find((x) => x.id === w.id);
  check(paid.state === 'succeeded' && (await balanceOf(destination)) === units('5'), 'hot paid 5 TUSD from the collected tokens',
        { paid, received: String(await balanceOf(destination)) });
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after the payout');
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
finish();

function execSqlite(query) {
  return execFileSync('sqlite3', [join(dir, 'exchange.db'), query]).toString().trim() || '[]';
}
