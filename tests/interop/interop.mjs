// Cross-checks the core (through interop_tool) against ethers, algosdk and
// @stellar/stellar-sdk, in both directions, with random cases per scheme.
// Prints one line per failure and "N passed, M failed"; exits 1 on failure.
// Usage: node interop.mjs /path/to/interop_tool   (INTEROP_CASES=200)

import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import * as ethers from 'ethers';
import algosdk from 'algosdk';
import * as StellarSdk from '@stellar/stellar-sdk';
import { sep53 } from './harness.mjs';

const { Keypair, TransactionBuilder, Operation, Asset, Memo, Account, Networks, StrKey } = StellarSdk;
const CASES = Number(process.env.INTEROP_CASES || 200);

// --- the tool, one request in flight at a time --------------------------
const tool = spawn(process.argv[2], [], { stdio: ['pipe', 'pipe', 'inherit'] });
const waiting = [];
createInterface({ input: tool.stdout }).on('line', (line) => waiting.shift()(JSON.parse(line)));
function ask(request) {
  return new Promise((resolve) => {
    waiting.push(resolve);
    tool.stdin.write(JSON.stringify(request) + '\n');
  });
}

let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    if (failed <= 50) console.log(`FAIL ${what}${detail ? ': ' + JSON.stringify(detail) : ''}`);
  }
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const randomMessage = () => {
  // Mix of JSON-like ASCII orders and arbitrary bytes (including empty).
  if (randomInt(4) === 0) return randomBytes(randomInt(0, 80));
  return Buffer.from(JSON.stringify({ sell: 'ALGO', amount: String(randomInt(1, 1e9)), nonce: hex(randomBytes(4)) }));
};
const tamper = (buf) => {
  const copy = Buffer.from(buf);
  if (copy.length === 0) return Buffer.from([1]);
  copy[randomInt(copy.length)] ^= 1 << randomInt(8);
  return copy;
};
const tamperBase64 = (b64) => tamper(Buffer.from(b64, 'base64')).toString('base64');
const tamperHexSig = (sig) => '0x' + hex(tamper(Buffer.from(sig.slice(2, 130), 'hex'))) + sig.slice(130);
const flipCharacter = (text, at) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
const big = () => BigInt('0x' + hex(randomBytes(randomInt(1, 16))));

// --- Ethereum personal_sign ----------------------------------------------
async function ethereumMessages() {
  for (let i = 0; i < CASES; i++) {
    const wallet = ethers.Wallet.createRandom();
    const msg = randomMessage();
    // SDK signs, core verifies (v as 27/28, and as 0/1 in some cases).
    let sig = wallet.signMessageSync(msg);
    if (i % 5 === 0) sig = sig.slice(0, 130) + (parseInt(sig.slice(130), 16) - 27).toString(16).padStart(2, '0');
    const signer = i % 2 ? wallet.address : wallet.address.toLowerCase();
    let r = await ask({ op: 'verify', chain: 'ethereum', signer, msg: hex(msg), sig });
    check(r.valid, 'eth: core verifies ethers signature', { r, sig });
    // eth_account's signature.hex() prints the same bytes without 0x (hexbytes 1.x).
    r = await ask({ op: 'verify', chain: 'ethereum', signer, msg: hex(msg), sig: sig.slice(2) });
    check(r.valid && r.scheme === 'personal_sign', 'eth: core verifies the signature without 0x', { r, sig });
    r = await ask({ op: 'verify', chain: 'ethereum', signer, msg: hex(tamper(msg)), sig });
    check(!r.valid, 'eth: core refuses tampered message');
    r = await ask({ op: 'verify', chain: 'ethereum', signer, msg: hex(msg), sig: tamperHexSig(sig) });
    check(!r.valid, 'eth: core refuses tampered signature');
    // Core signs, SDK verifies.
    const key = ethers.hexlify(randomBytes(32));
    const mine = await ask({ op: 'eth_sign', key: key.slice(2), msg: hex(msg) });
    check(mine.address === new ethers.Wallet(key).address, 'eth: core address matches ethers', mine);
    check(ethers.verifyMessage(msg, mine.sig) === mine.address, 'eth: ethers verifies core signature', mine);
    check(mine.sig === new ethers.Wallet(key).signMessageSync(msg), 'eth: RFC 6979 signatures identical');
    let recovered;
    try { recovered = ethers.verifyMessage(tamper(msg), mine.sig); } catch { recovered = null; }
    check(recovered !== mine.address, 'eth: ethers refuses tampered message');
  }
}

// --- Algorand signBytes ----------------------------------------------------
async function algorandMessages() {
  for (let i = 0; i < CASES; i++) {
    const account = algosdk.generateAccount();
    const address = account.addr.toString();
    const msg = randomMessage();
    const sig = Buffer.from(algosdk.signBytes(msg, account.sk));
    const sigText = i % 2 ? sig.toString('base64') : sig.toString('hex');
    let r = await ask({ op: 'verify', chain: 'algorand', signer: address, msg: hex(msg), sig: sigText });
    check(r.valid, 'algo: core verifies algosdk signBytes', r);
    r = await ask({ op: 'verify', chain: 'algorand', signer: address, msg: hex(tamper(msg)), sig: sig.toString('base64') });
    check(!r.valid, 'algo: core refuses tampered message');
    r = await ask({ op: 'verify', chain: 'algorand', signer: address, msg: hex(msg), sig: tamper(sig).toString('base64') });
    check(!r.valid, 'algo: core refuses tampered signature');

    const seed = randomBytes(32);
    const mine = await ask({ op: 'algo_sign', seed: hex(seed), msg: hex(msg) });
    const mineSig = Buffer.from(mine.sig, 'base64');
    check(algosdk.verifyBytes(msg, mineSig, mine.address), 'algo: algosdk verifies core signBytes', mine);
    check(!algosdk.verifyBytes(tamper(msg), mineSig, mine.address), 'algo: algosdk refuses tampered message');
    check(!algosdk.verifyBytes(msg, tamper(mineSig), mine.address), 'algo: algosdk refuses tampered signature');
  }
}

// --- Stellar Keypair.sign ----------------------------------------------------
async function stellarMessages() {
  for (let i = 0; i < CASES; i++) {
    const kp = Keypair.random();
    const msg = randomMessage();
    const sig = kp.sign(msg);
    let r = await ask({ op: 'verify', chain: 'stellar', signer: kp.publicKey(), msg: hex(msg), sig: sig.toString('base64') });
    check(r.valid, 'xlm: core verifies Keypair.sign', r);
    r = await ask({ op: 'verify', chain: 'stellar', signer: kp.publicKey(), msg: hex(tamper(msg)), sig: sig.toString('base64') });
    check(!r.valid, 'xlm: core refuses tampered message');
    r = await ask({ op: 'verify', chain: 'stellar', signer: kp.publicKey(), msg: hex(msg), sig: tamper(sig).toString('hex') });
    check(!r.valid, 'xlm: core refuses tampered signature');

    const seed = randomBytes(32);
    const mine = await ask({ op: 'stellar_sign', seed: hex(seed), msg: hex(msg) });
    const signer = Keypair.fromPublicKey(mine.address);
    check(Keypair.fromRawEd25519Seed(seed).publicKey() === mine.address, 'xlm: core account id matches SDK');
    const mineSig = Buffer.from(mine.sig, 'base64');
    check(signer.verify(msg, mineSig), 'xlm: SDK verifies core signature');
    check(!signer.verify(tamper(msg), mineSig), 'xlm: SDK refuses tampered message');
    check(!signer.verify(msg, tamper(mineSig)), 'xlm: SDK refuses tampered signature');
  }
}

// --- Stellar SEP-53 (Keypair.signMessage) -------------------------------------
const SEP53 = sep53(Keypair);
const sep53Sign = SEP53.sign;
const sep53Verify = SEP53.verify;

async function stellarSep53Messages() {
  console.log(`sep53: signing with ${SEP53.bySdk ? "the SDK's Keypair.signMessage" : 'SHA-256 and Keypair.sign'}`);
  for (let i = 0; i < CASES; i++) {
    const kp = Keypair.random();
    const msg = randomMessage();
    const sig = sep53Sign(kp, msg);
    let r = await ask({ op: 'verify', chain: 'stellar', signer: kp.publicKey(), msg: hex(msg), sig: sig.toString(i % 2 ? 'base64' : 'hex') });
    check(r.valid && r.scheme === 'sep53', 'sep53: core verifies the SDK\'s signMessage as SEP-53', r);
    r = await ask({ op: 'verify', chain: 'stellar', signer: kp.publicKey(), msg: hex(msg), sig: kp.sign(msg).toString('base64') });
    check(r.valid && r.scheme === 'ed25519', 'sep53: a plain Keypair.sign still verifies as plain Ed25519', r);
    r = await ask({ op: 'verify', chain: 'stellar', signer: kp.publicKey(), msg: hex(tamper(msg)), sig: sig.toString('base64') });
    check(!r.valid, 'sep53: core refuses tampered message');
    r = await ask({ op: 'verify', chain: 'stellar', signer: Keypair.random().publicKey(), msg: hex(msg), sig: sig.toString('base64') });
    check(!r.valid, 'sep53: core refuses another signer');

    const seed = randomBytes(32);
    const mine = await ask({ op: 'stellar_sign_sep53', seed: hex(seed), msg: hex(msg) });
    const signer = Keypair.fromPublicKey(mine.address);
    const mineSig = Buffer.from(mine.sig, 'base64');
    check(sep53Verify(signer, msg, mineSig), 'sep53: SDK verifies core SEP-53 signature');
    check(!sep53Verify(signer, tamper(msg), mineSig), 'sep53: SDK refuses tampered message');
    check(!signer.verify(msg, mineSig), 'sep53: a SEP-53 signature is no plain signature of the message');
  }
}

// --- Ethereum transactions ---------------------------------------------------
function randomEthFields(type) {
  const fields = {
    type, chainId: BigInt(randomInt(1, 2 ** 40)), nonce: BigInt(randomInt(0, 2 ** 40)),
    gasLimit: BigInt(randomInt(21000, 2 ** 30)), value: big(),
    to: randomInt(10) === 0 ? null : ethers.getAddress(ethers.hexlify(randomBytes(20))),
    data: randomInt(3) === 0 ? '0x' : ethers.hexlify(randomBytes(randomInt(1, 100))),
  };
  if (type === 2) {
    fields.maxPriorityFeePerGas = big();
    fields.maxFeePerGas = fields.maxPriorityFeePerGas + big();
  } else {
    fields.gasPrice = big();
  }
  return fields;
}

async function ethereumTransactions() {
  for (let i = 0; i < CASES; i++) {
    const type = i % 2 ? 2 : 0;
    const wallet = new ethers.Wallet(ethers.hexlify(randomBytes(32)));
    const fields = randomEthFields(type);
    // SDK builds and signs, core decodes.
    const tx = ethers.Transaction.from(fields);
    tx.signature = wallet.signingKey.sign(tx.unsignedHash);
    const d = await ask({ op: 'decode', chain: 'ethereum', raw: tx.serialized });
    check(d.hash === tx.hash, 'eth tx: core hash of ethers tx', { d, raw: tx.serialized });
    check(d.from === wallet.address, 'eth tx: core recovers ethers sender', d);
    check(d.value === tx.value.toString() && d.nonce === tx.nonce.toString() && d.gasLimit === tx.gasLimit.toString()
        && d.chainId === tx.chainId.toString() && d.to === tx.to && d.data === tx.data, 'eth tx: core fields', d);
    if (type === 2) check(d.maxFeePerGas === tx.maxFeePerGas.toString() && d.maxPriorityFeePerGas === tx.maxPriorityFeePerGas.toString(), 'eth tx: fees');
    else check(d.gasPrice === tx.gasPrice.toString(), 'eth tx: gas price');
    const bad = await ask({ op: 'decode', chain: 'ethereum', raw: tx.serialized.slice(0, -2) });
    check(bad.error !== undefined, 'eth tx: core refuses truncated tx');

    // Core builds and signs, SDK decodes.
    const request = { type, chainId: fields.chainId.toString(), nonce: fields.nonce.toString(), gasLimit: fields.gasLimit.toString(),
      value: fields.value.toString(), to: fields.to ?? '', data: fields.data };
    if (type === 2) {
      request.maxPriorityFeePerGas = fields.maxPriorityFeePerGas.toString();
      request.maxFeePerGas = fields.maxFeePerGas.toString();
    } else {
      request.gasPrice = fields.gasPrice.toString();
    }
    const mine = await ask({ op: 'eth_tx', key: wallet.privateKey.slice(2), tx: request });
    const parsed = ethers.Transaction.from(mine.raw);
    check(parsed.hash === mine.hash, 'eth tx: ethers hash of core tx', mine);
    check(parsed.from === wallet.address, 'eth tx: ethers recovers core sender');
    check(parsed.type === type && parsed.value === fields.value && BigInt(parsed.nonce) === fields.nonce && parsed.to === fields.to
        && parsed.chainId === fields.chainId && parsed.data === fields.data, 'eth tx: ethers fields of core tx',
        { type: parsed.type, value: String(parsed.value), nonce: String(parsed.nonce), to: parsed.to, chainId: String(parsed.chainId), data: parsed.data, expected: request });
    check(mine.raw === tx.serialized, 'eth tx: byte-identical to ethers (RFC 6979)');
  }
}

// --- Algorand transactions -----------------------------------------------------
async function algorandTransactions() {
  const genesisHash = randomBytes(32);
  for (let i = 0; i < CASES; i++) {
    const account = algosdk.generateAccount();
    const receiver = algosdk.generateAccount().addr.toString();
    const firstValid = randomInt(1, 2 ** 40);
    const params = { fee: BigInt(randomInt(0, 3) ? randomInt(1000, 100000) : 0), flatFee: true, minFee: 1000,
      firstValid, lastValid: firstValid + randomInt(1, 1000), genesisID: randomInt(2) ? 'mainnet-v1.0' : 'testnet-v1.0', genesisHash };
    const note = randomInt(3) === 0 ? undefined : randomBytes(randomInt(1, 64));
    const amount = randomInt(5) === 0 ? 0 : randomInt(1, 2 ** 47);
    const closeTo = randomInt(5) === 0 ? algosdk.generateAccount().addr.toString() : undefined;
    const txn = algosdk.makePaymentTxnWithSuggestedParamsFromObject({ sender: account.addr, receiver, amount, note,
      closeRemainderTo: closeTo, suggestedParams: params });
    const signed = Buffer.from(txn.signTxn(account.sk));
    const d = await ask({ op: 'decode', chain: 'algorand', raw: signed.toString('base64') });
    check(d.txId === txn.txID(), 'algo tx: core id of algosdk tx', { d, raw: signed.toString('base64') });
    check(d.signatureValid === true && d.sender === account.addr.toString() && d.receiver === receiver
        && d.amount === String(amount) && d.fee === String(params.fee) && d.firstValid === String(firstValid)
        && d.lastValid === String(params.lastValid) && (d.closeRemainderTo ?? undefined) === closeTo, 'algo tx: core fields', d);
    const hexDecoded = await ask({ op: 'decode', chain: 'algorand', raw: signed.toString('hex') });
    check(hexDecoded.txId === txn.txID(), 'algo tx: core decodes hex too');
    const bad = await ask({ op: 'decode', chain: 'algorand', raw: Buffer.concat([signed, Buffer.from([0])]).toString('base64') });
    check(bad.error !== undefined, 'algo tx: core refuses trailing bytes');

    const seed = Buffer.from(account.sk.subarray(0, 32));
    const mine = await ask({ op: 'algo_tx', seed: hex(seed), tx: { receiver, amount: String(amount), fee: String(params.fee),
      firstValid: String(firstValid), lastValid: String(params.lastValid), genesisId: params.genesisID,
      genesisHash: genesisHash.toString('base64'), note: note ? hex(note) : '', closeRemainderTo: closeTo ?? '' } });
    check(mine.raw === signed.toString('base64'), 'algo tx: byte-identical to algosdk', { mine, sdk: signed.toString('base64') });
    const parsed = algosdk.decodeSignedTransaction(Buffer.from(mine.raw, 'base64'));
    check(parsed.txn.txID() === mine.txid, 'algo tx: algosdk id of core tx');
    check(algosdk.verifyBytes !== undefined && parsed.txn.sender.toString() === account.addr.toString(), 'algo tx: algosdk sender');
  }
}

// --- Stellar transactions --------------------------------------------------
async function stellarTransactions() {
  for (let i = 0; i < CASES; i++) {
    const network = i % 2 ? Networks.PUBLIC : Networks.TESTNET;
    const kp = Keypair.random();
    const sequence = BigInt(randomInt(0, 2 ** 47));
    const destinationKey = Keypair.random().publicKey();
    const destination = i % 7 === 0 ? StrKey.encodeMed25519PublicKey(Buffer.concat([StrKey.decodeEd25519PublicKey(destinationKey), randomBytes(8)])) : destinationKey;
    const stroops = BigInt(randomInt(1, 2 ** 47));
    const amount = (stroops / 10000000n).toString() + '.' + (stroops % 10000000n).toString().padStart(7, '0');
    const fee = randomInt(100, 100000);
    const memoKind = i % 3;
    const memoText = hex(randomBytes(randomInt(0, 14)));
    const memoId = BigInt('0x' + hex(randomBytes(8))).toString();
    const minTime = randomInt(0, 2) ? 0 : randomInt(1, 2 ** 31);
    const maxTime = minTime + randomInt(1, 2 ** 30);
    const builder = new TransactionBuilder(new Account(kp.publicKey(), sequence.toString()),
      { fee: String(fee), networkPassphrase: network, timebounds: { minTime, maxTime } })
      .addOperation(Operation.payment({ destination, asset: Asset.native(), amount }));
    if (memoKind === 1) builder.addMemo(Memo.text(memoText));
    if (memoKind === 2) builder.addMemo(Memo.id(memoId));
    const tx = builder.build();
    tx.sign(kp);
    const envelope = tx.toEnvelope().toXDR('base64');
    const d = await ask({ op: 'decode', chain: 'stellar', raw: envelope, network });
    check(d.hash === tx.hash().toString('hex'), 'xlm tx: core hash of SDK tx', { d, envelope });
    check(d.signedBySource === true && d.source === kp.publicKey() && d.destination === destination && d.amount === stroops.toString()
        && d.fee === String(fee) && d.sequence === (sequence + 1n).toString(), 'xlm tx: core fields', d);
    const memoOk = memoKind === 0 ? d.memo.type === 'none' : memoKind === 1 ? d.memo.value === memoText : d.memo.value === memoId;
    check(memoOk, 'xlm tx: memo', d.memo);
    const other = await ask({ op: 'decode', chain: 'stellar', raw: envelope, network: network === Networks.PUBLIC ? Networks.TESTNET : Networks.PUBLIC });
    check(other.signedBySource === false && other.hash !== d.hash, 'xlm tx: wrong network is not signed');

    const seed = kp.rawSecretKey();
    const request = { fee: String(fee), sequence: (sequence + 1n).toString(), minTime: String(minTime), maxTime: String(maxTime),
      memoType: ['none', 'text', 'id'][memoKind], memo: memoKind === 1 ? memoText : memoId, destination, amount: stroops.toString() };
    const mine = await ask({ op: 'stellar_tx', seed: hex(seed), network, tx: request });
    check(mine.envelope === envelope, 'xlm tx: byte-identical to SDK', { mine, envelope });
    const parsed = TransactionBuilder.fromXDR(mine.envelope, network);
    check(parsed.hash().toString('hex') === mine.hash, 'xlm tx: SDK hash of core tx');
    check(kp.verify(parsed.hash(), parsed.signatures[0].signature()), 'xlm tx: SDK verifies core signature');
    check(parsed.operations[0].amount === amount && parsed.operations[0].destination === destination, 'xlm tx: SDK fields');
  }
}

// --- keys and addresses --------------------------------------------------------
async function keysAndAddresses() {
  for (let i = 0; i < CASES; i++) {
    const phrase = ethers.Mnemonic.entropyToPhrase(randomBytes([16, 20, 24, 28, 32][i % 5]));
    const index = randomInt(0, 1000);
    const passphrase = i % 4 === 0 ? 'TREZOR' : '';
    const wallet = ethers.HDNodeWallet.fromPhrase(phrase, passphrase, `m/44'/60'/0'/0/${index}`);
    const r = await ask({ op: 'eth_derive', mnemonic: phrase, passphrase, index });
    check(r.address === wallet.address, 'keys: BIP-32 m/44\'/60\'/0\'/0/i matches ethers', { r, expected: wallet.address });

    const account = algosdk.generateAccount();
    const mnemonic = algosdk.secretKeyToMnemonic(account.sk);
    const a = await ask({ op: 'algo_mnemonic', mnemonic });
    check(a.address === account.addr.toString() && a.mnemonic === mnemonic, 'keys: Algorand mnemonic matches algosdk', a);
    const words = mnemonic.split(' ');
    words[randomInt(24)] = words[randomInt(24)] === 'abandon' ? 'ability' : 'abandon';
    const bad = await ask({ op: 'algo_mnemonic', mnemonic: words.join(' ') });
    let sdkRefuses = false;
    try { algosdk.mnemonicToSecretKey(words.join(' ')); } catch { sdkRefuses = true; }
    check((bad.error !== undefined) === sdkRefuses, 'keys: altered Algorand mnemonic treated like algosdk');

    const kp = Keypair.random();
    const s = await ask({ op: 'stellar_secret', secret: kp.secret() });
    check(s.address === kp.publicKey(), 'keys: Stellar seed matches SDK');

    // A payment to a muxed address of the base account (SEP-23), as
    // Horizon records it: the deposit watcher reads the id the SDK put in.
    const base = Keypair.random().publicKey();
    const muxedId = String(BigInt(randomInt(1, 2 ** 47)) * 65536n + BigInt(randomInt(65536)));
    const muxed = new StellarSdk.MuxedAccount(new StellarSdk.Account(base, '0'), muxedId);
    const record = (to, toMuxed, toMuxedId, memo) => JSON.stringify({
      id: '12884905985', paging_token: '12884905985', transaction_successful: true, type: 'payment', type_i: 1,
      transaction_hash: 'b9d0b2292c4e09e8eb22d036171491e87b8d2086bf8b265874c8d182cb9c9020', asset_type: 'native',
      from: kp.publicKey(), to, ...(toMuxed ? { to_muxed: toMuxed, to_muxed_id: toMuxedId } : {}), amount: '12.5000000',
      transaction: { memo_type: memo ? 'id' : 'none', ...(memo ? { memo } : {}) } });
    const viaMuxed = await ask({ op: 'horizon_payment', base, record: record(base, muxed.accountId(), muxed.id()) });
    check(viaMuxed.deposit === true && viaMuxed.muxed_id === muxedId && viaMuxed.memo === '' && viaMuxed.stroops === '125000000',
          'stellar: a payment to the SDK\'s MuxedAccount of the base carries its id', { viaMuxed, muxedId, muxed: muxed.accountId() });
    const other = new StellarSdk.MuxedAccount(new StellarSdk.Account(kp.publicKey(), '0'), muxedId);
    const notOurs = await ask({ op: 'horizon_payment', base, record: record(base, other.accountId(), muxedId) });
    check(notOurs.error !== undefined, 'stellar: another account\'s M-address beside our "to" is refused', notOurs);
    const withMemo = await ask({ op: 'horizon_payment', base, record: record(base, muxed.accountId(), muxedId, '42') });
    check(withMemo.muxed_id === muxedId && withMemo.memo === '42', 'stellar: muxed id and memo both read', withMemo);

    // A credit asset typed by the SDK (its asset type from the code's
    // length), paid to the base through a strict-send path from lumens:
    // credited as the watched token, for what arrived. The same code of
    // another issuer is not it.
    const code = ['USDC', 'yUSDC', 'A', 'LongCode1234', 'EUR'][i % 5];
    const token = new Asset(code, Keypair.random().publicKey());
    const fields = (asset, prefix) => asset.isNative() ? { [`${prefix}asset_type`]: 'native' }
      : { [`${prefix}asset_type`]: asset.getAssetType(), [`${prefix}asset_code`]: asset.getCode(), [`${prefix}asset_issuer`]: asset.getIssuer() };
    const pathPayment = (received) => JSON.stringify({
      id: '12884905985', paging_token: '12884905985', transaction_successful: true, type: 'path_payment_strict_send', type_i: 13,
      transaction_hash: 'b9d0b2292c4e09e8eb22d036171491e87b8d2086bf8b265874c8d182cb9c9020', ...fields(received, ''),
      from: kp.publicKey(), to: base, amount: '7.0000001', path: [], source_amount: '100.0000000', destination_min: '7.0000000',
      ...fields(Asset.native(), 'source_'), transaction: { memo_type: 'id', memo: '42' } });
    const tokens = [{ asset: 'TOKEN', code: token.getCode(), issuer: token.getIssuer() }];
    const viaPath = await ask({ op: 'horizon_payment', base, record: pathPayment(token), tokens });
    check(viaPath.deposit === true && viaPath.asset === 'TOKEN' && viaPath.stroops === '70000001' && viaPath.memo === '42'
          && viaPath.token === `stellar_credit ${code}:${token.getIssuer()}`,
          `stellar: a path payment of the SDK's ${token.getAssetType()} asset credits what arrived as the token`, viaPath);
    const lookalike = new Asset(code, Keypair.random().publicKey());
    const notOurToken = await ask({ op: 'horizon_payment', base, record: pathPayment(lookalike), tokens });
    check(notOurToken.deposit === false && notOurToken.unwatched === `${code}:${lookalike.getIssuer()}`,
          'stellar: the same code of another issuer is not the token', notOurToken);

    for (const [chain, address, valid] of [
      ['ethereum', ethers.getAddress(ethers.hexlify(randomBytes(20))), true],
      ['algorand', account.addr.toString(), true],
      ['stellar', kp.publicKey(), true],
      ['stellar', StrKey.encodeMed25519PublicKey(randomBytes(40)), true],
      // A changed character in the middle: the checksum catches it. (The
      // last character is not used: algosdk ignores non-zero unused bits
      // there, which the core refuses as non-canonical.)
      ['algorand', flipCharacter(account.addr.toString(), 20), false],
      ['stellar', flipCharacter(kp.publicKey(), 20), false],
    ]) {
      const v = await ask({ op: 'address', chain, address });
      const sdkValid = chain === 'ethereum' ? ethers.isAddress(address)
        : chain === 'algorand' ? algosdk.isValidAddress(address)
        : StrKey.isValidEd25519PublicKey(address) || StrKey.isValidMed25519PublicKey(address);
      check(v.valid === valid && sdkValid === valid, `address ${chain} ${address}`, v);
    }
  }
}

const started = Date.now();
try {
  for (const [name, run] of [['ethereum messages', ethereumMessages], ['algorand messages', algorandMessages],
    ['stellar messages', stellarMessages], ['stellar SEP-53 messages', stellarSep53Messages], ['ethereum transactions', ethereumTransactions],
    ['algorand transactions', algorandTransactions], ['stellar transactions', stellarTransactions],
    ['keys and addresses', keysAndAddresses]]) {
    const before = passed + failed;
    await run();
    console.log(`${name}: ${passed + failed - before} checks`);
  }
} catch (error) {
  failed++;
  console.log('FAIL exception: ' + (error.stack || error));
}
tool.stdin.end();
console.log(`${passed} passed, ${failed} failed (${CASES} cases per scheme, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
