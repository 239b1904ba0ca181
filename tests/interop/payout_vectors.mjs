// Payouts signed by the core's StellarPayer and AlgorandPayer (through
// payout_tool, against a local Horizon / algod) checked with the client
// libraries (a Stellar payout now and then through a channel account: the
// channel the transaction's source and first signer, its sequence + 1,
// hot the operation's source and second signer): the Stellar SDK reads the envelope for its network passphrase,
// computes the same hash (= the payout's txid), finds the signature valid
// for hot's keypair and the fields as asked (payment of XLM or of a credit
// asset, or create_account; destination, amount, sequence = hot's + 1, fee,
// max time), and its
// TransactionBuilder makes the identical envelope from those fields;
// algosdk decodes the signed msgpack, computes the same txID, finds the
// signature valid and the note, amount, fee and rounds as asked, and its
// signTxn makes the identical bytes.
// Stellar transactions for tokens (through interop_tool, the second
// argument): for random credit assets (4- and 12-character codes and any
// length between), amounts, limits, memos and channel accounts, the SDK's
// TransactionBuilder with Operation.payment / Operation.changeTrust makes
// exactly the envelope and hash the core encodes, the SDK verifies the core's
// signatures, the core decodes the SDK's envelope to the same fields, and
// refuses what it cannot represent (path payments, claimable balances, pool
// shares, two operations). Operation.manageData (random names and values,
// set and deleted, SEP-29's config.memo_required among them) likewise both
// ways (stellarDataEntries).
// signTxn makes the identical bytes. ASA transfers and opt-ins made by the
// core's AssetTransferTransaction (through interop_tool) are byte-identical
// to algosdk's both ways (algorandAssetTransfers).
import { spawn } from 'node:child_process';
import { createPublicKey, randomBytes, randomInt, verify } from 'node:crypto';
import { createInterface } from 'node:readline';
import algosdk from 'algosdk';
import * as StellarSdk from '@stellar/stellar-sdk';

const { Keypair, TransactionBuilder, Operation, Asset, Account, Networks, Memo, MuxedAccount, LiquidityPoolAsset, Claimant } = StellarSdk;
const CASES = Number(process.env.PAYOUT_CASES || 12);
const AXFER_CASES = Number(process.env.AXFER_CASES || 200);

// A JSON-lines tool: one request per line, one answer per line.
function pipe(path) {
  const child = spawn(path, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()(JSON.parse(line)));
  const ask = (request) => new Promise((resolve) => {
    waiting.push(resolve);
    child.stdin.write(JSON.stringify(request) + '\n');
  });
  return { child, ask };
}
const { child: tool, ask } = pipe(process.argv[2]);
const interop = process.argv[3] ? pipe(process.argv[3]) : null;

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
const lumens = (stroops) => {
  const s = stroops.toString().padStart(8, '0');
  return (s.slice(0, -7) + '.' + s.slice(-7)).replace(/\.?0+$/, '');
};
const stroopsOf = (text) => {
  const [whole, frac = ''] = text.split('.');
  return BigInt(whole) * 10_000_000n + BigInt(frac.padEnd(7, '0'));
};
// An Ed25519 public key as node's crypto wants it (SPKI DER).
const ed25519Key = (raw) => createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(raw)]),
  format: 'der', type: 'spki' });

async function stellarPayouts() {
  for (let i = 0; i < CASES; i++) {
    const network = i % 2 ? Networks.PUBLIC : Networks.TESTNET;
    const seed = randomBytes(32);
    const kp = Keypair.fromRawEd25519Seed(seed);
    const destination = Keypair.random().publicKey();
    const create = i % 3 === 0;
    // Every other payment is of a token: a credit asset of a random issuer
    // and code (1 to 12 characters: ALPHANUM4 and ALPHANUM12).
    const token = !create && i % 2 === 1
      ? { code: randomCode(1 + randomInt(12)), issuer: Keypair.random().publicKey() } : null;
    const stroops = BigInt(randomInt(create ? 10_000_000 : 1, 2 ** 40));
    const hotSequence = BigInt(randomInt(1, 2 ** 40)) * 4096n + BigInt(randomInt(4096));
    const baseFee = 100 + randomInt(3) * 100;
    const p90 = baseFee + randomInt(0, 5000);
    const nowMs = Date.now() - randomInt(0, 1e9);
    const withdrawalId = randomInt(1, 2 ** 31);
    // Every fourth through a channel account: the transaction's source.
    const channelSeed = i % 4 === 2 ? randomBytes(32) : null;
    const channel = channelSeed && Keypair.fromRawEd25519Seed(channelSeed);
    const channelSequence = BigInt(randomInt(1, 2 ** 40)) * 4096n;
    const out = await ask({ chain: 'stellar', seed: hex(seed), network, destination, destinationExists: !create,
      amount: stroops.toString(), withdrawalId: String(withdrawalId), hotBalance: String(2n ** 50n), hotSequence: hotSequence.toString(),
      baseFee: String(baseFee), p90: String(p90), nowMs: String(nowMs), ...(token ? { token } : {}),
      ...(channel ? { channelSeed: hex(channelSeed), channelSequence: channelSequence.toString() } : {}) });
    if (out.error) {
      check(false, 'xlm payout: signed', out);
      continue;
    }
    const tx = TransactionBuilder.fromXDR(out.rawTx, network);
    check(tx.hash().toString('hex') === out.txid, 'xlm payout: SDK hash = txid', out);
    if (channel) {
      // The channel's sequence and fee, hot's money: both sign the SDK's hash.
      check(tx.source === channel.publicKey() && out.source === channel.publicKey()
          && tx.operations[0].source === kp.publicKey(), 'channel payout: channel the source, hot the operation\'s', out);
      check(tx.signatures.length === 2 && channel.verify(tx.hash(), tx.signatures[0].signature())
          && kp.verify(tx.hash(), tx.signatures[1].signature()), 'channel payout: signatures valid for the channel and hot');
      check(tx.sequence === (channelSequence + 1n).toString() && out.sequence === tx.sequence, 'channel payout: sequence = channel + 1',
        { sequence: tx.sequence, out });
    } else {
      check(tx.source === kp.publicKey() && out.source === kp.publicKey(), 'xlm payout: from hot', out);
      check(tx.signatures.length === 1 && kp.verify(tx.hash(), tx.signatures[0].signature()), 'xlm payout: signature valid for hot');
      check(tx.sequence === (hotSequence + 1n).toString() && out.sequence === tx.sequence, 'xlm payout: sequence = hot + 1',
        { sequence: tx.sequence, out });
    }
    check(tx.fee === String(p90) && out.maxFee === String(p90), 'xlm payout: fee = fee_stats p90', { fee: tx.fee, p90 });
    const maxTime = Math.floor(nowMs / 1000) + 300;
    check(tx.timeBounds && tx.timeBounds.minTime === '0' && tx.timeBounds.maxTime === String(maxTime)
        && out.lastValid === String(maxTime), 'xlm payout: time bounds', { tb: tx.timeBounds, out });
    check(tx.memo.type === 'none' && tx.operations.length === 1, 'xlm payout: one operation, no memo');
    const op = tx.operations[0];
    if (create) {
      check(op.type === 'createAccount' && op.destination === destination && stroopsOf(op.startingBalance) === stroops,
        'xlm payout: create_account', op);
    } else {
      const asset = token ? new Asset(token.code, token.issuer) : Asset.native();
      check(op.type === 'payment' && op.destination === destination && op.asset.equals(asset) && stroopsOf(op.amount) === stroops,
        token ? 'token payout: payment of the credit asset' : 'xlm payout: payment', op);
    }
    // The SDK builds the same envelope from the same fields.
    const opSource = channel ? { source: kp.publicKey() } : {};
    const operation = create ? Operation.createAccount({ destination, startingBalance: lumens(stroops), ...opSource })
      : Operation.payment({ destination, asset: token ? new Asset(token.code, token.issuer) : Asset.native(), amount: lumens(stroops),
        ...opSource });
    const sdk = new TransactionBuilder(channel ? new Account(channel.publicKey(), channelSequence.toString())
      : new Account(kp.publicKey(), hotSequence.toString()),
    { fee: String(p90), networkPassphrase: network, timebounds: { minTime: 0, maxTime } }).addOperation(operation).build();
    if (channel) sdk.sign(channel);
    sdk.sign(kp);
    check(sdk.toEnvelope().toXDR('base64') === out.rawTx, 'xlm payout: byte-identical to the SDK', { mine: out.rawTx });
    // Another network's passphrase: another hash, the signature not valid.
    const other = TransactionBuilder.fromXDR(out.rawTx, network === Networks.PUBLIC ? Networks.TESTNET : Networks.PUBLIC);
    check(!kp.verify(other.hash(), other.signatures[other.signatures.length - 1].signature()), 'xlm payout: not valid on the other network');
  }
}

const CODE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomCode = (length) => Array.from({ length }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');
const randomMemoText = () => {
  const text = Array.from({ length: randomInt(0, 27) }, () => String.fromCharCode(randomInt(0x20, 0x7f))).join('');
  return randomInt(4) === 0 ? text.slice(0, 20) + 'Zürich' : text; // at most 28 bytes of UTF-8
};
const INT64_MAX = 2n ** 63n - 1n;

async function stellarTokens() {
  const ask = interop.ask;
  for (let i = 0; i < CASES * 4; i++) {
    const network = i % 2 ? Networks.PUBLIC : Networks.TESTNET;
    const seed = randomBytes(32);
    const kp = Keypair.fromRawEd25519Seed(seed);
    const channelSeed = i % 5 === 1 ? randomBytes(32) : null;
    const channel = channelSeed && Keypair.fromRawEd25519Seed(channelSeed);
    const length = i % 3 === 2 ? randomInt(1, 13) : (i % 2 ? 12 : 4);
    const code = randomCode(length);
    const issuer = Keypair.random().publicKey();
    const asset = new Asset(code, issuer);
    const trust = i % 4 >= 2;
    const stroops = BigInt(randomInt(1, 2 ** 47)) * BigInt(randomInt(1, 2 ** 16)); // 1 … < 2^63
    const limit = !trust || i % 8 === 2 ? null : (i % 8 === 6 ? 0n : stroops); // null: the SDK's default
    const plain = Keypair.random().publicKey();
    const destination = i % 6 === 0
      ? new MuxedAccount(new Account(plain, '0'), String(BigInt(randomInt(0, 2 ** 47)) * 131072n + BigInt(randomInt(131072)))).accountId()
      : plain;
    const sequence = BigInt(randomInt(1, 2 ** 47)) * 16n + BigInt(randomInt(16));
    const fee = 100 + randomInt(10_000);
    const maxTime = randomInt(1, 2 ** 40);
    const minTime = i % 3 === 0 ? 0 : randomInt(0, maxTime);
    const memoKind = ['none', 'text', 'id'][i % 3];
    const memoValue = memoKind === 'text' ? randomMemoText()
      : memoKind === 'id' ? (BigInt(randomInt(0, 2 ** 47)) * 131072n + BigInt(randomInt(131072))).toString() : '';
    const memo = memoKind === 'text' ? Memo.text(memoValue) : memoKind === 'id' ? Memo.id(memoValue) : Memo.none();

    const source = channel ? { source: channel.publicKey() } : {};
    const operation = trust
      ? Operation.changeTrust({ asset, ...(limit === null ? {} : { limit: lumens(limit) }), ...source })
      : Operation.payment({ destination, asset, amount: lumens(stroops), ...source });
    const sdk = new TransactionBuilder(new Account(kp.publicKey(), (sequence - 1n).toString()),
      { fee: String(fee), networkPassphrase: network, timebounds: { minTime, maxTime }, memo }).addOperation(operation).build();
    sdk.sign(kp);
    if (channel) sdk.sign(channel);
    const sdkXdr = sdk.toEnvelope().toXDR('base64');
    const sdkHash = sdk.hash().toString('hex');
    const what = trust ? `token trust ${code}` : `token payment ${code}`;

    const request = { fee: String(fee), sequence: sequence.toString(), minTime: String(minTime), maxTime: String(maxTime),
      memoType: memoKind, memo: memoValue, operation: trust ? 'change_trust' : 'payment', code, issuer };
    if (trust && limit !== null) request.limit = limit.toString();
    if (!trust) Object.assign(request, { destination, amount: stroops.toString() });
    const mine = await ask({ op: 'stellar_token_tx', seed: hex(seed), ...(channel ? { channelSeed: hex(channelSeed) } : {}),
      network, tx: request });
    check(mine.envelope === sdkXdr, `${what}: byte-identical to the SDK`, { mine, sdkXdr });
    check(mine.hash === sdkHash, `${what}: same hash as the SDK`, { mine: mine.hash, sdkHash });
    if (mine.envelope) {
      const parsed = TransactionBuilder.fromXDR(mine.envelope, network);
      check(parsed.signatures.length === (channel ? 2 : 1) && kp.verify(parsed.hash(), parsed.signatures[0].signature())
          && (!channel || channel.verify(parsed.hash(), parsed.signatures[1].signature())), `${what}: the SDK verifies the core's signatures`);
      const op = parsed.operations[0];
      check(op.asset ? op.asset.getCode() === code && op.asset.getIssuer() === issuer
        : op.line.getCode() === code && op.line.getIssuer() === issuer, `${what}: the SDK reads the asset`, op);
      check(op.asset?.getAssetType?.() === (length <= 4 ? 'credit_alphanum4' : 'credit_alphanum12')
        || op.line?.getAssetType?.() === (length <= 4 ? 'credit_alphanum4' : 'credit_alphanum12'), `${what}: the code's width`, op);
    }

    // The core decodes the SDK's envelope to the same fields.
    const read = await ask({ op: 'stellar_token_decode', envelope: sdkXdr, network });
    const expectedMemo = memoKind === 'none' ? 'none' : `${memoKind}:${memoValue}`;
    check(!read.error && read.source === kp.publicKey() && read.fee === String(fee) && read.sequence === sequence.toString()
        && read.minTime === String(minTime) && read.maxTime === String(maxTime) && read.memo === expectedMemo
        && read.asset === `${code}:${issuer}` && read.signatures === (channel ? 2 : 1)
        && read.operationSource === (channel ? channel.publicKey() : undefined), `${what}: the core reads the SDK's fields`,
      { read, code, issuer, expectedMemo });
    if (trust) {
      check(read.operation === 'change_trust' && read.limit === (limit === null ? INT64_MAX : limit).toString()
        && read.destination === undefined, `${what}: the core reads the limit`, read);
    } else {
      check(read.operation === 'payment' && read.destination === destination && read.amount === stroops.toString(),
        `${what}: the core reads destination and amount`, read);
    }
    check(read.hash === sdkHash && read.envelope === sdkXdr, `${what}: the core's decoded transaction re-encodes to the SDK's bytes`, read);
  }

  // What the core cannot represent, as the SDK makes it, is refused.
  const kp = Keypair.random();
  const usdc = new Asset('USDC', Keypair.random().publicKey());
  const to = Keypair.random().publicKey();
  const refused = {
    'path payment strict send': [Operation.pathPaymentStrictSend({ sendAsset: usdc, sendAmount: '1', destination: to,
      destAsset: Asset.native(), destMin: '1', path: [] })],
    'create claimable balance': [Operation.createClaimableBalance({ asset: usdc, amount: '1', claimants: [new Claimant(to)] })],
    'pool share trustline': [Operation.changeTrust({ asset: new LiquidityPoolAsset(Asset.native(), usdc, 30) })],
    'two payments': [Operation.payment({ destination: to, asset: usdc, amount: '1' }),
      Operation.payment({ destination: to, asset: usdc, amount: '2' })],
    'trustline to XLM': [Operation.changeTrust({ asset: Asset.native() })],
  };
  for (const [name, operations] of Object.entries(refused)) {
    const builder = new TransactionBuilder(new Account(kp.publicKey(), '41'), { fee: '100', networkPassphrase: Networks.TESTNET,
      timebounds: { minTime: 0, maxTime: 1700000300 } });
    for (const operation of operations) builder.addOperation(operation);
    const built = builder.build();
    built.sign(kp);
    const read = await ask({ op: 'stellar_token_decode', envelope: built.toEnvelope().toXDR('base64'), network: Networks.TESTNET });
    check(typeof read.error === 'string' && read.error.length > 0, `token refusal: ${name}`, read);
  }
  // A native payment still reads as one.
  const xlm = new TransactionBuilder(new Account(kp.publicKey(), '41'), { fee: '100', networkPassphrase: Networks.TESTNET,
    timebounds: { minTime: 0, maxTime: 1700000300 } }).addOperation(Operation.payment({ destination: to, asset: Asset.native(), amount: '1.5' })).build();
  const read = await ask({ op: 'stellar_token_decode', envelope: xlm.toEnvelope().toXDR('base64'), network: Networks.TESTNET });
  check(read.asset === 'native' && read.amount === '15000000' && read.operation === 'payment', 'token: XLM still reads as native', read);
}

async function algorandPayouts() {
  for (let i = 0; i < CASES; i++) {
    const seed = randomBytes(32);
    const account = algosdk.mnemonicToSecretKey(algosdk.mnemonicFromSeed(seed));
    const receiver = algosdk.generateAccount().addr.toString();
    const amount = BigInt(randomInt(1, 2 ** 47));
    const lastRound = BigInt(randomInt(1, 2 ** 40));
    const feePerByte = i % 2 ? 0 : randomInt(1, 50);
    const withdrawalId = randomInt(1, 2 ** 31);
    const out = await ask({ chain: 'algorand', seed: hex(seed), destination: receiver, amount: amount.toString(),
      withdrawalId: String(withdrawalId), lastRound: lastRound.toString(), feePerByte: String(feePerByte) });
    if (out.error) {
      check(false, 'algo payout: signed', out);
      continue;
    }
    const raw = Buffer.from(out.rawTx, 'base64');
    const stx = algosdk.decodeSignedTransaction(raw);
    const txn = stx.txn;
    check(txn.txID() === out.txid, 'algo payout: algosdk txID = txid', out);
    check(txn.sender.toString() === account.addr.toString() && out.source === account.addr.toString(), 'algo payout: from hot');
    const signedBytes = Buffer.concat([Buffer.from('TX'), Buffer.from(txn.toByte())]);
    check(verify(null, signedBytes, ed25519Key(account.addr.publicKey), Buffer.from(stx.sig)), 'algo payout: signature valid for hot');
    check(txn.type === 'pay' && txn.payment.receiver.toString() === receiver && txn.payment.amount === amount,
      'algo payout: pays the destination its amount', { receiver, amount: String(amount) });
    check(Buffer.from(txn.note).toString() === `withdrawal:${withdrawalId}`, 'algo payout: note', { note: Buffer.from(txn.note).toString() });
    check(txn.firstValid === lastRound && txn.lastValid === lastRound + 1000n && out.sequence === String(lastRound)
        && out.lastValid === String(lastRound + 1000n), 'algo payout: rounds', out);
    // algod's rule: max(min fee, fee per byte x size); this fee covers it.
    const fee = txn.fee;
    check(fee === BigInt(out.maxFee) && fee >= 1000n && fee >= BigInt(feePerByte * raw.length), 'algo payout: fee',
      { fee: String(fee), size: raw.length, feePerByte });
    check(txn.genesisID === out.genesisId && Buffer.from(txn.genesisHash).toString('base64') === out.genesisHash, 'algo payout: genesis');
    // algosdk re-signs the decoded transaction to the same bytes.
    check(Buffer.from(txn.signTxn(account.sk)).equals(raw), 'algo payout: byte-identical to algosdk signTxn');
  }
}

// ASA transfers and opt-ins ("axfer"): for random asset ids up to 2^64-1,
// amounts, notes, close-to, clawbacks, leases, groups and rekeyed signers,
// algosdk's makeAssetTransferTxnWithSuggestedParamsFromObject and the core's
// AssetTransferTransaction make the same bytes and txID; algosdk reads the
// core's transaction back to the fields asked and its signature is valid
// Ed25519 over "TX" || msgpack; the core reads algosdk's back to the same
// fields and re-encodes it to the same bytes; and it refuses trailing
// bytes, a payment and a changed signature.
const U64_MAX = 2n ** 64n - 1n;
const EDGE_IDS = [1n, 127n, 128n, 255n, 256n, 65535n, 65536n, 2n ** 32n - 1n, 2n ** 32n, 31566704n, U64_MAX];
const randomU64 = () => BigInt('0x' + randomBytes(8).toString('hex')) >> BigInt(randomInt(64));
const chance = (n) => randomInt(n) === 0;
const addressText = () => algosdk.generateAccount().addr.toString();

function axferCase(i) {
  const account = algosdk.generateAccount();
  const sender = account.addr.toString();
  const optIn = i % 4 === 0;
  const assetId = i < EDGE_IDS.length ? EDGE_IDS[i] : (randomU64() || 1n);
  const c = { account, sender, optIn, assetId, amount: 0n, receiver: sender };
  if (!optIn) {
    c.receiver = addressText();
    c.amount = chance(8) ? 0n : chance(8) ? U64_MAX : randomU64();
    if (chance(4))
      c.closeTo = addressText();
    else if (chance(4))
      c.assetSender = addressText();
  }
  const firstValid = randomU64() >> 1n;
  c.params = { fee: chance(5) ? 0n : chance(5) ? randomU64() : BigInt(randomInt(1000, 100000)), flatFee: true, minFee: 1000n,
    firstValid, lastValid: firstValid + BigInt(randomInt(0, 1001)), genesisID: ['mainnet-v1.0', 'testnet-v1.0', ''][randomInt(3)],
    genesisHash: randomBytes(32) };
  if (chance(2))
    c.note = randomBytes(chance(4) ? 1024 : randomInt(1, 64));
  if (chance(4))
    c.lease = randomBytes(32);
  if (chance(5)) {
    c.signer = algosdk.generateAccount(); // the sender was rekeyed to it: "sgnr"
    if (chance(2))
      c.rekeyTo = c.signer.addr.toString();
  }
  return c;
}

function sdkAxfer(c) {
  const txn = algosdk.makeAssetTransferTxnWithSuggestedParamsFromObject({ sender: c.sender, receiver: c.receiver,
    amount: c.amount, assetIndex: c.assetId, closeRemainderTo: c.closeTo, assetSender: c.assetSender, note: c.note,
    lease: c.lease, rekeyTo: c.rekeyTo, suggestedParams: c.params });
  if (c.grouped) // an atomic group with an opt-in of another account
    algosdk.assignGroupID([txn, algosdk.makeAssetTransferTxnWithSuggestedParamsFromObject({ sender: c.receiver,
      receiver: c.receiver, amount: 0, assetIndex: c.assetId, suggestedParams: c.params })]);
  return txn;
}

async function algorandAssetTransfers() {
  const b64 = (bytes) => Buffer.from(bytes ?? []).toString('base64');
  for (let i = 0; i < AXFER_CASES; i++) {
    const c = axferCase(i);
    c.grouped = !c.optIn && chance(5);
    const txn = sdkAxfer(c);
    const signerSk = (c.signer ?? c.account).sk;
    const sdkRaw = Buffer.from(txn.signTxn(signerSk));
    const what = { assetId: String(c.assetId), amount: String(c.amount), optIn: c.optIn, sdk: sdkRaw.toString('base64') };

    // The core makes the same bytes and id.
    const mine = await interop.ask({ op: 'algo_axfer', seed: hex(c.account.sk.subarray(0, 32)),
      signerSeed: c.signer ? hex(c.signer.sk.subarray(0, 32)) : '', tx: { optIn: c.optIn,
        assetId: String(c.assetId), amount: String(c.amount), receiver: c.receiver, closeTo: c.closeTo ?? '',
        assetSender: c.assetSender ?? '', fee: String(c.params.fee), firstValid: String(c.params.firstValid),
        lastValid: String(c.params.lastValid), genesisId: c.params.genesisID, genesisHash: b64(c.params.genesisHash),
        note: c.note ? hex(c.note) : '', lease: c.lease ? hex(c.lease) : '', group: b64(txn.group), rekeyTo: c.rekeyTo ?? '' } });
    if (mine.error) {
      check(false, 'axfer: core signs', { mine, ...what });
      continue;
    }
    check(mine.raw === sdkRaw.toString('base64'), 'axfer: signed bytes identical to algosdk', { mine: mine.raw, ...what });
    check(mine.txn === b64(txn.toByte()), 'axfer: txn bytes identical to algosdk');
    check(mine.txid === txn.txID(), 'axfer: txid = algosdk txID()', { mine: mine.txid, sdk: txn.txID() });
    check(mine.isOptIn === c.optIn, 'axfer: the core knows an opt-in', { isOptIn: mine.isOptIn, optIn: c.optIn });

    // algosdk reads the core's transaction: the fields asked, a valid signature.
    const stx = algosdk.decodeSignedTransaction(Buffer.from(mine.raw, 'base64'));
    const t = stx.txn;
    const at = t.assetTransfer;
    check(t.type === 'axfer' && at.assetIndex === c.assetId && at.amount === c.amount
        && at.receiver.toString() === c.receiver && t.sender.toString() === c.sender
        && (at.closeRemainderTo?.toString()) === c.closeTo && (at.assetSender?.toString()) === c.assetSender,
      'axfer: algosdk reads the fields asked', what);
    check(t.fee === c.params.fee && t.firstValid === c.params.firstValid && t.lastValid === c.params.lastValid
        && (t.genesisID ?? '') === c.params.genesisID && b64(t.genesisHash) === b64(c.params.genesisHash)
        && b64(t.note) === b64(c.note) && b64(t.lease) === b64(c.lease) && (t.rekeyTo?.toString()) === c.rekeyTo,
      'axfer: algosdk reads the header asked', what);
    const signer = c.signer ?? c.account;
    check((stx.sgnr?.toString()) === (c.signer ? signer.addr.toString() : undefined), 'axfer: sgnr only when rekeyed', what);
    check(verify(null, Buffer.concat([Buffer.from('TX'), Buffer.from(t.toByte())]), ed25519Key(signer.addr.publicKey),
      Buffer.from(stx.sig)), 'axfer: algosdk finds the core signature valid', what);
    check(Buffer.from(t.signTxn(signerSk)).toString('base64') === mine.raw, 'axfer: algosdk re-signs to the same bytes');

    // The core reads algosdk's transaction to the same fields and bytes.
    const d = await interop.ask({ op: 'algo_axfer_decode', raw: sdkRaw.toString('base64') });
    check(!d.error && d.assetId === String(c.assetId) && d.amount === String(c.amount) && d.sender === c.sender
        && d.receiver === c.receiver && d.closeTo === (c.closeTo ?? '') && d.assetSender === (c.assetSender ?? '')
        && d.fee === String(c.params.fee) && d.firstValid === String(c.params.firstValid)
        && d.lastValid === String(c.params.lastValid) && d.genesisId === c.params.genesisID
        && d.genesisHash === b64(c.params.genesisHash) && d.note === (c.note ? hex(c.note) : '')
        && d.lease === (c.lease ? hex(c.lease) : '') && d.group === b64(txn.group) && d.rekeyTo === (c.rekeyTo ?? '')
        && d.isOptIn === c.optIn, 'axfer: core reads algosdk fields', { d, ...what });
    check(d.txid === txn.txID() && d.signatureValid === true && d.reencoded === sdkRaw.toString('base64'),
      'axfer: core id, signature and re-encoding of algosdk tx', { d, ...what });

    // Refusals.
    if (i % 10 === 0) {
      const trailing = await interop.ask({ op: 'algo_axfer_decode', raw: Buffer.concat([sdkRaw, Buffer.from([0])]).toString('base64') });
      check(trailing.error !== undefined, 'axfer: core refuses trailing bytes', trailing);
      const tampered = Buffer.from(sdkRaw);
      tampered[tampered.indexOf(Buffer.from('a3736967c440', 'hex')) + 6] ^= 1; // "sig", 64 bytes: the first

      const t2 = await interop.ask({ op: 'algo_axfer_decode', raw: tampered.toString('base64') });
      check(!t2.error && t2.signatureValid === false, 'axfer: core finds a changed signature invalid', t2);
      const pay = algosdk.makePaymentTxnWithSuggestedParamsFromObject({ sender: c.sender, receiver: c.receiver, amount: 1,
        suggestedParams: c.params });
      const p = await interop.ask({ op: 'algo_axfer_decode', raw: Buffer.from(pay.signTxn(c.account.sk)).toString('base64') });
      check(p.error !== undefined, 'axfer: core refuses a payment as an asset transfer', p);
    }
  }
}

async function stellarDataEntries() {
  const ask = interop.ask;
  for (let i = 0; i < CASES * 2; i++) {
    const network = i % 2 ? Networks.PUBLIC : Networks.TESTNET;
    const seed = randomBytes(32);
    const kp = Keypair.fromRawEd25519Seed(seed);
    // Printable ASCII names of 1 to 64 bytes; values of 0 to 64 bytes or none (delete).
    const name = i === 0 ? 'config.memo_required'
      : Array.from({ length: i % 4 === 1 ? 64 : randomInt(1, 65) }, () => String.fromCharCode(randomInt(0x20, 0x7f))).join('');
    const value = i === 0 ? Buffer.from('1') : i % 3 === 2 ? null : randomBytes(i % 4 === 3 ? 64 : randomInt(0, 65));
    const sequence = BigInt(randomInt(1, 2 ** 47)) * 16n + BigInt(randomInt(16));
    const fee = 100 + randomInt(10_000);
    const maxTime = i % 5 === 0 ? 0 : randomInt(1, 2 ** 40);
    const memoKind = ['none', 'text', 'id'][i % 3];
    const memoValue = memoKind === 'text' ? randomMemoText()
      : memoKind === 'id' ? (BigInt(randomInt(0, 2 ** 47)) * 131072n + BigInt(randomInt(131072))).toString() : '';
    const memo = memoKind === 'text' ? Memo.text(memoValue) : memoKind === 'id' ? Memo.id(memoValue) : Memo.none();
    const sdk = new TransactionBuilder(new Account(kp.publicKey(), (sequence - 1n).toString()),
      { fee: String(fee), networkPassphrase: network, timebounds: { minTime: 0, maxTime }, memo })
      .addOperation(Operation.manageData({ name, value })).build();
    sdk.sign(kp);
    const sdkXdr = sdk.toEnvelope().toXDR('base64');
    const sdkHash = sdk.hash().toString('hex');
    const what = `manage_data ${JSON.stringify(name)} ${value === null ? 'deleted' : value.length + ' bytes'}`;
    const tx = { fee: String(fee), sequence: sequence.toString(), minTime: '0', maxTime: String(maxTime), memoType: memoKind,
      memo: memoValue, name };
    if (value !== null) tx.value = hex(value);
    const mine = await ask({ op: 'stellar_data_tx', seed: hex(seed), network, tx });
    check(mine.envelope === sdkXdr, `${what}: byte-identical to the SDK`, { mine, sdkXdr });
    check(mine.hash === sdkHash, `${what}: same hash as the SDK`, { mine: mine.hash, sdkHash });
    if (mine.envelope) {
      const parsed = TransactionBuilder.fromXDR(mine.envelope, network);
      const op = parsed.operations[0];
      check(kp.verify(parsed.hash(), parsed.signatures[0].signature()) && op.type === 'manageData' && String(op.name) === name
        && (value === null ? op.value == null : Buffer.compare(Buffer.from(op.value), value) === 0), `${what}: the SDK reads it`, op);
    }
    const read = await ask({ op: 'stellar_token_decode', envelope: sdkXdr, network });
    check(!read.error && read.operation === 'manage_data' && read.name === name
      && read.value === (value === null ? undefined : hex(value)) && read.hash === sdkHash && read.envelope === sdkXdr,
      `${what}: the core reads the SDK's envelope`, read);
  }
  // Names stellar-core calls invalid are refused by the core too.
  for (const name of ['', 'n'.repeat(65), 'tab\tname']) {
    const out = await ask({ op: 'stellar_data_tx', seed: hex(randomBytes(32)), network: Networks.TESTNET,
      tx: { fee: '100', sequence: '2', memoType: 'none', name, value: '31' } });
    check(typeof out.error === 'string', `manage_data: the name ${JSON.stringify(name)} is refused`, out);
  }
}

// Channel accounts: the channel is the transaction's source (its sequence,
// its fee), hot the payment's (Operation.payment({ source: hot })), signed
// by the channel and by hot; and a channel's Operation.accountMerge back to
// hot (G… or M…). The SDK's TransactionBuilder makes exactly the core's
// envelope and hash, verifies both signatures against the hash it computes
// itself, reads the operation's source as hot; the core reads the SDK's
// envelope back to the same fields and bytes, and refuses a merge into the
// merged account itself.
async function stellarChannels() {
  const ask = interop.ask;
  for (let i = 0; i < CASES * 2; i++) {
    const network = i % 2 ? Networks.PUBLIC : Networks.TESTNET;
    const hotSeed = randomBytes(32);
    const channelSeed = randomBytes(32);
    const hot = Keypair.fromRawEd25519Seed(hotSeed);
    const channel = Keypair.fromRawEd25519Seed(channelSeed);
    const kind = ['payment', 'token', 'create_account', 'account_merge'][i % 4];
    const sequence = BigInt(randomInt(1, 2 ** 47)) * 16n + BigInt(randomInt(16));
    const fee = 100 + randomInt(10_000);
    const maxTime = randomInt(1, 2 ** 40);
    const plain = Keypair.random().publicKey();
    const muxed = i % 8 === 3;
    const destination = kind === 'account_merge'
      ? (muxed ? new MuxedAccount(new Account(hot.publicKey(), '0'), String(randomInt(1, 2 ** 47))).accountId() : hot.publicKey())
      : plain;
    const stroops = BigInt(randomInt(kind === 'create_account' ? 10_000_000 : 1, 2 ** 47));
    const token = kind === 'token' ? { code: randomCode(1 + randomInt(12)), issuer: Keypair.random().publicKey() } : null;
    const operation = kind === 'account_merge' ? Operation.accountMerge({ destination })
      : kind === 'create_account' ? Operation.createAccount({ destination, startingBalance: lumens(stroops), source: hot.publicKey() })
        : Operation.payment({ destination, asset: token ? new Asset(token.code, token.issuer) : Asset.native(),
          amount: lumens(stroops), source: hot.publicKey() });
    const sdk = new TransactionBuilder(new Account(channel.publicKey(), (sequence - 1n).toString()),
      { fee: String(fee), networkPassphrase: network, timebounds: { minTime: 0, maxTime } }).addOperation(operation).build();
    sdk.sign(channel);
    if (kind !== 'account_merge') sdk.sign(hot);
    const sdkXdr = sdk.toEnvelope().toXDR('base64');
    const sdkHash = sdk.hash().toString('hex');
    const what = `channel ${kind}`;

    const request = { fee: String(fee), sequence: sequence.toString(), minTime: '0', maxTime: String(maxTime), memoType: 'none',
      operation: kind === 'token' ? 'payment' : kind, destination, ...(kind === 'account_merge' ? {} : { amount: stroops.toString() }),
      ...(token ? token : {}) };
    const mine = await ask({ op: 'stellar_channel_tx', channelSeed: hex(channelSeed),
      ...(kind === 'account_merge' ? {} : { seed: hex(hotSeed) }), network, tx: request });
    check(mine.envelope === sdkXdr, `${what}: byte-identical to the SDK`, { mine, sdkXdr });
    check(mine.hash === sdkHash, `${what}: same hash as the SDK`, { mine: mine.hash, sdkHash });
    if (mine.envelope) {
      const parsed = TransactionBuilder.fromXDR(mine.envelope, network);
      const h = parsed.hash();
      check(parsed.source === channel.publicKey() && parsed.sequence === sequence.toString() && parsed.fee === String(fee),
        `${what}: the channel is the transaction's source, its sequence, its fee`, { source: parsed.source });
      if (kind === 'account_merge') {
        check(parsed.signatures.length === 1 && channel.verify(h, parsed.signatures[0].signature()),
          `${what}: the SDK verifies the channel's signature`);
        check(parsed.operations[0].type === 'accountMerge' && parsed.operations[0].destination === destination
          && parsed.operations[0].source === undefined, `${what}: the SDK reads the merge into hot`, parsed.operations[0]);
      } else {
        check(parsed.signatures.length === 2 && channel.verify(h, parsed.signatures[0].signature())
            && hot.verify(h, parsed.signatures[1].signature())
            && parsed.signatures[1].hint().equals(hot.signatureHint()), `${what}: the SDK verifies the channel's and hot's signatures`);
        check(parsed.operations[0].source === hot.publicKey(), `${what}: the operation's source is hot`, parsed.operations[0]);
      }
    }
    const read = await ask({ op: 'stellar_token_decode', envelope: sdkXdr, network });
    check(!read.error && read.source === channel.publicKey() && read.sequence === sequence.toString()
        && read.operationSource === (kind === 'account_merge' ? undefined : hot.publicKey())
        && read.operation === (kind === 'token' ? 'payment' : kind) && read.destination === destination
        && read.signatures === (kind === 'account_merge' ? 1 : 2), `${what}: the core reads the SDK's fields`, read);
    check(read.hash === sdkHash && read.envelope === sdkXdr, `${what}: the core's decoded transaction re-encodes to the SDK's bytes`, read);
  }
  // A merge into the merged account itself: stellar-core's ACCOUNT_MERGE_MALFORMED.
  const channelSeed = randomBytes(32);
  const self = await ask({ op: 'stellar_channel_tx', channelSeed: hex(channelSeed), network: Networks.TESTNET,
    tx: { fee: '100', sequence: '2', memoType: 'none', operation: 'account_merge',
      destination: Keypair.fromRawEd25519Seed(channelSeed).publicKey() } });
  check(typeof self.error === 'string', 'channel account_merge into itself is refused', self);
}

// Fee bumps (CAP-15): the SDK's buildFeeBumpTransaction of a channel's
// (or hot's) signed payment, paid by the account that paid the inner fee
// (now and then a muxed fee source), byte-identical to the core's bump of
// the same inner envelope, the same outer hash, the inner hash unchanged;
// the core reads the SDK's fee bump back to the same bytes, and refuses a
// fee below the inner's rate.
async function stellarFeeBumps() {
  const ask = interop.ask;
  for (let i = 0; i < CASES * 2; i++) {
    const network = i % 2 ? Networks.PUBLIC : Networks.TESTNET;
    const hotSeed = randomBytes(32);
    const channelSeed = randomBytes(32);
    const hot = Keypair.fromRawEd25519Seed(hotSeed);
    const channel = Keypair.fromRawEd25519Seed(channelSeed);
    const throughChannel = i % 3 !== 2;
    const payer = throughChannel ? channel : hot;
    const payerSeed = throughChannel ? channelSeed : hotSeed;
    const sequence = BigInt(randomInt(1, 2 ** 47)) * 16n + BigInt(randomInt(16));
    const innerFee = 100 + randomInt(10_000);
    const stroops = BigInt(randomInt(1, 2 ** 40));
    const inner = new TransactionBuilder(new Account(payer.publicKey(), (sequence - 1n).toString()),
      { fee: String(innerFee), networkPassphrase: network, timebounds: { minTime: 0, maxTime: randomInt(1, 2 ** 40) } })
      .addOperation(Operation.payment({ destination: Keypair.random().publicKey(), asset: Asset.native(), amount: lumens(stroops),
        ...(throughChannel ? { source: hot.publicKey() } : {}) })).build();
    inner.sign(payer);
    if (throughChannel) inner.sign(hot);
    const rate = innerFee * (1 + randomInt(20));
    const muxedId = i % 5 === 4 ? String(randomInt(1, 2 ** 47)) : null;
    const feeSource = muxedId ? new MuxedAccount(new Account(payer.publicKey(), '0'), muxedId).accountId() : payer.publicKey();
    const bump = TransactionBuilder.buildFeeBumpTransaction(feeSource, String(rate), inner, network);
    bump.sign(payer);
    const sdkXdr = bump.toEnvelope().toXDR('base64');
    const sdkHash = bump.hash().toString('hex');
    const what = `fee bump ${throughChannel ? 'of a channel payout' : 'of a hot payout'}${muxedId ? ' (muxed fee source)' : ''}`;
    const mine = await ask({ op: 'stellar_fee_bump', envelope: inner.toEnvelope().toXDR('base64'), feeSeed: hex(payerSeed),
      ...(muxedId ? { muxedId } : {}), fee: String(rate * 2), network });
    check(mine.envelope === sdkXdr, `${what}: byte-identical to the SDK`, { mine, sdkXdr });
    check(mine.hash === sdkHash, `${what}: same hash as the SDK`, { mine: mine.hash, sdkHash });
    check(mine.innerHash === inner.hash().toString('hex') && bump.innerTransaction.hash().equals(inner.hash()),
      `${what}: the inner hash is unchanged`, { mine: mine.innerHash });
    if (mine.envelope) {
      const parsed = TransactionBuilder.fromXDR(mine.envelope, network);
      check(parsed.feeSource === feeSource && parsed.fee === String(rate * 2) && parsed.signatures.length === 1
          && payer.verify(parsed.hash(), parsed.signatures[0].signature()),
        `${what}: the SDK reads its fee source and fee and verifies its signature`, { feeSource: parsed.feeSource, fee: parsed.fee });
    }
    const read = await ask({ op: 'stellar_fee_bump', feeBump: sdkXdr, network });
    check(!read.error && read.feeSource === feeSource && read.fee === String(rate * 2) && read.signatures === 1
        && read.innerHash === inner.hash().toString('hex'), `${what}: the core reads the SDK's fields`, read);
    check(read.hash === sdkHash && read.envelope === sdkXdr, `${what}: the core's decoded fee bump re-encodes to the SDK's bytes`, read);
    // Below the inner's rate: stellar-core refuses it (txFEE_BUMP_INNER_FAILED's sibling, txINSUFFICIENT_FEE).
    const low = await ask({ op: 'stellar_fee_bump', envelope: inner.toEnvelope().toXDR('base64'), feeSeed: hex(payerSeed),
      fee: String(innerFee * 2 - 1), network });
    check(typeof low.error === 'string', `${what}: a fee below the inner's rate is refused`, low);
  }
}

const started = Date.now();
try {
  const runs = [['stellar payouts', stellarPayouts], ['algorand payouts', algorandPayouts]];
  if (interop) runs.push(['stellar tokens', stellarTokens], ['stellar data entries', stellarDataEntries],
    ['stellar channels', stellarChannels], ['stellar fee bumps', stellarFeeBumps], ['algorand asset transfers', algorandAssetTransfers]);
  else console.log('no interop_tool given: stellar tokens and asset transfers not checked');
  for (const [name, run] of runs) {
    const before = passed + failed;
    await run();
    console.log(`${name}: ${passed + failed - before} checks`);
  }
} catch (error) {
  failed++;
  console.log('FAIL exception: ' + (error.stack || error));
}
tool.stdin.end();
if (interop) interop.child.stdin.end();
console.log(`${passed} passed, ${failed} failed (${CASES} cases per chain, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
