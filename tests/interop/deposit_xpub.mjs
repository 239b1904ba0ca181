// Ethereum deposit addresses issued from the recorded xpub, against ethers'
// HDNodeWallet (issue 21, item 4): for the BIP-39 test mnemonic of the demo,
// the account key m/44'/60'/0'/0 serialised by the core equals ethers'
// neutered key, and for 1,000 indexes (from 100, where customers start)
// the address the core derives from the xpub equals the one it derives
// from the seed's private key, ethers' private derivation from the
// mnemonic, and ethers' public derivation from the core's xpub.
// Usage: node deposit_xpub.mjs /path/to/interop_tool

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import * as ethers from 'ethers';

const MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const PATH = "m/44'/60'/0'/0";
const FROM = 100;
const COUNT = 1000;

const tool = spawn(process.argv[2], [], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: tool.stdout });
const answer = await new Promise((resolve) => {
  lines.once('line', (line) => resolve(JSON.parse(line)));
  tool.stdin.write(JSON.stringify({ op: 'eth_xpub', mnemonic: MNEMONIC, passphrase: '', from: FROM, count: COUNT }) + '\n');
});
tool.stdin.end();

let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    if (failed <= 20) console.log(`FAIL ${what}${detail ? ': ' + JSON.stringify(detail) : ''}`);
  }
}

if (answer.error) {
  console.log(`FAIL the tool: ${answer.error}`);
  process.exit(1);
}
const account = ethers.HDNodeWallet.fromPhrase(MNEMONIC, '', PATH);
const neutered = account.neuter();
check(answer.xpub === neutered.extendedKey, 'the account xpub', { core: answer.xpub, ethers: neutered.extendedKey });
const fromCoreXpub = ethers.HDNodeWallet.fromExtendedKey(answer.xpub);
check(answer.from_xpub.length === COUNT && answer.from_seed.length === COUNT, 'the number of addresses');
for (let i = 0; i < COUNT; i++) {
  const index = FROM + i;
  const priv = account.deriveChild(index).address;
  const pub = fromCoreXpub.deriveChild(index).address;
  check(answer.from_xpub[i] === answer.from_seed[i], `core xpub vs core seed at ${index}`, [answer.from_xpub[i], answer.from_seed[i]]);
  check(answer.from_xpub[i] === priv, `core xpub vs ethers' private derivation at ${index}`, [answer.from_xpub[i], priv]);
  check(answer.from_xpub[i] === pub, `core xpub vs ethers' derivation from the core's xpub at ${index}`, [answer.from_xpub[i], pub]);
}
// A known answer: the demo's first customer's deposit address (index 100).
check(answer.from_seed[0] === ethers.HDNodeWallet.fromPhrase(MNEMONIC, '', `${PATH}/100`).address, 'the demo path at 100');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
