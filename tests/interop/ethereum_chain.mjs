// The Ethereum deposit watcher (and, when `collect` is given, collection)
// against a real local node: ganache, in this process on a free loopback
// port. Payments are sent with ethers from ganache's funded test accounts
// to the demo customers' deposit addresses, which ethers derives itself
// from the demo's published BIP-39 test mnemonic (m/44'/60'/0'/0/100+i),
// so the derivation is checked against a client library too. `exctl watch
// ethereum --once` must record exactly the payments with the configured
// confirmations, once, with exact amounts and the rules of 002_…, and a
// rescan must double nothing.
// Usage: node ethereum_chain.mjs /path/to/exctl
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import * as ethers from 'ethers';
import { checks, exctlWithScratchDb, startGanache, demoVaultPassphraseFile } from './harness.mjs';
// The demo's tokens are watched only as signed: the watcher reads the vault's pin.
const VAULT_FILE = demoVaultPassphraseFile();

const exctl = process.argv[2];
const { check, crashed, finish } = checks('ethereum chain');
const { db, run, json, enrol } = exctlWithScratchDb(exctl, 'ethereum-chain');
const DEMO_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const CONFIRMATIONS = 3;

const demoKey = (index) => ethers.HDNodeWallet.fromPhrase(DEMO_MNEMONIC, undefined, `m/44'/60'/0'/0/${index}`);

const { node, url, provider, funded, mine } = await startGanache(ethers, { accounts: 3 });

try {
  await run(['init', '--demo']);
  // Four node changes below, each an admin's decision with a two-factor code
  // (two codes per person at once): two admins besides the demo's.
  const admins = ['admin', ...(await enrol('admin', 2))];
  // The demo's vault pins its admin: the signers go by node settings only
  // an admin whose key chains to that pin signed, so the demo admin
  // registers the others' keys first.
  for (const who of admins.slice(1)) await run(['operator', 'register-key', who], { as: 'admin' });
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', String(CONFIRMATIONS), '--network', '1337'], { as: admins });

  // The demo's deposit addresses are the ones ethers derives.
  const wallets = await json(['wallets']);
  const registered = new Map();
  for (const w of wallets.wallets ?? wallets)
    if (w.chain === 'ethereum' && w.tier === 'deposit') registered.set(w.customer, w.address);
  const addressOf = (customerIndex) => demoKey(100 + customerIndex).address;
  for (const i of [1, 3, 4])
    check([...registered.values()].includes(addressOf(i)), `deposit address of demo customer ${i} is m/44'/60'/0'/0/${100 + i}`,
          { derived: addressOf(i), registered: [...registered.values()] });

  // First run: nothing to read yet; the cursor is saved at the start.
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]);

  const before = new Set((await json(['deposits', 'list', '--asset', 'ETH'])).map((d) => d.txid));
  const send = async (from, to, ether) => {
    const signer = await provider.getSigner(from);
    const tx = await signer.sendTransaction({ to, value: ethers.parseEther(ether) });
    await tx.wait();
    return tx.hash.toLowerCase();
  };
  // Grace (customer index 1): 0.2 ETH, above min collection (0.05).
  const grace = await send(funded[0].address, addressOf(1), '0.2');
  // Edsger (3): 0.0005 ETH, below min deposit (0.001): ignored.
  const edsger = await send(funded[0].address, addressOf(3), '0.0005');
  // Barbara (4): 0.03 then 0.04 ETH: credited, then both planned once
  // their total reaches min collection.
  const barbara1 = await send(funded[1].address, addressOf(4), '0.03');
  const barbara2 = await send(funded[1].address, addressOf(4), '0.040000000000000001');
  // Not to a deposit address: never a deposit.
  await send(funded[2].address, ethers.Wallet.createRandom().address, '1');

  // Blocks 1…5 hold the payments; with 3 confirmations only 1…3 count.
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]);
  const newDeposits = async () => (await json(['deposits', 'list', '--asset', 'ETH'])).filter((d) => !before.has(d.txid));
  let seen = await newDeposits();
  check(seen.length === 3, 'only payments with 3 confirmations are recorded', seen.map((d) => d.txid));
  check(!seen.some((d) => d.txid === barbara2), 'the payment in the unconfirmed tail waits');

  await mine(CONFIRMATIONS);
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]);
  seen = await newDeposits();
  const byTx = new Map(seen.map((d) => [d.txid, d]));
  check(seen.length === 4, 'four deposits once every block is confirmed', seen.map((d) => [d.txid, d.state]));
  const wei = (d) => (d ? ethers.parseEther(d.amount) : -1n);
  check(wei(byTx.get(grace)) === ethers.parseEther('0.2') && byTx.get(grace)?.state === 'collection_planned', 'Grace: 0.2 ETH, planned', byTx.get(grace));
  check(byTx.get(edsger)?.state === 'ignored' && wei(byTx.get(edsger)) === ethers.parseEther('0.0005'), 'Edsger: below the minimum, ignored', byTx.get(edsger));
  check(wei(byTx.get(barbara2)) === 40000000000000001n, 'an amount of 18 decimals is exact', byTx.get(barbara2));
  check(byTx.get(barbara1)?.state === 'collection_planned' && byTx.get(barbara2)?.state === 'collection_planned',
        'Barbara: two deposits below min collection, planned together once their total reaches it', [byTx.get(barbara1), byTx.get(barbara2)]);
  check(byTx.get(grace)?.to === addressOf(1), 'addresses are kept in their EIP-55 spelling', byTx.get(grace)?.to);

  // Reading again, and rescanning from block 0, doubles nothing.
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]);
  await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE, '--from', '0']);
  const afterRescan = (await newDeposits()).length;
  check(afterRescan === 4, 'a rescan from block 0 records nothing twice', afterRescan);
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean');

  // An unreachable node: a clear refusal, nothing changes.
  await run(['chain', 'set', 'ethereum', '--node', 'http://127.0.0.1:9', '--confirmations', String(CONFIRMATIONS)], { as: admins });
  const unreachable = await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE], { expect: null });
  check(unreachable.status === 1 && /could not be reached/.test(unreachable.stderr), 'an unreachable node is reported, exit 1', unreachable.stderr);
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', String(CONFIRMATIONS)], { as: admins });
  check((await newDeposits()).length === 4, 'an unreachable node changes nothing');


  // Collection. Hot (demo account 0) is 0.05 ETH short of its max of 50,
  // so the first sweep fills it exactly and the rest goes to warm.
  const hot = demoKey(0).address;
  const warm = demoKey(1).address;
  const cold = demoKey(2).address;
  await send(funded[2].address, hot, '49.95');
  // A proxy in front of the node that can refuse eth_sendRawTransaction:
  // sweeps are signed and stored, then the broadcast fails, as if the
  // process had died between the two.
  let refuseSends = true;
  const proxy = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (refuseSends && body.includes('eth_sendRawTransaction')) {
      res.destroy();
      return;
    }
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(await answer.text());
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  await run(['chain', 'set', 'ethereum', '--node', `http://127.0.0.1:${proxy.address().port}`, '--confirmations', String(CONFIRMATIONS)], { as: admins });
  try {
    // The ether's plans (the demo's USDC waits: without the vault its
    // identity cannot be checked, and no such contract is on this node).
    const plansOfAll = await json(['collect', 'plan']);
    check(plansOfAll.some((p) => p.asset === 'tokens' && /vault/.test(p.waiting)), 'the tokens wait for the vault, saying so', plansOfAll);
    const everyPlan = plansOfAll.filter((p) => p.asset === 'ETH');
    // The demo's own deposits were never paid on this chain: they wait, and say why.
    const plans = everyPlan.filter((p) => !p.waiting);
    check(everyPlan.filter((p) => p.waiting).every((p) => /less than/.test(p.waiting)), 'unfunded addresses wait, with the reason', everyPlan);
    const sum = (key) => plans.reduce((acc, p) => acc + ethers.parseEther(p[key] ?? '0'), 0n);
    check(plans.length === 2, 'two deposit addresses to collect', plans);
    check(sum('to_hot') === ethers.parseEther('0.05'), 'the plan fills hot exactly to its max', plans);
    check(sum('to_cold') === 0n, 'nothing to cold while warm has room', plans);

    const PASS = 'demo-vault-passphrase'; // the demo's vault, made by the demo admin
    const wrong = await run(['collect', 'run'], { input: 'not the passphrase\n', expect: null });
    check(wrong.status === 1 && /passphrase/.test(wrong.stderr), 'a wrong vault passphrase is refused', wrong.stderr);
    const noSeed = await run(['collect', 'run'], { input: PASS + '\n', expect: null });
    check(noSeed.status === 1, 'without the seed in the vault nothing is signed', noSeed.stderr);
    const imported = await run(['vault', 'import-seed'], { input: PASS + '\n' + DEMO_MNEMONIC + '\n' });
    check(imported.stdout.includes(hot), 'import-seed names account 0', imported.stdout);
    // The vault pins the demo admin's key: a sweep goes to hot only at the
    // address hot's own key in the vault derives.
    await run(['vault', 'import-hot-key', '--chain', 'ethereum'], { input: PASS + '\n' + demoKey(0).privateKey + '\n' });

    const firstRun = await run(['collect', 'run', '--json'], { input: PASS + '\n', expect: null });
    const first = JSON.parse(firstRun.stdout);
    check(firstRun.status === 1 && first.signed === 3 && first.broadcast === 0, 'three sweeps signed and stored; the broadcast failed', first);
    const collecting = (await newDeposits()).filter((d) => d.state === 'collecting').length;
    check(collecting === 3, 'the swept deposits are collecting', collecting);

    refuseSends = false;
    const second = await json(['collect', 'run'], { input: PASS + '\n' });
    check(second.signed === 0 && second.broadcast === 3, 'the next run signs nothing new and sends the stored sweeps', second);
    const third = await json(['collect', 'run'], { input: PASS + '\n' });
    check(third.signed === 0 && third.broadcast === 0 && second.confirmed + third.confirmed + third.awaiting_confirmations === 3,
          'sent once, then only followed', third);

    // Exactly one transaction per sweep left each deposit address.
    const nonces = await Promise.all([1, 4].map((i) => provider.getTransactionCount(addressOf(i))));
    check(nonces[0] + nonces[1] === 3, 'three transactions in all from the deposit addresses', nonces);

    await mine(CONFIRMATIONS);
    const done = await json(['collect', 'run'], { input: PASS + '\n' });
    check(done.awaiting_confirmations === 0 && second.confirmed + third.confirmed + done.confirmed === 3, 'the sweeps are confirmed after 3 blocks', done);
    const states = (await newDeposits()).map((d) => d.state).sort();
    check(JSON.stringify(states) === JSON.stringify(['collected', 'collected', 'collected', 'ignored']), 'the deposits are collected', states);

    const [hotBalance, warmBalance, coldBalance] = await Promise.all([hot, warm, cold].map((a) => provider.getBalance(a)));
    check(hotBalance === ethers.parseEther('50'), 'hot holds exactly its max', ethers.formatEther(hotBalance));
    const left = await Promise.all([1, 4].map((i) => provider.getBalance(addressOf(i))));
    check(left[0] === 0n && left[1] === 0n, 'nothing is left on the swept addresses', left.map(String));
    const swept = ethers.parseEther('0.2') + ethers.parseEther('0.07') + 1n;
    // warm got the rest less the gas of three sweeps: read the receipts.
    let gas = 0n;
    const block = await provider.getBlockNumber();
    for (let n = 0; n <= block; n++) {
      const b = await provider.getBlock(n, true);
      for (const tx of b.prefetchedTransactions) {
        if ([addressOf(1), addressOf(4)].includes(ethers.getAddress(tx.from))) {
          const receipt = await provider.getTransactionReceipt(tx.hash);
          gas += receipt.gasUsed * receipt.gasPrice;
        }
      }
    }
    check(warmBalance + ethers.parseEther('0.05') + gas === swept, 'hot + warm + gas = what was swept, to the wei',
          { warm: String(warmBalance), gas: String(gas) });
    check(coldBalance === 0n, 'cold received nothing');
    check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after collection');

    // SIGKILL `exctl collect run` at random moments, again and again, while
    // it plans, signs, stores and sends; then let it finish. Each deposit is
    // swept once, no transaction is sent twice, and the ledger is exact.
    const more = [];
    for (let k = 0; k < 4; k++) more.push(await send(funded[0].address, addressOf(k % 2 ? 4 : 1), '0.06'));
    await mine(CONFIRMATIONS);
    await run(['watch', 'ethereum', '--once', '--vault-passphrase-file', VAULT_FILE]);
    // Each kill comes a little later than the one before, from before the
    // vault is unlocked (the demo's vault derives its key in tens of ms; a
    // run takes a few hundred ms on a slow machine, much less on a quiet
    // one) until a run gets to its end.
    let kills = 0;
    for (let attempt = 0, delay = 20; attempt < 120; attempt++, delay += 5 + Math.floor(Math.random() * 8)) {
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
    check(kills > 2, 'runs were killed at many moments', kills);
    console.log(`exctl collect run killed ${kills} times before one ran to its end`);
    await json(['collect', 'run'], { input: PASS + '\n' });
    await mine(CONFIRMATIONS);
    const after = await json(['collect', 'run'], { input: PASS + '\n' });
    check(after.awaiting_confirmations === 0 && after.problems.length === 0, 'after the kills, every sweep is settled', after);
    const moreStates = (await newDeposits()).filter((d) => more.includes(d.txid)).map((d) => d.state);
    check(moreStates.length === 4 && moreStates.every((x) => x === 'collected'), 'the new deposits are collected, once', moreStates);
    const sent = await Promise.all([1, 4].map((i) => provider.getTransactionCount(addressOf(i))));
    check(sent[0] + sent[1] === 5, 'exactly one more sweep per address, nothing sent twice', sent);
    let allGas = 0n;
    const top = await provider.getBlockNumber();
    for (let n = 0; n <= top; n++) {
      const b = await provider.getBlock(n, true);
      for (const tx of b.prefetchedTransactions) {
        if ([addressOf(1), addressOf(4)].includes(ethers.getAddress(tx.from))) {
          const receipt = await provider.getTransactionReceipt(tx.hash);
          allGas += receipt.gasUsed * receipt.gasPrice;
        }
      }
    }
    const [hotNow, warmNow] = await Promise.all([hot, warm].map((a) => provider.getBalance(a)));
    check(hotNow - ethers.parseEther('49.95') + warmNow + allGas === swept + ethers.parseEther('0.24'),
          'everything swept arrived or paid gas, to the wei', { hot: String(hotNow), warm: String(warmNow), gas: String(allGas) });
    const left2 = await Promise.all([1, 4].map((i) => provider.getBalance(addressOf(i))));
    check(left2[0] === 0n && left2[1] === 0n, 'nothing is left on the swept addresses after the kills', left2.map(String));
    check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after the kills');
  } finally {
    proxy.close();
  }
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
finish();
