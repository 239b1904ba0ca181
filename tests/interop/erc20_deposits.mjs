// ERC-20 deposits against a real local node: ganache, in this process,
// with OpenZeppelin's ERC20PresetFixedSupply (the artifact its npm package
// ships), added as the asset TUSD by the demo admin, whose signed identity
// the watcher checks through the key vault's pin. Tokens are paid with
// ethers the ways customers pay: a direct transfer(), and two transfers in
// one transaction made by a contract (OpenZeppelin's TimelockController
// executing a batch, as a multisend or a DEX would), beside a transfer to a
// stranger, a reverted transfer and ether. `exctl watch ethereum --once`
// must record exactly the token transfers to deposit addresses, one deposit
// per (txid, log index) as ethers' receipts number the logs, exact to the
// wei, with the asset's min deposit and min collection; refuse to read at
// all while the tokens' identities cannot be checked (no vault passphrase);
// and double nothing on a rescan. Then a TUSD withdrawal paid from warm
// outside the system: `exctl withdrawals txid` refuses a transaction paying
// as many wei of ether and takes the token's transfer as the payment (the
// ledger then says warm holds no booked TUSD: tokens reach warm by
// collection, which this test does not run).
// Usage: node erc20_deposits.mjs /path/to/exctl
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as ethers from 'ethers';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('erc20 deposits');
const { dir, run, json } = exctlWithScratchDb(exctl, 'erc20-deposits');
const require = createRequire(import.meta.url);
const artifact = (name) => JSON.parse(readFileSync(require.resolve(`@openzeppelin/contracts/build/contracts/${name}.json`), 'utf8'));
const DEMO_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const depositAddress = (customerIndex) =>
  ethers.HDNodeWallet.fromPhrase(DEMO_MNEMONIC, undefined, `m/44'/60'/0'/0/${100 + customerIndex}`).address;

const { node, url, provider, funded } = await startGanache(ethers, { accounts: 2 });

try {
  await run(['init', '--demo']);
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', '1', '--network', '1337'], { as: 'admin' });
  const passphraseFile = join(dir, 'vault-passphrase');
  writeFileSync(passphraseFile, 'demo-vault-passphrase\n', { mode: 0o600 }); // the demo's vault, pinned to the demo admin
  const watch = (more = [], options = {}) =>
    run(['watch', 'ethereum', '--once', '--vault-passphrase-file', passphraseFile, ...more], options);
  await watch(); // the first run saves the cursor at the tip

  const owner = await provider.getSigner(funded[0].address);
  const token = await new ethers.ContractFactory(artifact('ERC20PresetFixedSupply').abi, artifact('ERC20PresetFixedSupply').bytecode, owner)
    .deploy('Test Dollar', 'TUSD', 1_000_000n * 10n ** 18n, funded[0].address);
  await token.waitForDeployment();
  const contract = await token.getAddress();
  await run(['asset', 'add', 'TUSD', '--chain', 'ethereum', '--erc20', contract, '--decimals', '18', '--name', 'Test Dollar'],
            { as: 'admin' });
  // Every TUSD withdrawal over 1 a day is reviewed.
  await run(['asset', 'set', 'TUSD', '--min-deposit', '1', '--min-collection', '10', '--limit-24h', '1', '--limit-72h', '1'],
            { as: 'admin' });

  // Without the vault's pin the token cannot be trusted: nothing is read.
  const locked = await run(['watch', 'ethereum', '--once'], { expect: 1 });
  check(/TUSD/.test(locked.stderr) && /vault/.test(locked.stderr), 'without the vault the watcher refuses and says why', locked.stderr);
  check(locked.stderr.includes('exctl watch ethereum --vault-passphrase-file FILE'), 'and how to give it the vault', locked.stderr);

  const units = (text) => ethers.parseUnits(text, 18);
  // Grace (demo customer 1): a direct transfer of 25 TUSD.
  const direct = await (await token.transfer(depositAddress(1), units('25'))).wait();
  // Edsger (3) and Barbara (4) paid by one contract call: a timelock holding
  // tokens executes two transfers and one to a stranger in one transaction.
  const timelock = await new ethers.ContractFactory(artifact('TimelockController').abi, artifact('TimelockController').bytecode, owner)
    .deploy(0, [funded[0].address], [funded[0].address], funded[0].address);
  await timelock.waitForDeployment();
  await (await token.transfer(await timelock.getAddress(), units('100'))).wait();
  const call = (to, amount) => token.interface.encodeFunctionData('transfer', [to, units(amount)]);
  const batch = [[contract, contract, contract], [0, 0, 0],
                 [call(depositAddress(3), '0.5'), call(ethers.Wallet.createRandom().address, '7'), call(depositAddress(4), '12.000000000000000001')],
                 ethers.ZeroHash, ethers.id('erc20 deposits')];
  await (await timelock.scheduleBatch(...batch, 0)).wait();
  const multisend = await (await timelock.executeBatch(...batch)).wait();
  // A reverted transfer (more than the sender holds) leaves no log.
  const poor = await provider.getSigner(funded[1].address);
  const reverted = await poor.sendTransaction({ to: contract, data: call(depositAddress(1), '1'), gasLimit: 100000n })
    .then((tx) => provider.waitForTransaction(tx.hash)).catch(() => null);
  check(reverted === null || reverted.status === 0, 'the transfer without funds reverted', reverted?.status);
  // Ether to Grace in the same blocks.
  await (await owner.sendTransaction({ to: depositAddress(1), value: ethers.parseEther('0.2') })).wait();

  await watch();
  const deposits = await json(['deposits', 'list', '--asset', 'TUSD']);
  const logOf = (receipt, to) => receipt.logs.find((l) => l.topics.length === 3 && ethers.getAddress('0x' + l.topics[2].slice(26)) === to);
  const find = (receipt, to) => deposits.find((d) => d.txid === receipt.hash.toLowerCase() && d.index === logOf(receipt, to)?.index);
  check(deposits.length === 3, 'three token deposits: the direct one and two of the batch', deposits);
  const grace = find(direct, depositAddress(1));
  check(grace && units(grace.amount) === units('25') && grace.state === 'collection_planned' && grace.customer != null,
        'Grace: 25 TUSD credited and planned for collection', grace);
  const edsger = find(multisend, depositAddress(3));
  check(edsger && edsger.state === 'ignored' && units(edsger.amount) === units('0.5'), 'Edsger: 0.5 TUSD is below the minimum', edsger);
  const barbara = find(multisend, depositAddress(4));
  check(barbara && units(barbara.amount) === 12000000000000000001n && barbara.state === 'collection_planned',
        'Barbara: exact to the wei, planned', barbara);
  check(edsger && barbara && edsger.txid === barbara.txid && edsger.index !== barbara.index,
        'one transaction, two deposits told apart by their log index', [edsger?.index, barbara?.index]);
  check(deposits.every((d) => d.to === ethers.getAddress(d.to)), 'addresses in EIP-55 spelling', deposits.map((d) => d.to));
  const ether = await json(['deposits', 'list', '--asset', 'ETH']);
  check(ether.some((d) => d.to === depositAddress(1) && ethers.parseEther(d.amount) === ethers.parseEther('0.2')),
        'the ether in the same blocks is its own deposit', ether);

  // Reading again and rescanning from the token's deployment double nothing.
  await watch();
  await watch(['--from', String(direct.blockNumber)]);
  check((await json(['deposits', 'list', '--asset', 'TUSD'])).length === 3, 'a rescan records nothing twice');
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean');

  // A manual payout of the token: warm (a key only this test holds) holds
  // TUSD and ether for gas, and pays Grace's withdrawal outside the system.
  const warm = ethers.Wallet.createRandom().connect(provider);
  await run(['wallet', 'add', '--chain', 'ethereum', '--tier', 'warm', '--address', warm.address.toLowerCase()]);
  await (await owner.sendTransaction({ to: warm.address, value: ethers.parseEther('30') })).wait();
  await (await token.transfer(warm.address, units('500'))).wait();
  const destination = ethers.Wallet.createRandom().address;
  const w = await json(['withdraw', 'request', '--customer', String(grace.customer), '--asset', 'TUSD', '--to', destination,
                        '--amount', '20'], { as: 'operator' });
  check(w.state === 'under_review', 'a withdrawal of 20 TUSD waits for review', w);
  execFileSync('sqlite3', [join(dir, 'exchange.db'),
    `INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (${w.id}, 'interop-approver', 1)`]);
  const manual = await json(['withdrawals', 'manual', String(w.id), '--note', 'interop: paid from warm'], { as: 'admin' });
  check(manual.state === 'manual_payout', 'sent to manual payout', manual);
  // 20 ether is as many wei as 20 TUSD has base units: it pays ether, not TUSD.
  const ether20 = await (await warm.sendTransaction({ to: destination, value: ethers.parseEther('20') })).wait();
  const refusedEther = await run(['withdrawals', 'txid', String(w.id), ether20.hash], { expect: null, as: 'approver' });
  check(refusedEther.status === 1 && /pays ether, not TUSD/.test(refusedEther.stderr), 'ether does not pay a token withdrawal',
        refusedEther.stderr);
  const paidTx = await (await token.connect(warm).transfer(destination, units('20'))).wait();
  const accepted = await run(['withdrawals', 'txid', String(w.id), paidTx.hash], { expect: null, as: 'approver' });
  check(accepted.status === 1 && /the chain shows the payment, but the ledger's warm TUSD wallet does not hold 20/.test(accepted.stderr),
        'the token transfer is the payment (warm holds no booked TUSD yet, so nothing is settled)', accepted.stderr);
  const after = (await json(['withdrawals', 'list'])).find((x) => x.id === w.id);
  check(after?.state === 'manual_payout' && !after?.txid, 'nothing changed', after);
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after the payout');
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
finish();
