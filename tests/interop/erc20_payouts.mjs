// ERC-20 payouts from hot with the core's EthereumPayer (eth_payer_tool)
// against a real node: ganache, with OpenZeppelin's ERC20PresetFixedSupply
// (the artifact its npm package ships). Checked with ethers, never with the
// code under test: the signed bytes decode to a call of the token's
// transfer(to, value) as ethers' own ABI coder encodes it, from hot, with no
// ether and the gas the node estimates plus a quarter; the node takes them
// and moves exactly the amount; the payer's status reads the receipt's fee.
// Refusals: a transfer the token refuses (more than hot holds) is refused
// before anything is signed, naming the contract's reason; hot with the token
// but no ether for gas is refused by the node. A "token" whose transfer
// returns false without reverting (hand-assembled bytecode) is mined with
// status 1 but moved nothing: the payer calls that a failure, not a payout.
// Ether payouts through the same payer are unchanged.
// Usage: node erc20_payouts.mjs /path/to/eth_payer_tool
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import * as ethers from 'ethers';
import { checks, startGanache } from './harness.mjs';

const toolPath = process.argv[2];
const { check, crashed, finish } = checks('erc20 payouts');
const require = createRequire(import.meta.url);
const artifact = (name) => JSON.parse(readFileSync(require.resolve(`@openzeppelin/contracts/build/contracts/${name}.json`), 'utf8'));

// One line in, one line out.
const tool = spawn(toolPath, [], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: tool.stdout });
const waiting = [];
lines.on('line', (line) => waiting.shift()(JSON.parse(line)));
const ask = (request) => new Promise((resolve) => { waiting.push(resolve); tool.stdin.write(JSON.stringify(request) + '\n'); });

const { node, url, provider, funded } = await startGanache(ethers, { accounts: 2 });
const CHAIN_ID = '1337';

try {
  const owner = await provider.getSigner(funded[0].address);
  // Test keys made for this run: nothing that could hold real money.
  const hot = ethers.Wallet.createRandom();
  const destination = ethers.Wallet.createRandom().address;
  await (await owner.sendTransaction({ to: hot.address, value: ethers.parseEther('1') })).wait();
  const supply = 1_000_000n * 10n ** 18n;
  const factory = new ethers.ContractFactory(artifact('ERC20PresetFixedSupply').abi, artifact('ERC20PresetFixedSupply').bytecode, owner);
  const token = await factory.deploy('Test Dollar', 'TUSD', supply, hot.address);
  await token.waitForDeployment();
  const contract = await token.getAddress();
  const key = hot.privateKey.slice(2);
  const amount = 1234_500000000000000000n; // 1234.5 TUSD

  const signed = await ask({ op: 'sign', url, chainId: CHAIN_ID, key, contract, decimals: 18, destination,
                             amount: amount.toString(), withdrawalId: '41' });
  check(!signed.error, 'the payer signs a TUSD payout', signed.error);
  check(signed.tokenBalance === supply.toString(), "balance() of the token is hot's balanceOf", signed.tokenBalance);
  check(signed.etherBalance === ethers.parseEther('1').toString(), "balance() of ether is hot's ether", signed.etherBalance);
  const tx = ethers.Transaction.from(signed.rawTx);
  const data = token.interface.encodeFunctionData('transfer', [destination, amount]);
  check(tx.to === contract, 'the transaction calls the token contract', tx.to);
  check(tx.value === 0n, 'it carries no ether', String(tx.value));
  check(tx.data === data, "its data is ethers' encoding of transfer(destination, amount)", tx.data);
  check(tx.from === hot.address, 'it is signed by hot', tx.from);
  check(tx.hash === signed.txid, 'the txid is the hash ethers computes', `${tx.hash} ${signed.txid}`);
  check(tx.chainId === 1337n && tx.type === 2, 'an EIP-1559 transaction for the node\'s chain', `${tx.chainId} ${tx.type}`);
  check(tx.nonce === await provider.getTransactionCount(hot.address), "the nonce is hot's next", String(tx.nonce));
  const estimate = await provider.estimateGas({ from: hot.address, to: contract, data });
  check(tx.gasLimit === estimate + (estimate + 3n) / 4n, 'the gas limit is the node\'s estimate plus a quarter',
        `${tx.gasLimit} for an estimate of ${estimate}`);
  check(BigInt(signed.maxFee) === tx.maxFeePerGas * tx.gasLimit, 'maxFee is the gas limit at the max fee per gas', signed.maxFee);

  const sent = await ask({ op: 'send', url, chainId: CHAIN_ID, rawTx: signed.rawTx, txid: signed.txid });
  check(!sent.error, 'the node takes the payout', sent.error);
  const receipt = await provider.waitForTransaction(signed.txid);
  check(receipt.status === 1, 'it is mined and succeeds', String(receipt.status));
  check(await token.balanceOf(destination) === amount, 'the destination received exactly the amount', String(await token.balanceOf(destination)));
  check(await token.balanceOf(hot.address) === supply - amount, 'hot holds the rest', String(await token.balanceOf(hot.address)));
  const status = await ask({ op: 'status', url, chainId: CHAIN_ID, txid: signed.txid, asset: 'TUSD', source: signed.source,
                             destination, amount: amount.toString() });
  check(status.kind === 'succeeded', "the payer's status says paid", JSON.stringify(status));
  check(status.fee === (receipt.gasUsed * receipt.gasPrice).toString(), 'with the fee the receipt charged',
        `${status.fee} against ${receipt.gasUsed * receipt.gasPrice}`);
  // (No re-send of the mined bytes here: ganache 7 executes a mined raw
  // transaction again when it is re-sent, which no real node does. The
  // payout service sends stored bytes again only while the node knows
  // neither a receipt nor the transaction: payouts.mjs kills it throughout.)
  // The receipt's transfer is of this payout only: another amount is not it.
  const otherAmount = await ask({ op: 'status', url, chainId: CHAIN_ID, txid: signed.txid, asset: 'TUSD', source: signed.source,
                                  destination, amount: (amount + 1n).toString() });
  check(otherAmount.kind === 'failed', 'a receipt without the Transfer of this amount is not this payout', JSON.stringify(otherAmount));

  // More than hot holds: the contract would revert, so nothing is signed.
  const tooMuch = await ask({ op: 'sign', url, chainId: CHAIN_ID, key, contract, decimals: 18, destination,
                              amount: (supply * 2n).toString(), withdrawalId: '42' });
  check(tooMuch.code === 'invalid_input' && tooMuch.step === 'maxFee' && /refuses/.test(tooMuch.error)
        && /exceeds balance/.test(tooMuch.error), 'a transfer the token refuses is refused before signing, with its reason',
        JSON.stringify(tooMuch));

  // Hot with the token but no ether: the node will not take the transaction.
  const dry = ethers.Wallet.createRandom();
  await (await token.connect(new ethers.Wallet(hot.privateKey, provider)).transfer(dry.address, 10n ** 18n)).wait();
  const dryTx = await ask({ op: 'sign', url, chainId: CHAIN_ID, key: dry.privateKey.slice(2), contract, decimals: 18,
                           destination, amount: (10n ** 18n).toString(), withdrawalId: '43' });
  check(!dryTx.error && dryTx.etherBalance === '0' && dryTx.tokenBalance === (10n ** 18n).toString(),
        'a hot wallet with the token and no ether reads as such', JSON.stringify(dryTx));
  if (!dryTx.error) {
    const refused = await ask({ op: 'send', url, chainId: CHAIN_ID, rawTx: dryTx.rawTx, txid: dryTx.txid });
    check(refused.code === 'invalid_input' && /insufficient funds|enough funds/i.test(refused.error),
          'the node refuses a token payout whose gas hot cannot pay', JSON.stringify(refused));
  }

  // A "token" whose every call returns 32 zero bytes (false) and logs
  // nothing: PUSH1 0 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN, deployed by
  // init code that copies and returns it.
  const runtime = '600060005260206000f3';
  const init = '600a600c600039600a6000f3';
  const deployed = await (await owner.sendTransaction({ data: '0x' + init + runtime })).wait();
  const liar = deployed.contractAddress;
  check(await provider.getCode(liar) === '0x' + runtime, 'the false-returning contract is deployed', await provider.getCode(liar));
  const lie = await ask({ op: 'sign', url, chainId: CHAIN_ID, key, contract: liar, decimals: 18, destination,
                          amount: '5', withdrawalId: '44' });
  check(!lie.error, 'a transfer that does not revert is signed', lie.error);
  if (!lie.error) {
    await ask({ op: 'send', url, chainId: CHAIN_ID, rawTx: lie.rawTx, txid: lie.txid });
    const mined = await provider.waitForTransaction(lie.txid);
    check(mined.status === 1 && mined.logs.length === 0, 'it is mined with status 1 and no log', `${mined.status} ${mined.logs.length}`);
    const lied = await ask({ op: 'status', url, chainId: CHAIN_ID, txid: lie.txid, asset: 'TUSD', source: lie.source,
                            destination, amount: '5' });
    check(lied.kind === 'failed' && /did not move/.test(lied.note) && lied.fee === (mined.gasUsed * mined.gasPrice).toString(),
          'a succeeded call that moved no token is a failed payout that cost its fee', JSON.stringify(lied));
  }

  // Ether through the same payer: a plain 21000-gas transfer.
  const wei = 123_000_000_000_000n;
  const ether = await ask({ op: 'sign', url, chainId: CHAIN_ID, key, contract: '', decimals: 18, destination,
                            amount: wei.toString(), withdrawalId: '45' });
  const etherTx = ether.error ? null : ethers.Transaction.from(ether.rawTx);
  check(etherTx && etherTx.to === destination && etherTx.value === wei && etherTx.data === '0x' && etherTx.gasLimit === 21000n,
        'an ether payout is unchanged', JSON.stringify(ether));
} catch (e) {
  crashed(e);
} finally {
  tool.stdin.end();
  await node.close();
}
finish();
