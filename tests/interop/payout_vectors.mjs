// Payouts signed by the core's StellarPayer and AlgorandPayer (through
// payout_tool, against a local Horizon / algod) checked with the client
// libraries: the Stellar SDK reads the envelope for its network passphrase,
// computes the same hash (= the payout's txid), finds the signature valid
// for hot's keypair and the fields as asked (payment or create_account,
// destination, amount, sequence = hot's + 1, fee, max time), and its
// TransactionBuilder makes the identical envelope from those fields;
// algosdk decodes the signed msgpack, computes the same txID, finds the
// signature valid and the note, amount, fee and rounds as asked, and its
// signTxn makes the identical bytes.
import { spawn } from 'node:child_process';
import { createPublicKey, randomBytes, randomInt, verify } from 'node:crypto';
import { createInterface } from 'node:readline';
import algosdk from 'algosdk';
import * as StellarSdk from '@stellar/stellar-sdk';

const { Keypair, TransactionBuilder, Operation, Asset, Account, Networks } = StellarSdk;
const CASES = Number(process.env.PAYOUT_CASES || 12);

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
    const stroops = BigInt(randomInt(create ? 10_000_000 : 1, 2 ** 40));
    const hotSequence = BigInt(randomInt(1, 2 ** 40)) * 4096n + BigInt(randomInt(4096));
    const baseFee = 100 + randomInt(3) * 100;
    const p90 = baseFee + randomInt(0, 5000);
    const nowMs = Date.now() - randomInt(0, 1e9);
    const withdrawalId = randomInt(1, 2 ** 31);
    const out = await ask({ chain: 'stellar', seed: hex(seed), network, destination, destinationExists: !create,
      amount: stroops.toString(), withdrawalId: String(withdrawalId), hotBalance: String(2n ** 50n), hotSequence: hotSequence.toString(),
      baseFee: String(baseFee), p90: String(p90), nowMs: String(nowMs) });
    if (out.error) {
      check(false, 'xlm payout: signed', out);
      continue;
    }
    const tx = TransactionBuilder.fromXDR(out.rawTx, network);
    check(tx.hash().toString('hex') === out.txid, 'xlm payout: SDK hash = txid', out);
    check(tx.source === kp.publicKey() && out.source === kp.publicKey(), 'xlm payout: from hot', out);
    check(tx.signatures.length === 1 && kp.verify(tx.hash(), tx.signatures[0].signature()), 'xlm payout: signature valid for hot');
    check(tx.sequence === (hotSequence + 1n).toString() && out.sequence === tx.sequence, 'xlm payout: sequence = hot + 1',
      { sequence: tx.sequence, out });
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
      check(op.type === 'payment' && op.destination === destination && op.asset.isNative() && stroopsOf(op.amount) === stroops,
        'xlm payout: payment', op);
    }
    // The SDK builds the same envelope from the same fields.
    const operation = create ? Operation.createAccount({ destination, startingBalance: lumens(stroops) })
      : Operation.payment({ destination, asset: Asset.native(), amount: lumens(stroops) });
    const sdk = new TransactionBuilder(new Account(kp.publicKey(), hotSequence.toString()),
      { fee: String(p90), networkPassphrase: network, timebounds: { minTime: 0, maxTime } }).addOperation(operation).build();
    sdk.sign(kp);
    check(sdk.toEnvelope().toXDR('base64') === out.rawTx, 'xlm payout: byte-identical to the SDK', { mine: out.rawTx });
    // Another network's passphrase: another hash, the signature not valid.
    const other = TransactionBuilder.fromXDR(out.rawTx, network === Networks.PUBLIC ? Networks.TESTNET : Networks.PUBLIC);
    check(!kp.verify(other.hash(), other.signatures[0].signature()), 'xlm payout: not valid on the other network');
  }
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

const started = Date.now();
try {
  for (const [name, run] of [['stellar payouts', stellarPayouts], ['algorand payouts', algorandPayouts]]) {
    const before = passed + failed;
    await run();
    console.log(`${name}: ${passed + failed - before} checks`);
  }
} catch (error) {
  failed++;
  console.log('FAIL exception: ' + (error.stack || error));
}
tool.stdin.end();
console.log(`${passed} passed, ${failed} failed (${CASES} cases per chain, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
