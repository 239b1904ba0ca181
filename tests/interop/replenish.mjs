// Replenishment by offline signing, with the real client libraries doing
// the signing (issue 8, point 7). `exctl replenish export` writes the
// unsigned transaction; ethers (Transaction.from + Wallet.signTransaction),
// the Stellar SDK (TransactionBuilder.fromXDR + Keypair.sign) and algosdk
// (decodeUnsignedTransaction + signTransaction) parse and sign it with the
// source wallet's key, derived here from the demo's published test seeds;
// `exctl replenish import` must broadcast exactly that, once. A file signed
// by another key, or with a changed amount, is refused and changes nothing.
// A token moves too: an ERC-20 (OpenZeppelin's ERC20PresetFixedSupply, the
// artifact its npm package ships, added by the demo admin who signs its
// identity) is exported as a call of the contract's transfer(hot, value)
// with no ether, signed by ethers and sent; refused while the source holds
// too little of it, and while its row is not what the admin signed. A
// Stellar credit asset is exported as a payment of that asset (the Stellar
// SDK reads and signs it) and an ASA as an axfer (algosdk), both sent to the
// fakes. The books hold none of these tokens in warm (tokens reach warm by
// collection, which this test does not run), so each move is confirmed on
// the chain and then waits for the books, saying so.
//
// Ethereum runs against ganache in this process (the transfer really
// arrives: hot's balance is checked to the wei). Stellar and Algorand run
// against small fake Horizon and algod endpoints in this process, which
// answer the reads (sequence, params, balances) and record what is posted:
// the import is checked up to and including the broadcast bytes, which the
// fakes decode with the SDKs; no real Stellar or Algorand node is involved.
// Usage: node replenish.mjs /path/to/exctl
import { execFileSync } from 'node:child_process';
import { createHmac, createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as ethers from 'ethers';
import algosdk from 'algosdk';
import * as StellarSdk from '@stellar/stellar-sdk';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('replenish');
const { dir, run, json, enrol } = exctlWithScratchDb(exctl, 'replenish');
const require = createRequire(import.meta.url);
const artifact = (name) => JSON.parse(readFileSync(require.resolve(`@openzeppelin/contracts/build/contracts/${name}.json`), 'utf8'));
const DEMO_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

// SLIP-0010 Ed25519, hardened path: how the demo derives its Stellar
// (SEP-0005, m/44'/148'/i') and Algorand (m/44'/283'/i') wallets.
function slip10(seed, path) {
  let I = createHmac('sha512', 'ed25519 seed').update(seed).digest();
  for (const index of path) {
    const data = Buffer.alloc(37);
    I.subarray(0, 32).copy(data, 1);
    data.writeUInt32BE((index | 0x80000000) >>> 0, 33);
    I = createHmac('sha512', I.subarray(32)).update(data).digest();
  }
  return I.subarray(0, 32);
}
function ed25519PublicKey(seed) {
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  return createPublicKey(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' }).subarray(-32);
}
const bip39Seed = Buffer.from(ethers.getBytes(ethers.Mnemonic.fromPhrase(DEMO_MNEMONIC).computeSeed()));
const stellarKey = (i) => StellarSdk.Keypair.fromRawEd25519Seed(slip10(bip39Seed, [44, 148, i]));
const algorandMaster = createHash('sha256').update('exchange-console demo algorand master').digest();
function algorandAccount(i) {
  const seed = slip10(algorandMaster, [44, 283, i]);
  const pk = ed25519PublicKey(seed);
  return { addr: algosdk.encodeAddress(pk), sk: new Uint8Array(Buffer.concat([seed, pk])) };
}
const ethKey = (i) => ethers.HDNodeWallet.fromPhrase(DEMO_MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);

// A tiny HTTP server answering from a handler (the fake Horizon and algod).
async function fakeNode(handler) {
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const answer = handler(req.method, new URL(req.url, 'http://x'), Buffer.concat(chunks));
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body ?? {}));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

const { node, url, provider, funded } = await startGanache(ethers, { accounts: 2 });
const servers = [];

try {
  await run(['init', '--demo']);
  // Three node settings below, each an admin's decision with a two-factor
  // code (two codes per person at once): one admin besides the demo's.
  const admins = ['admin', ...(await enrol('admin', 1))];
  // The demo's vault pins its admin: the signers go by node settings only
  // an admin whose key chains to that pin signed, so the demo admin
  // registers the others' keys first.
  for (const who of admins.slice(1)) await run(['operator', 'register-key', who], { as: 'admin' });
  await run(['chain', 'set', 'ethereum', '--node', url, '--network', '1337'], { as: admins });
  const wallets = await json(['wallets']);
  const list = wallets.wallets ?? wallets;
  const tierAddress = (chain, tier) => list.find((w) => w.chain === chain && w.tier === tier)?.address;

  // ---------------------------------------------------------------- Ethereum
  const hot = ethKey(0).address;
  const warmKey = ethKey(1).connect(provider);
  check(tierAddress('ethereum', 'warm') === warmKey.address, "the demo's Ethereum warm wallet is m/44'/60'/0'/0/1", tierAddress('ethereum', 'warm'));
  check(tierAddress('ethereum', 'hot') === hot, "the demo's Ethereum hot wallet is m/44'/60'/0'/0/0");
  await (await (await provider.getSigner(funded[0].address)).sendTransaction({ to: warmKey.address, value: ethers.parseEther('100') })).wait();

  // Two payouts queued for hot (within the demo's 5 ETH daily limit), for
  // customers given the funds here, on top of whatever the demo queues.
  const wei = (x) => ethers.parseEther(x);
  const ethOf = (p) => p.assets.find((a) => a.asset === 'ETH');
  const before = ethOf(await json(['replenish', 'plan']));
  const payee = ethers.Wallet.createRandom().address;
  for (const [customer, amount] of [[3, '4'], [1, '2.4']]) {
    await run(['ledger', 'adjust', '--customer', String(customer), '--asset', 'ETH', '--amount', '10', '--reason', 'replenish interop test']);
    // Signed by the demo operator, whose key the demo admin registered: the
    // payout signer pays only a signed request.
    const w = await json(['withdraw', 'request', '--customer', String(customer), '--asset', 'ETH', '--to', payee, '--amount', amount],
                         { as: 'operator' });
    check(w.state === 'processing', `withdrawal of ${amount} ETH is queued for hot`, w);
  }

  const plan = await json(['replenish', 'plan']);
  const ethPlan = ethOf(plan);
  const move = ethPlan?.warm_to_hot;
  const queued = wei(before.queued) + wei('6.4');
  const count = before.queued_count + 2;
  check(ethPlan && wei(ethPlan.queued) === queued && ethPlan.queued_count === count, 'the plan sees the two payouts (6.4 ETH) queued', ethPlan);
  check(ethPlan && wei(ethPlan.hot_spendable) === 0n && wei(ethPlan.warm_spendable) === wei('100'), "hot's and warm's balances come from the node", ethPlan);
  const need = queued + BigInt(count) * wei(ethPlan?.fee_allowance ?? '0');
  check(move && wei(move.need) === need && wei(move.shortfall) === need, 'need = queue + a fee allowance per payout, all short', move);
  const proposed = move ? wei(move.amount) : 0n;
  const digits = proposed.toString().replace(/0+$/, '').length;
  check(proposed >= need && proposed * 10n < need * 11n && digits <= 2, 'proposal: the shortfall rounded up to two significant digits', move);
  check(ethPlan?.cold_to_warm && wei(ethPlan.cold_to_warm.amount) === 0n, 'warm covers the move: nothing from cold', ethPlan?.cold_to_warm);

  const unsignedPath = join(dir, 'eth-unsigned.txt');
  const exported = await json(['replenish', 'export', '--asset', 'ETH', '--out', unsignedPath]);
  check(exported.state === 'exported' && wei(exported.amount) === proposed && exported.from === 'warm' && exported.to === 'hot',
        'export: the proposal, warm to hot, exported', exported);
  const unsignedHex = readFileSync(unsignedPath, 'utf8').trim();
  const tx = ethers.Transaction.from(unsignedHex);
  check(tx.type === 2 && tx.signature === null, 'ethers reads an unsigned EIP-1559 transaction', tx.type);
  check(tx.unsignedSerialized === unsignedHex, 'the file is exactly 0x02 || RLP of the nine fields', { ethers: tx.unsignedSerialized, file: unsignedHex });
  check(tx.to === hot && tx.value === proposed && tx.chainId === 1337n && tx.gasLimit === 21000n && tx.data === '0x',
        'to hot, the proposed value, chain 1337, 21000 gas, no data', tx.toJSON());
  check(tx.nonce === (await provider.getTransactionCount(warmKey.address, 'pending')), "the nonce is warm's pending count", tx.nonce);
  const block = await provider.getBlock('latest');
  check(tx.maxFeePerGas >= block.baseFeePerGas && tx.maxPriorityFeePerGas <= tx.maxFeePerGas, 'fees cover the base fee', tx.toJSON());
  const again = await json(['replenish', 'export', '--asset', 'ETH', '--amount', ethers.formatEther(proposed), '--out', join(dir, 'again.txt')]);
  check(again.existing === true && again.id === exported.id, 'exporting the same transaction again stores nothing new', again);
  const rival = await run(['replenish', 'export', '--asset', 'ETH', '--amount', '1', '--out', join(dir, 'rival.txt')], { expect: null });
  check(rival.status === 1 && /still waiting for its signed file/.test(rival.stderr), "a second move from warm, which would take the same nonce, is refused", rival.stderr);

  const signedPath = join(dir, 'eth-signed.txt');
  const signedHex = await warmKey.signTransaction(ethers.Transaction.from(unsignedHex));
  writeFileSync(signedPath, signedHex + '\n');
  const nonceBefore = await provider.getTransactionCount(warmKey.address);

  // Refusals: another key, a changed amount, the unsigned file itself.
  const intruder = ethers.Wallet.createRandom();
  writeFileSync(join(dir, 'wrong-key.txt'), await intruder.signTransaction(ethers.Transaction.from(unsignedHex)));
  const wrongKey = await run(['replenish', 'import', join(dir, 'wrong-key.txt')], { expect: null });
  check(wrongKey.status === 1 && wrongKey.stderr.includes(intruder.address) && /not by the source wallet/.test(wrongKey.stderr),
        'a file signed by another key is refused, naming the signer', wrongKey.stderr);
  const changed = ethers.Transaction.from(unsignedHex);
  changed.value = changed.value + 1n;
  writeFileSync(join(dir, 'changed.txt'), await warmKey.signTransaction(changed));
  const changedAmount = await run(['replenish', 'import', join(dir, 'changed.txt')], { expect: null });
  check(changedAmount.status === 1 && /not the exported transaction/.test(changedAmount.stderr) && /amount/.test(changedAmount.stderr),
        'a file with a changed amount is refused, saying what differs', changedAmount.stderr);
  const notSigned = await run(['replenish', 'import', unsignedPath], { expect: null });
  check(notSigned.status === 1 && /not signed/.test(notSigned.stderr), 'the unsigned file itself is refused', notSigned.stderr);
  check((await provider.getTransactionCount(warmKey.address)) === nonceBefore && (await provider.getBalance(hot)) === 0n,
        'the refusals sent nothing');
  const stillOpen = (await json(['replenish', 'plan'])).open.find((r) => r.id === exported.id);
  check(stillOpen?.state === 'exported' && !stillOpen.txid, 'the refusals changed nothing in the store', stillOpen);

  const imported = await json(['replenish', 'import', signedPath]);
  const expectedTxid = ethers.Transaction.from(signedHex).hash;
  check(imported.txid === expectedTxid && ['broadcast', 'confirmed'].includes(imported.state) && imported.already_imported === false,
        'import broadcasts the signed transaction', imported);
  const receipt = await provider.getTransactionReceipt(expectedTxid);
  check(receipt?.status === 1, 'the node has the transaction, succeeded', receipt?.status);
  check((await provider.getBalance(hot)) === proposed, 'hot received exactly the exported amount, to the wei', String(await provider.getBalance(hot)));
  const reimported = await json(['replenish', 'import', signedPath]);
  check(reimported.id === imported.id && reimported.already_imported === true, 'importing the same file again makes nothing new', reimported);
  check((await provider.getTransactionCount(warmKey.address)) === nonceBefore + 1, 'exactly one transaction left warm');
  const after = await json(['replenish', 'plan']);
  const ethAfter = after.assets.find((a) => a.asset === 'ETH');
  check(wei(ethAfter.warm_to_hot.amount) === 0n && wei(ethAfter.hot_spendable) === proposed, 'afterwards hot covers the queue', ethAfter);
  check(!after.open.some((r) => r.id === exported.id), 'the replenishment is confirmed (no longer open)', after.open);
  const audit = await json(['audit', 'list', '--action', 'replenishment.']);
  const actions = audit.map((e) => e.action).sort();
  check(['replenishment.broadcast', 'replenishment.confirmed', 'replenishment.export', 'replenishment.import'].every((a) => actions.includes(a))
        && actions.length === 4, 'export, import, broadcast and confirmation audited once each', actions);
  check((await run(['audit', 'verify'], { expect: null })).status === 0, 'the audit chain verifies');

  // ---------------------------------------------------------- the fee wallet
  // Its limits are chain settings an admin signs; a funding from warm fills
  // it to the signed max, prepared and signed offline like warm -> hot.
  const feeKey = ethers.Wallet.createRandom();
  await run(['wallet', 'add', '--chain', 'ethereum', '--tier', 'fee', '--address', feeKey.address], { as: admins });
  const feePath = join(dir, 'fee-unsigned.txt');
  const noMax = await run(['replenish', 'export', '--asset', 'ETH', '--tier', 'fee', '--out', feePath], { expect: null });
  check(noMax.status === 1 && /no max balance an admin signed/.test(noMax.stderr), 'without a signed max no funding is proposed, and says how to set one',
        noMax.stderr);
  const lowAboveMax = await run(['chain', 'set', 'ethereum', '--fee-wallet-max', '1', '--fee-wallet-low', '2'], { as: admins, expect: null });
  check(lowAboveMax.status === 1 && /low-balance alert cannot be above its max balance/.test(lowAboveMax.stderr),
        'an alert above the max is refused', lowAboveMax.stderr);
  const onStellar = await run(['chain', 'set', 'stellar', '--fee-wallet-max', '1'], { as: admins, expect: null });
  check(onStellar.status === 1 && /stellar has no fee wallet/.test(onStellar.stderr), 'Stellar has no fee wallet to limit', onStellar.stderr);
  await run(['chain', 'set', 'ethereum', '--fee-wallet-max', '2.5', '--fee-wallet-low', '0.5'], { as: admins });
  const ethChain = (await json(['chain', 'list'])).find((c) => c.chain === 'ethereum');
  check(wei(ethChain.fee_wallet_max) === wei('2.5') && wei(ethChain.fee_wallet_low) === wei('0.5'), 'chain list shows the limits', ethChain);
  // A larger max written straight into the database sizes nothing.
  execFileSync('sqlite3', [join(dir, 'exchange.db'),
    `UPDATE chain_settings SET fee_wallet_max = '${String(wei('100')).padStart(39, '0')}' WHERE chain = 'ethereum'`]);
  const feePlan = (await json(['replenish', 'plan'])).assets.find((a) => a.asset === 'ETH').warm_to_fee;
  check(feePlan && wei(feePlan.amount) === wei('2.5') && wei(feePlan.max) === wei('2.5') && wei(feePlan.have) === 0n,
        'the plan fills the empty fee wallet to the max root signed, not the row', feePlan);
  const feeExport = await json(['replenish', 'export', '--asset', 'ETH', '--tier', 'fee', '--out', feePath]);
  check(feeExport.from === 'warm' && feeExport.to === 'fee' && feeExport.to_address === feeKey.address && wei(feeExport.amount) === wei('2.5'),
        'exported: 2.5 ETH from warm to the fee wallet', feeExport);
  const feeTx = ethers.Transaction.from(readFileSync(feePath, 'utf8').trim());
  check(feeTx.type === 2 && feeTx.to === feeKey.address && feeTx.value === wei('2.5') && feeTx.data === '0x',
        'ethers reads a plain transfer of 2.5 ETH to the fee wallet', feeTx.toJSON());
  const feeSigned = await warmKey.signTransaction(feeTx);
  writeFileSync(join(dir, 'fee-signed.txt'), feeSigned + '\n');
  const feeTxid = ethers.Transaction.from(feeSigned).hash;
  await json(['replenish', 'import', join(dir, 'fee-signed.txt')]);
  check((await provider.getBalance(feeKey.address)) === wei('2.5'), 'the fee wallet received exactly 2.5 ETH on the chain');
  for (let i = 0; i < 12; ++i) await provider.send('evm_mine', []); // the demo's Ethereum confirmations
  const fundedTwice = await run(['collect', 'fund-fee', '--txid', feeTxid], { as: admins, expect: null });
  check(fundedTwice.status === 1 && /is replenishment \d+, booked with its network fee when it confirms/.test(fundedTwice.stderr),
        'the same transaction is not booked a second time as a funding', fundedTwice.stderr);
  await json(['replenish', 'plan']); // follows it to confirmed
  const feeRow = (await json(['wallets'])).tiers.find((t) => t.asset === 'ETH' && t.tier === 'fee');
  check(feeRow && wei(feeRow.ledger_balance) === wei('2.5') && wei(feeRow.max_balance) === wei('100') && wei(feeRow.low_balance) === wei('0.5'),
        "the books: 2.5 ETH in the fee wallet; the Wallets row shows the database's limits", feeRow);
  const afterFee = (await json(['replenish', 'plan'])).assets.find((a) => a.asset === 'ETH').warm_to_fee;
  check(afterFee && wei(afterFee.amount) === 0n && wei(afterFee.have) === wei('2.5'), 'a full fee wallet needs nothing more', afterFee);
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean after the funding');

  // ------------------------------------------------------------------ ERC-20
  const owner = await provider.getSigner(funded[0].address);
  const erc20 = await new ethers.ContractFactory(artifact('ERC20PresetFixedSupply').abi, artifact('ERC20PresetFixedSupply').bytecode, owner)
    .deploy('Test Dollar', 'TUSD', 1_000_000n * 10n ** 18n, funded[0].address);
  await erc20.waitForDeployment();
  const contract = await erc20.getAddress();
  await run(['asset', 'add', 'TUSD', '--chain', 'ethereum', '--erc20', contract, '--decimals', '18', '--name', 'Test Dollar'],
            { as: 'admin' });
  const units = (text) => ethers.parseUnits(text, 18);
  await (await erc20.transfer(warmKey.address, units('1000'))).wait();
  const tusdPlan = (await json(['replenish', 'plan'])).assets.find((a) => a.asset === 'TUSD');
  check(tusdPlan && units(tusdPlan.warm_spendable) === units('1000') && units(tusdPlan.hot_spendable) === 0n
        && tusdPlan.fee_asset === 'ETH' && wei(tusdPlan.fee_allowance) > 0n,
        "TUSD: warm's and hot's balances are balanceOf on the node, the fee allowance is ether", tusdPlan);
  const tooMuch = await run(['replenish', 'export', '--asset', 'TUSD', '--amount', '1000.000000000000000001',
                             '--out', join(dir, 'tusd-too-much.txt')], { expect: null });
  check(tooMuch.status === 1 && /warm holds 1,?000(\.0+)? TUSD, the move needs 1,?000\.000000000000000001 TUSD/.test(tooMuch.stderr),
        'TUSD: a move of more than warm holds is refused, naming the token', tooMuch.stderr);
  const tusdPath = join(dir, 'tusd-unsigned.txt');
  const tusdExport = await json(['replenish', 'export', '--asset', 'TUSD', '--amount', '250', '--out', tusdPath]);
  check(tusdExport.state === 'exported' && units(tusdExport.amount) === units('250') && tusdExport.fee_asset === 'ETH'
        && tusdExport.from === 'warm' && tusdExport.to === 'hot', 'TUSD: 250 exported warm to hot, the fee in ether', tusdExport);
  const tusdHex = readFileSync(tusdPath, 'utf8').trim();
  const tusdTx = ethers.Transaction.from(tusdHex);
  const transferData = erc20.interface.encodeFunctionData('transfer', [hot, units('250')]);
  check(tusdTx.type === 2 && tusdTx.to === contract && tusdTx.value === 0n && tusdTx.data === transferData && tusdTx.chainId === 1337n,
        "ethers reads a call of the contract's transfer(hot, 250 TUSD) with no ether", tusdTx.toJSON());
  const estimate = await provider.estimateGas({ from: warmKey.address, to: contract, data: transferData });
  check(tusdTx.gasLimit === estimate + (estimate + 3n) / 4n, "its gas is the node's estimate and a quarter",
        { gasLimit: String(tusdTx.gasLimit), estimate: String(estimate) });
  check(wei(tusdExport.max_fee) === tusdTx.gasLimit * tusdTx.maxFeePerGas, 'the max fee is the gas limit at the max fee per gas, in ether',
        tusdExport.max_fee);
  const tusdSigned = await warmKey.signTransaction(ethers.Transaction.from(tusdHex));
  writeFileSync(join(dir, 'tusd-signed.txt'), tusdSigned + '\n');
  const tusdTxid = ethers.Transaction.from(tusdSigned).hash;
  // The chain moves the token; the books do not hold TUSD in warm (tokens
  // reach warm by collection, which this test does not run), so the move is
  // confirmed on the chain and waits for the books, saying so.
  const tusdImport = await run(['replenish', 'import', join(dir, 'tusd-signed.txt')], { expect: null });
  const tusdReceipt = await provider.getTransactionReceipt(tusdTxid);
  check(tusdReceipt?.status === 1 && tusdReceipt.logs.length === 1 && tusdReceipt.logs[0].address === contract,
        'the node has the call, succeeded, with one Transfer log of the contract', tusdReceipt?.logs);
  check((await erc20.balanceOf(hot)) === units('250') && (await erc20.balanceOf(warmKey.address)) === units('750'),
        'hot received exactly 250 TUSD, warm kept 750');
  check(tusdImport.status === 1 && /is confirmed on the chain but cannot be booked/.test(tusdImport.stderr),
        'confirmed on the chain, and the books without TUSD in warm say so', tusdImport.stderr);
  // Someone with SQL access points the asset at another contract: no more
  // TUSD moves until an admin signs that.
  execFileSync('sqlite3', [join(dir, 'exchange.db'), `UPDATE assets SET token_contract = '${ethers.getAddress(ethers.hexlify(ethers.randomBytes(20)))}' WHERE code = 'TUSD'`]);
  const notInForce = await run(['replenish', 'export', '--asset', 'TUSD', '--amount', '1', '--out', join(dir, 'tusd-tampered.txt')],
                               { expect: null });
  check(notInForce.status === 1 && /TUSD is not in force/.test(notInForce.stderr), 'a token whose row is not what was signed does not move',
        notInForce.stderr);
  execFileSync('sqlite3', [join(dir, 'exchange.db'), `UPDATE assets SET token_contract = '${contract}' WHERE code = 'TUSD'`]);

  // ----------------------------------------------------------------- Stellar
  const network = StellarSdk.Networks.TESTNET;
  const xlmWarm = stellarKey(1);
  check(tierAddress('stellar', 'warm') === xlmWarm.publicKey(), "the demo's Stellar warm wallet is SEP-0005 account 1");
  const xlmHot = tierAddress('stellar', 'hot');
  const horizonPosts = [];
  const horizonKnown = new Set();
  const usdcIssuer = StellarSdk.Keypair.random().publicKey();
  // Warm holds 5,000 USDC of usdcIssuer, 1,000 of it offered for sale.
  const usdcLine = { asset_type: 'credit_alphanum4', asset_code: 'USDC', asset_issuer: usdcIssuer, balance: '5000.0000000',
                     selling_liabilities: '1000.0000000' };
  const horizon = await fakeNode((method, u, body) => {
    const account = u.pathname.match(/^\/accounts\/(G[A-Z2-7]{55})$/);
    if (method === 'GET' && account)
      return { status: 200, body: { id: account[1], sequence: account[1] === xlmWarm.publicKey() ? '4294967296123' : '1',
                                    subentry_count: 0,
                                    balances: [{ asset_type: 'native', balance: account[1] === xlmWarm.publicKey() ? '300000.0000000' : '10.0000000', selling_liabilities: '0.0000000' },
                                               ...(account[1] === xlmWarm.publicKey() ? [usdcLine] : [])] } };
    if (method === 'POST' && u.pathname === '/transactions') {
      const envelope = new URLSearchParams(body.toString()).get('tx');
      horizonPosts.push(envelope);
      const hash = new StellarSdk.Transaction(envelope, network).hash().toString('hex');
      horizonKnown.add(hash);
      return { status: 200, body: { hash, successful: true } };
    }
    const t = u.pathname.match(/^\/transactions\/([0-9a-f]{64})$/);
    if (method === 'GET' && t)
      return horizonKnown.has(t[1]) ? { status: 200, body: { hash: t[1], successful: true, fee_charged: '100' } } : { status: 404, body: { title: 'Resource Missing' } };
    return { status: 404, body: {} };
  });
  servers.push(horizon.server);
  await run(['chain', 'set', 'stellar', '--node', horizon.url, '--network', network], { as: admins });
  const xlmPath = join(dir, 'xlm-unsigned.txt');
  const xlmExport = await json(['replenish', 'export', '--asset', 'XLM', '--amount', '12345.6789012', '--out', xlmPath]);
  const xlmTx = StellarSdk.TransactionBuilder.fromXDR(readFileSync(xlmPath, 'utf8').trim(), network);
  const op = xlmTx.operations[0];
  check(xlmTx.source === xlmWarm.publicKey() && xlmTx.sequence === '4294967296124' && xlmTx.signatures.length === 0,
        'the Stellar SDK reads the envelope: from warm, next sequence, no signatures', { source: xlmTx.source, seq: xlmTx.sequence });
  check(xlmTx.operations.length === 1 && op.type === 'payment' && op.destination === xlmHot && op.amount === '12345.6789012'
        && op.asset.isNative(), 'one native payment of exactly 12345.6789012 XLM to hot', op);
  xlmTx.sign(StellarSdk.Keypair.random());
  writeFileSync(join(dir, 'xlm-wrong.txt'), xlmTx.toXDR());
  const xlmWrong = await run(['replenish', 'import', join(dir, 'xlm-wrong.txt')], { expect: null });
  check(xlmWrong.status === 1 && /not signed by the source wallet/.test(xlmWrong.stderr) && horizonPosts.length === 0,
        'Stellar: another key is refused, nothing posted', xlmWrong.stderr);
  const xlmSigned = StellarSdk.TransactionBuilder.fromXDR(readFileSync(xlmPath, 'utf8').trim(), network);
  xlmSigned.sign(xlmWarm);
  writeFileSync(join(dir, 'xlm-signed.txt'), xlmSigned.toXDR());
  const xlmImported = await json(['replenish', 'import', join(dir, 'xlm-signed.txt')]);
  check(xlmImported.id === xlmExport.id && xlmImported.txid === xlmSigned.hash().toString('hex') && xlmImported.state === 'confirmed',
        'Stellar: the signed envelope is imported and confirmed by Horizon', xlmImported);
  check(horizonPosts.length === 1 && horizonPosts[0] === xlmSigned.toXDR(), 'Horizon received exactly the signed envelope', horizonPosts);
  await json(['replenish', 'import', join(dir, 'xlm-signed.txt')]);
  check(horizonPosts.length === 1, 'Stellar: importing again posts nothing new', horizonPosts.length);

  // A credit asset: USDC of usdcIssuer, as the asset USDS.
  await run(['asset', 'add', 'USDS', '--chain', 'stellar', '--stellar-issuer', usdcIssuer, '--stellar-code', 'USDC', '--decimals', '7',
             '--name', 'Stellar Dollar'], { as: 'admin' });
  const usdsTooMuch = await run(['replenish', 'export', '--asset', 'USDS', '--amount', '4000.0000001', '--out', join(dir, 'usds-no.txt')],
                                { expect: null });
  check(usdsTooMuch.status === 1 && /warm holds 4,?000(\.0+)? USDS, the move needs 4,?000\.0000001 USDS/.test(usdsTooMuch.stderr),
        'USDS: what is offered for sale cannot be moved', usdsTooMuch.stderr);
  const usdsPath = join(dir, 'usds-unsigned.txt');
  const usdsExport = await json(['replenish', 'export', '--asset', 'USDS', '--amount', '1234.5', '--out', usdsPath]);
  check(usdsExport.fee_asset === 'XLM' && usdsExport.max_fee === '0.0001',
        'USDS: the fee is XLM', usdsExport);
  const usdsTx = StellarSdk.TransactionBuilder.fromXDR(readFileSync(usdsPath, 'utf8').trim(), network);
  const usdsOp = usdsTx.operations[0];
  check(usdsTx.source === xlmWarm.publicKey() && usdsTx.operations.length === 1 && usdsOp.type === 'payment'
        && usdsOp.destination === xlmHot && usdsOp.amount === '1234.5000000' && !usdsOp.asset.isNative()
        && usdsOp.asset.getCode() === 'USDC' && usdsOp.asset.getIssuer() === usdcIssuer,
        'the Stellar SDK reads one payment of 1234.5 USDC (the signed issuer) from warm to hot', usdsOp);
  usdsTx.sign(xlmWarm);
  writeFileSync(join(dir, 'usds-signed.txt'), usdsTx.toXDR());
  const usdsImport = await run(['replenish', 'import', join(dir, 'usds-signed.txt')], { expect: null });
  check(horizonPosts.length === 2 && horizonPosts[1] === usdsTx.toXDR(), 'Horizon received exactly the signed USDS payment', horizonPosts.length);
  check(usdsImport.status === 1 && /is confirmed on the chain but cannot be booked/.test(usdsImport.stderr),
        'USDS: confirmed on the chain, and the books without USDS in warm say so', usdsImport.stderr);

  // ---------------------------------------------------------------- Algorand
  const algoWarm = algorandAccount(1);
  check(tierAddress('algorand', 'warm') === algoWarm.addr, "the demo's Algorand warm wallet is m/44'/283'/1'", algoWarm.addr);
  const algoHot = tierAddress('algorand', 'hot');
  const genesisHash = 'SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=';
  const algodPosts = [];
  const ASA_ID = 312769; // Tether USDt: the demo has Circle's USDC (31566704) as USDCALGO already
  const algod = await fakeNode((method, u, body) => {
    if (method === 'GET' && u.pathname === '/v2/transactions/params')
      return { status: 200, body: { 'consensus-version': 'future', fee: 0, 'min-fee': 1000, 'genesis-id': 'testnet-v1.0',
                                    'genesis-hash': genesisHash, 'last-round': 50000 } };
    const a = u.pathname.match(/^\/v2\/accounts\/([A-Z2-7]{58})$/);
    if (method === 'GET' && a)
      return { status: 200, body: { address: a[1], amount: a[1] === algoHot ? 100000 : 900000000000, 'min-balance': 100000,
                                    assets: [{ 'asset-id': ASA_ID, amount: a[1] === algoWarm.addr ? 5000000000 : 0, 'is-frozen': false }] } };
    if (method === 'GET' && u.pathname === `/v2/assets/${ASA_ID}`)
      return { status: 200, body: { index: ASA_ID, params: { decimals: 6, total: 10000000000000, creator: algoWarm.addr } } };
    if (method === 'POST' && u.pathname === '/v2/transactions') {
      const stx = algosdk.decodeSignedTransaction(new Uint8Array(body));
      algodPosts.push(Buffer.from(body).toString('base64'));
      return { status: 200, body: { txId: stx.txn.txID() } };
    }
    const p = u.pathname.match(/^\/v2\/transactions\/pending\/([A-Z2-7]{52})$/);
    if (method === 'GET' && p)
      return algodPosts.length ? { status: 200, body: { 'confirmed-round': 50001, 'pool-error': '' } } : { status: 404, body: { message: 'not found' } };
    return { status: 404, body: {} };
  });
  servers.push(algod.server);
  await run(['chain', 'set', 'algorand', '--node', algod.url], { as: admins });
  const algoPath = join(dir, 'algo-unsigned.msgpack');
  const algoExport = await json(['replenish', 'export', '--asset', 'ALGO', '--tier', 'warm', '--amount', '250000.000001', '--out', algoPath]);
  check(algoExport.from === 'cold' && algoExport.to === 'warm', 'Algorand: --tier warm moves cold to warm', algoExport);
  // Cold is watch-only too; for the test, cold's key is account 2 of the demo seed.
  const algoCold = algorandAccount(2);
  const algoTx = algosdk.decodeUnsignedTransaction(readFileSync(algoPath));
  check(algoTx.type === 'pay' && algoTx.sender.toString() === algoCold.addr && algoTx.payment.receiver.toString() === algoWarm.addr
        && algoTx.payment.amount === 250000000001n, 'algosdk reads the payment: cold to warm, exactly 250000.000001 ALGO', algoTx.payment);
  check(algoTx.firstValid === 50000n && algoTx.lastValid === 51000n && algoTx.genesisID === 'testnet-v1.0'
        && Buffer.from(algoTx.genesisHash).toString('base64') === genesisHash && algoTx.fee === 1000n,
        'rounds, genesis and fee from algod', { first: algoTx.firstValid, last: algoTx.lastValid, fee: algoTx.fee });
  check(Buffer.from(algosdk.encodeUnsignedTransaction(algoTx)).equals(readFileSync(algoPath)), 'the file is the canonical msgpack');
  const wrongAlgo = algosdk.generateAccount();
  writeFileSync(join(dir, 'algo-wrong.msgpack'), algosdk.signTransaction(algoTx, wrongAlgo.sk).blob);
  const algoWrong = await run(['replenish', 'import', join(dir, 'algo-wrong.msgpack')], { expect: null });
  check(algoWrong.status === 1 && /not signed by the source wallet/.test(algoWrong.stderr) && algoWrong.stderr.includes(wrongAlgo.addr.toString())
        && algodPosts.length === 0,
        'Algorand: another key is refused, nothing posted', algoWrong.stderr);
  const algoChanged = algosdk.makePaymentTxnWithSuggestedParamsFromObject({
    sender: algoCold.addr, receiver: algoWarm.addr, amount: 250000000002n,
    suggestedParams: { fee: 1000n, flatFee: true, minFee: 1000n, firstValid: 50000n, lastValid: 51000n,
                       genesisID: 'testnet-v1.0', genesisHash: new Uint8Array(Buffer.from(genesisHash, 'base64')) },
  });
  writeFileSync(join(dir, 'algo-changed.msgpack'), algosdk.signTransaction(algoChanged, algoCold.sk).blob);
  const algoChangedRun = await run(['replenish', 'import', join(dir, 'algo-changed.msgpack')], { expect: null });
  check(algoChangedRun.status === 1 && /amount: 250000.000001 ALGO in the export, 250000.000002 ALGO in the file/.test(algoChangedRun.stderr)
        && algodPosts.length === 0, 'Algorand: a changed amount is refused in plain words', algoChangedRun.stderr);
  const algoSigned = algosdk.signTransaction(algoTx, algoCold.sk);
  writeFileSync(join(dir, 'algo-signed.msgpack'), algoSigned.blob);
  const algoImported = await json(['replenish', 'import', join(dir, 'algo-signed.msgpack')]);
  check(algoImported.txid === algoSigned.txID && algoImported.state === 'confirmed', 'Algorand: imported, sent and confirmed', algoImported);
  check(algodPosts.length === 1 && algodPosts[0] === Buffer.from(algoSigned.blob).toString('base64'), 'algod received exactly the signed bytes');
  const algoAgain = await json(['replenish', 'import', join(dir, 'algo-signed.msgpack')]);
  check(algoAgain.already_imported === true && algodPosts.length === 1, 'Algorand: importing again sends nothing new', algoAgain);

  // An ASA: warm holds 5,000 of it.
  await run(['asset', 'add', 'USDA', '--chain', 'algorand', '--asa', String(ASA_ID), '--decimals', '6', '--name', 'Algorand Dollar'],
            { as: 'admin' });
  const usdaPath = join(dir, 'usda-unsigned.msgpack');
  const usdaExport = await json(['replenish', 'export', '--asset', 'USDA', '--amount', '250.5', '--out', usdaPath]);
  check(usdaExport.fee_asset === 'ALGO' && usdaExport.from === 'warm' && usdaExport.to === 'hot', 'USDA: warm to hot, the fee in ALGO',
        usdaExport);
  const usdaTx = algosdk.decodeUnsignedTransaction(readFileSync(usdaPath));
  check(usdaTx.type === 'axfer' && usdaTx.assetTransfer.assetIndex === BigInt(ASA_ID) && usdaTx.assetTransfer.amount === 250500000n
        && usdaTx.assetTransfer.receiver.toString() === algoHot && usdaTx.sender.toString() === algoWarm.addr && usdaTx.fee === 1000n,
        'algosdk reads an axfer of 250.5 of the ASA from warm to hot, fee 0.001 ALGO', usdaTx.assetTransfer);
  check(Buffer.from(algosdk.encodeUnsignedTransaction(usdaTx)).equals(readFileSync(usdaPath)), 'the axfer file is the canonical msgpack');
  const usdaSigned = algosdk.signTransaction(usdaTx, algoWarm.sk);
  writeFileSync(join(dir, 'usda-signed.msgpack'), usdaSigned.blob);
  const usdaImport = await run(['replenish', 'import', join(dir, 'usda-signed.msgpack')], { expect: null });
  check(algodPosts.length === 2 && algodPosts[1] === Buffer.from(usdaSigned.blob).toString('base64'), 'algod received exactly the signed axfer');
  check(usdaImport.status === 1 && /is confirmed on the chain but cannot be booked/.test(usdaImport.stderr),
        'USDA: confirmed on the chain, and the books without USDA in warm say so', usdaImport.stderr);
  check((await run(['audit', 'verify'], { expect: null })).status === 0, 'the audit chain still verifies');
  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean with the moves booked');
} catch (e) {
  crashed(e);
} finally {
  for (const s of servers) s.close();
  await node.close();
}
finish();
