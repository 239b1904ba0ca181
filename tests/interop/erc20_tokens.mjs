// Adding an ERC-20 as an asset against a real local node: ganache, in this
// process, with OpenZeppelin's own ERC20PresetFixedSupply (the artifact its
// npm package ships, deployed with ethers). `exctl asset add --erc20` must
// read decimals() from the contract (18) and refuse when --decimals
// disagrees, refuse an address without code (a funded account, an unused
// address), store the contract in EIP-55 spelling (ethers' getAddress says
// which) with the admin's signed identity, and refuse the same contract as
// a second asset. Each refusal changes nothing.
// Usage: node erc20_tokens.mjs /path/to/exctl
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as ethers from 'ethers';
import { checks, exctlWithScratchDb, startGanache } from './harness.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('erc20 tokens');
const { run, json } = exctlWithScratchDb(exctl, 'erc20-tokens');
const require = createRequire(import.meta.url);
const artifact = JSON.parse(
  readFileSync(require.resolve('@openzeppelin/contracts/build/contracts/ERC20PresetFixedSupply.json'), 'utf8'));

const { node, url, provider, funded } = await startGanache(ethers, { accounts: 2 });

try {
  await run(['init', '--demo']);
  await run(['chain', 'set', 'ethereum', '--node', url, '--network', '1337'], { as: 'admin' });

  const owner = await provider.getSigner(funded[0].address);
  const factory = new ethers.ContractFactory(artifact.abi, artifact.bytecode, owner);
  const token = await factory.deploy('Test Dollar', 'TUSD', 1_000_000n * 10n ** 18n, funded[0].address);
  await token.waitForDeployment();
  const address = await token.getAddress();
  check(Number(await token.decimals()) === 18, 'the OpenZeppelin token says 18 decimals to ethers');
  const typed = address.toLowerCase();
  const before = await json(['asset', 'list']);

  const refused = async (args, reason, what) => {
    const r = await run(['asset', 'add', ...args], { expect: 1, as: 'admin' });
    check(r.stderr.includes(reason) && r.stderr.includes('nothing changed'), what, r.stderr);
    check(JSON.stringify(await json(['asset', 'list'])) === JSON.stringify(before), `${what}: the assets are unchanged`);
  };
  await refused(['TUSD', '--chain', 'ethereum', '--erc20', typed, '--decimals', '6'],
                'the token has 18 decimals, not 6 as typed', 'decimals that disagree with decimals() are refused');
  await refused(['TUSD', '--chain', 'ethereum', '--erc20', funded[1].address, '--decimals', '18'],
                'is not a contract', 'a funded account (no code) is refused');
  await refused(['TUSD', '--chain', 'ethereum', '--erc20', '0x' + '12'.repeat(20), '--decimals', '18'],
                'is not a contract', 'an unused address is refused');

  const added = await run(['asset', 'add', 'TUSD', '--chain', 'ethereum', '--erc20', typed, '--decimals', '18',
                           '--display-decimals', '2', '--name', 'Test Dollar'], { as: 'admin' });
  check(added.stdout.includes(`TUSD added: erc20 ${ethers.getAddress(typed)} on ethereum, 18 decimals`),
        'the token is added with its EIP-55 address', added.stdout);
  const listed = (await json(['asset', 'list'])).find((a) => a.code === 'TUSD');
  check(listed?.kind === 'erc20', 'listed as an ERC-20', listed);
  check(listed?.identity?.contract === address, 'the contract as ethers spells it (EIP-55)', listed?.identity);
  check(listed?.identity?.in_force === true, 'the identity is the one the admin signed', listed?.identity);
  check(listed?.decimals === 18 && listed?.chain === 'ethereum', 'on ethereum with 18 decimals', listed);
  const eth = (await json(['asset', 'list'])).find((a) => a.code === 'ETH');
  check(eth?.kind === 'native' && eth?.identity?.in_force === true, 'ETH stays the native coin', eth);

  const twice = await run(['asset', 'add', 'TUSX', '--chain', 'ethereum', '--erc20', address.toUpperCase().replace('0X', '0x'),
                           '--decimals', '18'], { expect: 1, as: 'admin' });
  check(twice.stderr.includes('a token cannot be two assets'), 'the same contract cannot be a second asset', twice.stderr);
} catch (e) {
  crashed(e);
} finally {
  await node.close();
}
finish();
