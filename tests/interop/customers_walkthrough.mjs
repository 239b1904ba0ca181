// Issue 21's "Done when", as a new operator would try it on an empty
// database (exctl init, no demo), every step through exctl:
// - a new exchange: the key vault with a seed this script made (so it
//   knows the mnemonic), admins and operators, an admin's key pinned, hot
//   wallets, the Ethereum chain pointed at ganache, the Algorand pool
//   filled to its default 100 by the seed's import;
// - 1,000 customers imported from a CSV file the script writes; the same
//   file again changes nothing;
// - `customer deposit-address --all` on Ethereum and Algorand: 1,000 each
//   (Algorand refused first, saying what is missing, until `deposit-pool
//   --size 1000 --fill` fills the pool),
//   all distinct; the Ethereum ones are ethers' HDNodeWallet derivation of
//   the mnemonic at indexes 100..1,099, each at the index exctl names;
//   Stellar's instructions give the customer's id as the memo and an
//   M-address that the Stellar SDK decodes to the base account and that id;
// - a payment on ganache to one customer's address before the watcher ever
//   ran: its first run (`exctl watch ethereum --once`) starts at the tip
//   and says so, `--from BLOCK` reads it: credited to exactly that customer;
// - that customer frozen: a withdrawal request refused, nothing written;
//   unfrozen: the same request accepted.
// Usage: node customers_walkthrough.mjs /path/to/exctl
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ethers from 'ethers';
import algosdk from 'algosdk';
import * as StellarSdk from '@stellar/stellar-sdk';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
// Every check is printed, passed or not: the run reads as the walkthrough.
const tally = checks('customers walkthrough');
const { crashed, finish } = tally;
const check = (ok, what, detail) => {
  if (ok) console.log(`ok   ${what}`);
  tally.check(ok, what, detail);
};
const { dir, run, json, enrol } = exctlWithScratchDb(exctl, 'customers-walkthrough');
const CUSTOMERS = 1000;
const CONFIRMATIONS = 2;
const started = Date.now();
const say = (what) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

const { node, url, provider, funded, mine } = await startGanache(ethers, { accounts: 2 });

try {
  // 1. A new exchange. The vault passphrase in a file of its own, as
  // deployment.md says; the mnemonic is this exchange's, made here.
  const PASS = 'walkthrough vault passphrase';
  const passFile = join(dir, 'vault-passphrase');
  writeFileSync(passFile, PASS + '\n', { mode: 0o600 });
  const mnemonic = ethers.Wallet.createRandom().mnemonic.phrase;
  await run(['init', '--vault-passphrase-file', passFile]);
  const fresh = await json(['customer', 'list']);
  check(fresh.length === 0, 'a new exchange has no customers', fresh.length);
  // People (the console enrols their two-factor apps at their first
  // sign-in; here exchange_enroltool does it as the console would).
  // Each decision takes a two-factor code, and a person has two at once:
  // the admins' decisions are spread so that nobody waits for the clock.
  const admins = await enrol('admin', 3);
  const operators = await enrol('operator', 8);
  const requesters = operators.slice(0, 2); // their keys registered: they sign withdrawal requests
  const clerks = operators.slice(2); // everything else an operator does
  await run(['vault', 'pin', '--vault-passphrase-file', passFile], { as: admins[0] });
  await run(['operator', 'register-key', admins[1]], { as: admins[0] });
  await run(['operator', 'register-key', requesters[0]], { as: admins[1] });
  await run(['operator', 'register-key', requesters[1]], { as: admins[2] });
  const imported = await run(['vault', 'import-seed'], { input: `${PASS}\n${mnemonic}\n` });
  const account = (index) => ethers.HDNodeWallet.fromPhrase(mnemonic, undefined, `m/44'/60'/0'/0/${index}`);
  check(imported.stdout.includes(account(0).address), 'import-seed names the seed\'s Ethereum account 0', imported.stdout);
  const pool = await json(['deposit-pool']);
  check(pool.available === 100 && pool.size === 100, 'the seed\'s import fills the Algorand pool to its default size, 100', pool);
  // Hot wallets: deposit instructions name the chain's hot wallet (Stellar's
  // is the account customers pay with their memo).
  const stellarHot = StellarSdk.Keypair.random().publicKey();
  const algorandHot = algosdk.generateAccount().addr.toString();
  await run(['wallet', 'add', '--chain', 'ethereum', '--tier', 'hot', '--address', account(0).address, '--index', '0']);
  await run(['wallet', 'add', '--chain', 'stellar', '--tier', 'hot', '--address', stellarHot]);
  await run(['wallet', 'add', '--chain', 'algorand', '--tier', 'hot', '--address', algorandHot]);
  await run(['chain', 'set', 'ethereum', '--node', url, '--confirmations', String(CONFIRMATIONS), '--network', '1337'], { as: admins[1] });
  say('a new exchange: vault with a seed, an admin pinned, hot wallets, Ethereum on ganache, a pool of 100');

  // 2. 1,000 customers from a CSV file (a name with a comma and quotes, some emails).
  const ext = (n) => `web:${String(n).padStart(4, '0')}`;
  const lines = ['external_id,name,email'];
  for (let n = 1; n <= CUSTOMERS; n++)
    lines.push(`${ext(n)},${n % 7 ? `Customer ${n}` : `"Smith, ""J."" ${n}"`},${n % 3 ? `c${n}@example.org` : ''}`);
  const csv = join(dir, 'customers.csv');
  writeFileSync(csv, lines.join('\n') + '\n');
  const first = await run(['customer', 'import', csv], { as: clerks });
  check(first.stdout.includes(`${CUSTOMERS} added, 0 updated, 0 unchanged`), `the import adds ${CUSTOMERS} customers`, first.stdout.slice(-200));
  const all = await json(['customer', 'list', '--limit', String(2 * CUSTOMERS)]);
  check(all.length === CUSTOMERS && all.every((c) => c.state === 'active'), `${CUSTOMERS} active customers listed`, all.length);
  const quoted = all.find((c) => c.external_id === ext(21));
  check(quoted?.name === 'Smith, "J." 21' && quoted?.email === null, 'a quoted name with a comma, and no email, read as written', quoted);
  const before = JSON.stringify(await json(['customer', 'list', '--limit', String(2 * CUSTOMERS)]));
  const second = await run(['customer', 'import', csv], { as: clerks });
  check(second.stdout.includes(`0 added, 0 updated, ${CUSTOMERS} unchanged`), 'the same file again changes nothing', second.stdout.slice(-200));
  check(JSON.stringify(await json(['customer', 'list', '--limit', String(2 * CUSTOMERS)])) === before, 'the customers are as they were');
  say(`${CUSTOMERS} customers imported; a second import changed nothing`);

  // 3. Deposit addresses for everyone, in one process per chain.
  const eth = await json(['customer', 'deposit-address', '--all', '--asset', 'ETH'], { as: clerks });
  check(eth.issued === CUSTOMERS && eth.already_had === 0, `--all issues ${CUSTOMERS} Ethereum addresses`, eth);
  // The pool holds 100: the bulk issue says what is missing and how to fill it.
  const short = await run(['customer', 'deposit-address', '--all', '--asset', 'ALGO'], { as: clerks, expect: null });
  check(short.status === 1 && short.stderr.includes('holds 100 addresses for 1000 customers without one: 900 missing')
        && short.stderr.includes('exctl deposit-pool --size N --fill'), 'a pool too small: refused, saying what is missing and how to fill it', short);
  check((await json(['deposit-pool'])).available === 100, 'the refusal issued nothing');
  const filled = await json(['deposit-pool', '--size', String(CUSTOMERS), '--fill', '--vault-passphrase-file', passFile], { as: admins[2] });
  check(filled.available === CUSTOMERS && filled.size === CUSTOMERS, `deposit-pool --size ${CUSTOMERS} --fill fills it`, filled);
  const algo = await json(['customer', 'deposit-address', '--all', '--asset', 'ALGO'], { as: clerks });
  check(algo.issued === CUSTOMERS && algo.already_had === 0, `--all issues ${CUSTOMERS} Algorand addresses`, algo);
  const again = await json(['customer', 'deposit-address', '--all', '--asset', 'ETH'], { as: clerks });
  check(again.issued === 0 && again.already_had === CUSTOMERS, 'a second --all issues nothing', again);
  const poolAfter = await json(['deposit-pool']);
  check(poolAfter.available === 0, 'the pool gave every address it had', poolAfter);

  const wallets = (await json(['wallets'])).wallets;
  const deposit = (chain) => wallets.filter((w) => w.chain === chain && w.tier === 'deposit' && w.customer !== null);
  const ids = new Set(all.map((c) => c.id));
  for (const chain of ['ethereum', 'algorand']) {
    const rows = deposit(chain);
    const owners = new Set(rows.map((w) => w.customer));
    check(rows.length === CUSTOMERS && owners.size === CUSTOMERS && [...owners].every((id) => ids.has(id)),
          `${chain}: one address per customer`, { rows: rows.length, owners: owners.size });
    check(new Set(rows.map((w) => w.address)).size === CUSTOMERS, `${chain}: ${CUSTOMERS} distinct addresses`);
  }
  check(deposit('algorand').every((w) => algosdk.isValidAddress(w.address)), 'algosdk takes every Algorand address');
  // Ethereum: exactly the mnemonic's children 100..1,099 (ethers derives them).
  const parent = ethers.HDNodeWallet.fromPhrase(mnemonic, undefined, "m/44'/60'/0'/0");
  const derived = new Set();
  for (let i = 100; i < 100 + CUSTOMERS; i++) derived.add(parent.deriveChild(i).address);
  const issuedEth = deposit('ethereum').map((w) => w.address);
  check(issuedEth.every((a) => derived.has(a)), 'every Ethereum address is ethers\' derivation at an index from 100 to 1,099',
        issuedEth.filter((a) => !derived.has(a)).slice(0, 3));
  const byExt = new Map(all.map((c) => [c.external_id, c]));
  for (const n of [1, 500, CUSTOMERS]) {
    const shown = await json(['customer', 'deposit-address', ext(n), '--asset', 'ETH'], { as: clerks });
    check(!shown.issued_now && shown.customer_id === byExt.get(ext(n)).id, `${ext(n)}: shown again, not issued again`, shown);
    check(shown.address === account(shown.derivation_index).address,
          `${ext(n)}: the address is HDNodeWallet m/44'/60'/0'/0/${shown.derivation_index}`, shown);
  }
  // Stellar: nothing issued; the memo is the customer's id, the M-address the same.
  const xlm = await json(['customer', 'deposit-address', ext(42), '--asset', 'XLM'], { as: clerks });
  const customer42 = byExt.get(ext(42)).id;
  check(xlm.address === stellarHot && xlm.memo_id === String(customer42), 'XLM: the hot account with the customer\'s id as the memo', xlm);
  check(StellarSdk.StrKey.isValidMed25519PublicKey(xlm.muxed_address ?? ''), 'XLM: the M-address is a valid muxed account', xlm.muxed_address);
  const muxed = StellarSdk.MuxedAccount.fromAddress(xlm.muxed_address, '0');
  check(muxed.baseAccount().accountId() === stellarHot && muxed.id() === String(customer42),
        'XLM: the Stellar SDK decodes the M-address to the hot account and the customer\'s id', { base: muxed.baseAccount().accountId(), id: muxed.id() });
  say('deposit addresses: 1,000 Ethereum (ethers agrees), 1,000 Algorand, the Stellar memo and M-address');

  // 4. A payment on ganache to one customer's address.
  const payee = byExt.get(ext(737));
  const payeeAddress = deposit('ethereum').find((w) => w.customer === payee.id).address;
  // As a new operator would: the customer pays, then the watcher runs for
  // the first time. It starts at the node's confirmed tip, so it says how
  // to read the payment's earlier block, and --from reads it.
  const tx = await (await provider.getSigner(funded[0].address)).sendTransaction({ to: payeeAddress, value: ethers.parseEther('1.25') });
  const receipt = await tx.wait();
  await mine(CONFIRMATIONS + 1);
  const firstWatch = await run(['watch', 'ethereum', '--once']);
  check(firstWatch.stderr.includes('exctl watch ethereum --once --from BLOCK'), 'the watcher\'s first run says how to read earlier blocks', firstWatch.stderr);
  check((await json(['deposits', 'list', '--asset', 'ETH'])).length === 0, 'a payment before the first run is not read by it');
  const fromBlock = await run(['watch', 'ethereum', '--once', '--from', String(receipt.blockNumber)]);
  check(!fromBlock.stderr.includes('first run'), 'a run with --from is not a first run', fromBlock.stderr);
  const deposits = await json(['deposits', 'list', '--asset', 'ETH']);
  check(deposits.length === 1 && deposits[0].txid === tx.hash.toLowerCase() && deposits[0].customer === payee.id
        && ethers.parseEther(deposits[0].amount) === ethers.parseEther('1.25') && deposits[0].state !== 'unattributed',
        `the payment is one deposit, credited to ${payee.external_id}`, deposits);
  const ethBalance = async (id) => {
    const accounts = (await json(['ledger', 'balances', '--customer', String(id), '--asset', 'ETH'])).accounts;
    return accounts.filter((a) => a.kind === 'customer').reduce((sum, a) => sum + ethers.parseEther(a.available), 0n);
  };
  check(await ethBalance(payee.id) === ethers.parseEther('1.25'), `${payee.external_id} has 1.25 ETH available`);
  check(await ethBalance(byExt.get(ext(736)).id) === 0n, 'their neighbour has nothing');
  say(`1.25 ETH paid on ganache to ${payee.external_id}'s address (block ${receipt.blockNumber}), read with --from: credited to them`);

  // 5. Frozen: no withdrawal; unfrozen: the same request goes through.
  const destination = ethers.Wallet.createRandom().address;
  const request = ['withdraw', 'request', '--customer', String(payee.id), '--asset', 'ETH', '--to', destination, '--amount', '0.5'];
  await run(['customer', 'freeze', payee.external_id], { as: clerks });
  const frozen = await run(request, { as: requesters, expect: null });
  check(frozen.status === 1 && /frozen/.test(frozen.stderr), 'a frozen customer\'s withdrawal request is refused, saying why', frozen);
  check((await json(['withdrawals', 'list', '--customer', String(payee.id)])).length === 0, 'the refusal wrote no withdrawal');
  check(await ethBalance(payee.id) === ethers.parseEther('1.25'), 'the refusal held nothing');
  await run(['customer', 'unfreeze', payee.external_id], { as: clerks });
  const accepted = await run(request, { as: requesters, expect: null });
  check(accepted.status === 0, 'unfrozen, the same request is accepted', accepted);
  const requested = await json(['withdrawals', 'list', '--customer', String(payee.id)]);
  check(requested.length === 1 && requested[0].destination === destination && ethers.parseEther(requested[0].amount) === ethers.parseEther('0.5'),
        'one withdrawal of 0.5 ETH to the destination', requested);
  check(await ethBalance(payee.id) < ethers.parseEther('1.25'), 'its amount is held from what they have');
  say(`frozen: the withdrawal refused ("${frozen.stderr.trim()}"); unfrozen: accepted (${requested[0]?.state}: ${requested[0]?.review_reason})`);

  check((await run(['ledger', 'check'], { expect: null })).status === 0, 'exctl ledger check is clean');
  check((await run(['audit', 'verify'], { expect: null })).status === 0, 'the audit chain verifies');
  const audited = await json(['audit', 'list', '--action', 'customer.deposit_address', '--limit', String(4 * CUSTOMERS)]);
  check(audited.length === 2 * CUSTOMERS, 'every address issued is audited once', audited.length);
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
say('done');
finish();
