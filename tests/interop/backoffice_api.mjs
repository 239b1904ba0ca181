// The back-office API against `exctl serve --backoffice` (issue 22, item 1):
// a client of the exchange's own signs its requests with Node's own
// crypto.sign('ed25519') exactly as docs/backoffice-api.md says, registered
// with `exctl --operator admin api-client add`; then every refusal the
// document lists, each with its status and stable code. The server trusts a
// client only as an admin signed it, traced from the vault's pin, so it is
// given the demo vault's passphrase (tst_backofficeauth refuses rows made in SQL).
// Then webhooks: a node receiver registered with `api-client webhook add`
// gets every event from `exctl serve` with its duties, each signature
// verified with node's crypto.verify against GET /v1/webhook-key, each body
// valid against the OpenAPI document's WebhookEvent, ids unique, and the
// events of one object in the order they happened.
//   node backoffice_api.mjs path/to/exctl
import { spawn } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import { checks, exctlWithScratchDb } from './harness.mjs';
import { connect, rawRequest, ResponseReader } from './rawhttp.mjs';

const exctl = process.argv[2];
const { check, crashed, finish } = checks('backoffice_api');
const { db, run, json } = exctlWithScratchDb(exctl, 'backoffice');

// What an integrator writes (docs/backoffice-api.md, "Signing").
function signedHeaders(privateKey, client, method, target, body = '', { timestamp, nonce } = {}) {
  timestamp ??= String(Math.floor(Date.now() / 1000));
  nonce ??= randomBytes(16).toString('hex');
  const canonical = [method, target, timestamp, nonce, createHash('sha256').update(body).digest('hex')].join('\n');
  const signature = sign(null, Buffer.from(canonical), privateKey).toString('base64');
  return { 'X-Client': client, 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': signature };
}

function newKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw 32 bytes are the last of the SPKI DER encoding.
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { privateKey, hex: raw.toString('hex'), base64: raw.toString('base64') };
}

let server;
try {
  await run(['init', '--demo']);
  const webapp = newKey();
  const reader = newKey();
  await run(['api-client', 'add', 'webapp', '--public-key', webapp.hex, '--scopes', 'read,customers,withdrawals'], { as: 'admin' });
  await run(['api-client', 'add', 'reader', '--public-key', reader.base64, '--scopes', 'read'], { as: 'admin' });
  const listed = await json(['api-client', 'list']);
  check(listed.length === 2 && listed.every((c) => c.enabled), 'two enabled clients listed', listed);
  const customers = await json(['customer', 'list']);
  const someone = customers[0].external_id;

  const passphraseFile = join(mkdtempSync(join(tmpdir(), 'backoffice-vault-')), 'passphrase');
  writeFileSync(passphraseFile, 'demo-vault-passphrase\n', { mode: 0o600 }); // the demo's vault, made by the demo admin
  server = spawn(exctl, ['--db', db, 'serve', '--api', '127.0.0.1:0', '--backoffice', '127.0.0.1:0', '--no-duties',
                         '--vault-passphrase-file', passphraseFile],
                 { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout });
    lines.on('line', (line) => {
      const m = line.match(/^back office listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error('exctl serve exited ' + code)));
  });
  const port = Number(new URL(base).port);

  // Every answer below is validated against the server's own OpenAPI
  // document, itself checked by an OpenAPI 3.1 validator.
  let answerSchema = null;
  let validated = 0;
  const invalid = [];
  async function call(method, target, { key = webapp.privateKey, client = 'webapp', body, headers, extra = {}, ...opts } = {}) {
    const h = { ...(headers ?? signedHeaders(key, client, method, target, body ?? '', opts)), ...extra };
    const r = await fetch(base + target, { method, headers: h, body });
    const text = await r.text();
    const answer = { status: r.status, json: text === '' ? null : JSON.parse(text), headers: h, replayed: r.headers.get('idempotent-replayed') };
    if (answerSchema) {
      const validate = answerSchema(method, new URL(target, base).pathname, r.status);
      // An answer the document gives no content (204) has no body.
      const valid = validate ? validate(answer.json) : text === '';
      if (!valid) invalid.push({ method, target, status: r.status, errors: validate?.errors ?? text });
      validated++;
    }
    return answer;
  }

  const openapi = await call('GET', '/v1/openapi.json');
  check(openapi.status === 200 && openapi.json.openapi === '3.1.0', 'GET /v1/openapi.json', openapi.status);
  const verdict = await new Validator().validate(openapi.json);
  check(verdict.valid, 'the document is valid OpenAPI 3.1', verdict.errors);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'backoffice.json', components: openapi.json.components });
  const templates = Object.keys(openapi.json.paths).map((t) => ({
    t, re: new RegExp('^' + t.replace(/\{[a-z_]+\}/g, '[^/]+').replace(/\./g, '\\.') + '$'),
  }));
  answerSchema = (method, path, status) => {
    const template = templates.find(({ re }) => re.test(path));
    const operation = template && openapi.json.paths[template.t][method.toLowerCase()];
    // Unknown paths and methods are refusals, as every error is.
    const response = operation ? (operation.responses[String(status)] ?? operation.responses.default)
      : openapi.json.components.responses.Refusal;
    const resolved = response.$ref ? openapi.json.components.responses.Refusal : response;
    if (!resolved.content) return null;
    const schema = resolved.content['application/json'].schema;
    return schema.$ref ? ajv.getSchema('backoffice.json' + schema.$ref) : ajv.compile(schema);
  };

  const pong = await call('GET', '/v1/ping');
  check(pong.status === 200 && pong.json.client === 'webapp', 'GET /v1/ping signed by node answers the client', pong);
  check(Math.abs(pong.json.server_time_unix - Date.now() / 1000) < 5, 'ping says the server time', pong.json);

  const record = await call('GET', `/v1/customers/${encodeURIComponent(someone)}?fields=all`);
  check(record.status === 200 && record.json.external_id === someone && record.json.name === customers[0].name,
        'GET /v1/customers/{external_id} (with a query, signed as sent)', record);

  // The reads (scope read): amounts are exact decimal strings, never numbers.
  const decimal = (v) => typeof v === 'string' && /^[0-9]+(\.[0-9]+)?$/.test(v);
  const who = encodeURIComponent(someone);
  const balances = await call('GET', `/v1/customers/${who}/balances`);
  check(balances.status === 200 && Array.isArray(balances.json.balances)
        && balances.json.balances.every((b) => decimal(b.available) && decimal(b.held) && decimal(b.total)),
        'GET …/balances: available, held, total as decimal strings', balances.json);
  for (const kind of ['withdrawals', 'deposits']) {
    // Page by page, one at a time, following next_cursor to the end.
    const seen = [];
    let cursor = null;
    let pages = 0;
    do {
      const page = await call('GET', `/v1/customers/${who}/${kind}?limit=1` + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''));
      if (page.status !== 200) { check(false, `GET …/${kind} page ${pages}`, page); break; }
      seen.push(...page.json[kind]);
      cursor = page.json.next_cursor;
    } while (cursor && ++pages < 200);
    const ids = seen.map((x) => x.id);
    check(seen.length >= 2, `the demo's first customer has ${kind} over more than one page`, ids);
    check(ids.every((id, i) => i === 0 || id < ids[i - 1]), `${kind} newest first, no page repeats one`, ids);
    check(seen.every((x) => decimal(x.amount) && x.external_id === someone), `${kind}: amounts as strings`, seen[0]);
    const all = await call('GET', `/v1/customers/${who}/${kind}`);
    check(all.status === 200 && all.json[kind].length === Math.min(seen.length, 50), `${kind} without a limit: the same`, all.json);
    if (seen.length) {
      const one = await call('GET', `/v1/${kind}/${seen[0].id}`);
      check(one.status === 200 && JSON.stringify(one.json) === JSON.stringify(seen[0]), `GET /v1/${kind}/{id} as listed`, one.json);
    }
  }
  // The web app changes customers (scope customers), each change audited
  // as api:webapp; the same body twice is one customer and one audit line.
  const newcomer = { external_id: 'web:interop-1', name: 'Interop One', email: 'interop-1@example.org' };
  const created = await call('POST', '/v1/customers', { body: JSON.stringify(newcomer) });
  check(created.status === 201 && created.json.external_id === newcomer.external_id && created.json.state === 'active',
        'POST /v1/customers adds: 201', created);
  const again = await call('POST', '/v1/customers', { body: JSON.stringify(newcomer) });
  check(again.status === 200 && again.json.name === newcomer.name, 'the same body again: 200', again);
  const renamed = await call('POST', '/v1/customers', { body: JSON.stringify({ external_id: newcomer.external_id, name: 'Interop Renamed' }) });
  check(renamed.status === 200 && renamed.json.name === 'Interop Renamed' && renamed.json.email === newcomer.email,
        'a new name updates (200), the email stays', renamed);
  for (const bad of ['{', '[]', JSON.stringify({ ...newcomer, admin: true }), JSON.stringify({ name: 'no id' })]) {
    const refused = await call('POST', '/v1/customers', { body: bad });
    check(refused.status === 400 && refused.json.code === 'invalid_body', `a malformed body is 400 invalid_body: ${bad}`, refused);
  }
  const nid = encodeURIComponent(newcomer.external_id);
  const frozen = await call('POST', `/v1/customers/${nid}/freeze`);
  check(frozen.status === 200 && frozen.json.state === 'frozen', 'POST …/freeze: 200 frozen', frozen);
  const frozenTwice = await call('POST', `/v1/customers/${nid}/freeze`, { body: '{}' });
  check(frozenTwice.status === 409 && frozenTwice.json.code === 'wrong_state', 'frozen already: 409 wrong_state', frozenTwice);
  // Frozen, and still told where to pay.
  const xlm = await call('GET', `/v1/customers/${nid}/deposit-address?asset=XLM`);
  check(xlm.status === 200 && xlm.json.chain === 'stellar' && /^[0-9]+$/.test(xlm.json.memo_id)
        && xlm.json.muxed_address.startsWith('M'), 'XLM: the base account, a memo id and an M-address', xlm);
  const eth = await call('GET', `/v1/customers/${nid}/deposit-address?asset=ETH`);
  check(eth.status === 200 && /^0x[0-9a-fA-F]{40}$/.test(eth.json.address) && eth.json.issued_now === true
        && Number.isInteger(eth.json.derivation_index), 'ETH: issued now from the demo xpub', eth);
  const ethAgain = await call('GET', `/v1/customers/${nid}/deposit-address?asset=ETH`);
  check(ethAgain.status === 200 && ethAgain.json.address === eth.json.address && ethAgain.json.issued_now === false,
        'ETH again: the same address, not issued again', ethAgain);
  const doge = await call('GET', `/v1/customers/${nid}/deposit-address?asset=DOGE`);
  check(doge.status === 400 && doge.json.code === 'unknown_asset', 'an unknown asset: 400 unknown_asset', doge);
  const frozenWithdraws = await call('POST', `/v1/customers/${nid}/withdrawals`, {
    body: JSON.stringify({ asset: 'XLM', amount: '1', destination: 'GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H' }),
    extra: { 'Idempotency-Key': 'interop-frozen-1' } });
  check(frozenWithdraws.status === 403 && frozenWithdraws.json.code === 'customer_frozen',
        'a frozen customer may not withdraw: 403 customer_frozen', frozenWithdraws);
  const thawed = await call('POST', `/v1/customers/${nid}/unfreeze`);
  check(thawed.status === 200 && thawed.json.state === 'active', 'POST …/unfreeze: 200 active', thawed);
  const own = { chain: 'stellar', address: 'GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H', label: 'their Ledger' };
  const addedAddress = await call('POST', `/v1/customers/${nid}/addresses`, { body: JSON.stringify(own) });
  check(addedAddress.status === 201 && addedAddress.json.address === own.address && addedAddress.json.added_by === 'api:webapp',
        'POST …/addresses: 201', addedAddress);
  const listedTwice = await call('POST', `/v1/customers/${nid}/addresses`, { body: JSON.stringify(own) });
  check(listedTwice.status === 409 && listedTwice.json.code === 'address_listed', 'listed already: 409', listedTwice);
  const ownList = await call('GET', `/v1/customers/${nid}/addresses`);
  check(ownList.status === 200 && ownList.json.addresses.length === 1, 'GET …/addresses lists it', ownList);
  const removed = await call('DELETE', `/v1/customers/${nid}/addresses/stellar/${own.address}`);
  check(removed.status === 204 && removed.json === null, 'DELETE …/addresses/{chain}/{address}: 204', removed);
  const removedTwice = await call('DELETE', `/v1/customers/${nid}/addresses/stellar/${own.address}`);
  check(removedTwice.status === 404 && removedTwice.json.code === 'address_not_listed', 'not listed: 404', removedTwice);
  const readerWrites = await call('POST', '/v1/customers', { key: reader.privateKey, client: 'reader',
                                                            body: JSON.stringify({ external_id: 'web:interop-2', name: 'No' }) });
  check(readerWrites.status === 403 && readerWrites.json.code === 'missing_scope', 'reader may not add a customer: 403', readerWrites);
  const changes = await json(['audit', 'list', '--action', 'customer']);
  const byApi = changes.filter((a) => a.actor === 'api:webapp');
  const actions = new Set(byApi.map((a) => a.action));
  check(byApi.every((a) => a.actor_kind === 'api') && byApi.filter((a) => a.action === 'customer.add').length === 1
        && ['customer.add', 'customer.update', 'customer.freeze', 'customer.unfreeze', 'customer.deposit_address',
            'customer.address.add', 'customer.address.remove'].every((a) => actions.has(a)),
        'every change audited as api:webapp (kind api), the customer added once', changes.map((a) => [a.action, a.actor]));

  const badCursor = await call('GET', `/v1/customers/${who}/withdrawals?cursor=nope`);
  check(badCursor.status === 400 && badCursor.json.code === 'invalid_query', 'a cursor the server never gave: 400', badCursor);

  // A signature over another request: the query, the path, the method.
  const forPing = signedHeaders(webapp.privateKey, 'webapp', 'GET', '/v1/ping?x=1');
  const tampered = await call('GET', '/v1/ping?x=2', { headers: forPing });
  check(tampered.status === 401 && tampered.json.code === 'bad_signature', 'a changed query: 401 bad_signature', tampered);
  const body = '{"hello":"world"}';
  const bodySigned = signedHeaders(webapp.privateKey, 'webapp', 'POST', '/v1/ping', body);
  const otherBody = await call('POST', '/v1/ping', { headers: bodySigned, body: '{"hello":"World"}' });
  check(otherBody.status === 401 && otherBody.json.code === 'bad_signature', 'a changed body: 401 bad_signature', otherBody);
  const post = await call('POST', '/v1/ping', { headers: bodySigned, body });
  check(post.status === 405 && post.json.code === 'method_not_allowed', 'the signed body verifies; POST /v1/ping is 405', post);

  const replay = await call('GET', '/v1/ping', { headers: pong.headers });
  check(replay.status === 401 && replay.json.code === 'replayed_nonce', 'a replayed request: 401 replayed_nonce', replay);

  const stale = await call('GET', '/v1/ping', { timestamp: String(Math.floor(Date.now() / 1000) - 61) });
  check(stale.status === 401 && stale.json.code === 'stale_timestamp', 'a timestamp 61 s old: 401 stale_timestamp', stale);
  const ahead = await call('GET', '/v1/ping', { timestamp: String(Math.floor(Date.now() / 1000) + 61) });
  check(ahead.status === 401 && ahead.json.code === 'stale_timestamp', 'a timestamp 61 s ahead: 401', ahead);

  const unsigned = await fetch(base + '/v1/no-such-thing');
  check(unsigned.status === 401 && (await unsigned.json()).code === 'missing_authentication',
        'an unsigned request to an unknown path: 401, not 404');
  const unknownPath = await call('GET', '/v1/no-such-thing');
  check(unknownPath.status === 404 && unknownPath.json.code === 'not_found', 'a signed unknown path: 404', unknownPath);
  const nobody = await call('GET', '/v1/customers/no-such-customer');
  check(nobody.status === 404 && nobody.json.code === 'unknown_customer', 'an unknown customer: 404', nobody);

  const stranger = await call('GET', '/v1/ping', { key: newKey().privateKey, client: 'stranger' });
  check(stranger.status === 401 && stranger.json.code === 'unknown_client', 'an unknown client: 401', stranger);
  const impostor = await call('GET', '/v1/ping', { key: reader.privateKey });
  check(impostor.status === 401 && impostor.json.code === 'bad_signature', "another client's key: 401 bad_signature", impostor);

  const readerPing = await call('GET', '/v1/ping', { key: reader.privateKey, client: 'reader' });
  check(readerPing.status === 200 && readerPing.json.client === 'reader', 'reader (scope read) may ping', readerPing);
  const noScope = await call('GET', `/v1/customers/${encodeURIComponent(someone)}`, { key: reader.privateKey, client: 'reader' });
  check(noScope.status === 403 && noScope.json.code === 'missing_scope', 'reader without scope customers: 403', noScope);

  // A withdrawal on the customer's behalf (scope withdrawals), to an
  // address of theirs the demo paid before, of an asset they hold.
  const history = (await call('GET', `/v1/customers/${who}/withdrawals?limit=100`)).json.withdrawals;
  const holding = balances.json.balances.filter((b) => b.available !== '0').map((b) => b.asset);
  const earlier = history.find((w) => holding.includes(w.asset));
  check(earlier, 'the demo customer holds an asset they withdrew before', { holding, history: history.length });
  const withdrawalsOf = `/v1/customers/${who}/withdrawals`;
  const asked = JSON.stringify({ asset: earlier.asset, amount: '0.0001', destination: earlier.destination });
  const made = await call('POST', withdrawalsOf, { body: asked, extra: { 'Idempotency-Key': 'interop-order-1' } });
  check(made.status === 201 && made.json.amount === '0.0001' && made.json.asset === earlier.asset
        && ['processing', 'under_review'].includes(made.json.state) && made.replayed === null,
        'POST …/withdrawals with an Idempotency-Key: 201, the withdrawal', made);
  check(made.json.state !== 'under_review' || made.json.review.breaches.every((b) => decimal(b.total) && decimal(b.limit)),
        'under review, the reason in numbers', made.json.review);
  const replayed = await call('POST', withdrawalsOf, { body: asked, extra: { 'Idempotency-Key': 'interop-order-1' } });
  check(replayed.status === 201 && JSON.stringify(replayed.json) === JSON.stringify(made.json) && replayed.replayed === 'true',
        'the same key and body: the same answer, Idempotent-Replayed: true', replayed);
  const after = (await call('GET', `/v1/customers/${who}/withdrawals?limit=100`)).json.withdrawals;
  check(after.length === history.length + 1 && after[0].id === made.json.id, 'one withdrawal made, not two', after.length);
  const { review, ...asListed } = made.json;
  const fetched = await call('GET', `/v1/withdrawals/${made.json.id}`);
  check(fetched.status === 200 && JSON.stringify(fetched.json) === JSON.stringify(asListed),
        'GET /v1/withdrawals/{id} as POST answered it', { fetched: fetched.json, asListed });
  const reused = await call('POST', withdrawalsOf, {
    body: JSON.stringify({ asset: earlier.asset, amount: '0.0002', destination: earlier.destination }),
    extra: { 'Idempotency-Key': 'interop-order-1' } });
  check(reused.status === 409 && reused.json.code === 'idempotency_key_reused', 'the same key, another body: 409', reused);
  const keyless = await call('POST', withdrawalsOf, { body: asked });
  check(keyless.status === 400 && keyless.json.code === 'invalid_idempotency_key', 'no Idempotency-Key: 400', keyless);
  const asNumber = await call('POST', withdrawalsOf, {
    body: `{"asset":"${earlier.asset}","amount":0.0001,"destination":"${earlier.destination}"}`,
    extra: { 'Idempotency-Key': 'interop-order-2' } });
  check(asNumber.status === 400 && asNumber.json.code === 'invalid_body' && /amount/.test(asNumber.json.error),
        'an amount as a JSON number: 400 invalid_body naming amount', asNumber);
  const tooMuch = await call('POST', withdrawalsOf, {
    body: JSON.stringify({ asset: earlier.asset, amount: '1000000000', destination: earlier.destination }),
    extra: { 'Idempotency-Key': 'interop-order-3' } });
  check(tooMuch.status === 422 && tooMuch.json.code === 'insufficient_funds', 'more than the balance: 422', tooMuch);
  const readerWithdraws = await call('POST', withdrawalsOf, { key: reader.privateKey, client: 'reader', body: asked,
                                                               extra: { 'Idempotency-Key': 'interop-order-4' } });
  check(readerWithdraws.status === 403 && readerWithdraws.json.code === 'missing_scope', 'reader may not withdraw: 403',
        readerWithdraws);

  // Over 64 KiB: refused before the body is read.
  const socket = await connect(port);
  const reader413 = new ResponseReader(socket);
  const big = 'x'.repeat(64 * 1024 + 1);
  socket.write(rawRequest('POST', '/v1/ping', { body: big, headers: signedHeaders(webapp.privateKey, 'webapp', 'POST', '/v1/ping', big) }));
  const tooLarge = await reader413.next();
  check(tooLarge && tooLarge.status === 413, 'a body over 64 KiB: 413', tooLarge && tooLarge.status);
  socket.destroy();

  // Webhooks: a receiver in this process; `exctl serve` again, now with
  // its duties (they deliver), on the same database.
  const received = [];
  let arrived = () => {};
  const receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(204).end();
      arrived();
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hookUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;
  await run(['api-client', 'webhook', 'add', 'webapp', hookUrl], { as: 'admin' });
  const hooks = await json(['api-client', 'webhook', 'list']);
  check(hooks.length === 1 && hooks[0].url === hookUrl, 'api-client webhook add, then list', hooks);
  await run(['customer', 'add', 'web:hooked', '--name', 'Hooked Customer'], { as: 'operator' });
  const noKey = await call('GET', '/v1/webhook-key');
  check(noKey.status === 404 && noKey.json.code === 'no_webhook_key', 'no webhook key before the duties ran', noKey);
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  server = spawn(exctl, ['--db', db, 'serve', '--api', '127.0.0.1:0', '--backoffice', `127.0.0.1:${port}`,
                         '--vault-passphrase-file', passphraseFile],
                 { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout });
    lines.on('line', (line) => { if (/^back office listening on/.test(line)) resolve(); });
    server.on('exit', (code) => reject(new Error('exctl serve exited ' + code)));
  });
  // Every event so far: the demo's and the new customer's, the last.
  const deadline = Date.now() + 60_000;
  while (!received.some((r) => JSON.parse(r.body).object?.external_id === 'web:hooked') && Date.now() < deadline)
    await new Promise((resolve) => { arrived = resolve; setTimeout(resolve, 500); });
  const keyAnswer = await call('GET', '/v1/webhook-key');
  check(keyAnswer.status === 200, 'GET /v1/webhook-key once the duties made the key', keyAnswer);
  const raw = Buffer.from(keyAnswer.json.public_key, 'base64');
  const webhookKey = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
  const eventSchema = ajv.getSchema('backoffice.json#/components/schemas/WebhookEvent');
  check(received.length > 1, `webhooks arrived (${received.length})`, received.length);
  const bad = [];
  const ids = new Set();
  const lastOf = new Map();
  for (const r of received) {
    const text = Buffer.concat([Buffer.from(`${r.headers['x-webhook-id']}\n${r.headers['x-webhook-timestamp']}\n`), r.body]);
    const genuine = verify(null, text, webhookKey, Buffer.from(r.headers['x-webhook-signature'], 'base64'));
    const event = JSON.parse(r.body);
    if (!genuine) bad.push({ id: event.id, why: 'signature' });
    if (!eventSchema(event)) bad.push({ id: event.id, why: eventSchema.errors });
    if (event.id !== r.headers['x-webhook-id'] || r.path !== '/hooks') bad.push({ id: event.id, why: 'header or path' });
    if (ids.has(event.id)) bad.push({ id: event.id, why: 'twice' });
    ids.add(event.id);
    const object = event.type.split('.')[0] + ':' + (event.object.id ?? event.object.external_id);
    if (lastOf.has(object) && lastOf.get(object).updated_at > event.object.updated_at)
      bad.push({ id: event.id, why: 'out of order', type: event.type, object, updated_at: event.object.updated_at,
                 after: lastOf.get(object), at: received.indexOf(r) });
    lastOf.set(object, { id: event.id, type: event.type, updated_at: event.object.updated_at, at: received.indexOf(r) });
  }
  check(bad.length === 0, 'every webhook: signature verified by node, body valid, unique id, in order per object', bad.slice(0, 5));
  const hooked = received.map((r) => JSON.parse(r.body)).find((e) => e.object.external_id === 'web:hooked');
  check(hooked && hooked.type === 'customer.updated' && hooked.object.name === 'Hooked Customer',
        'the new customer arrived as customer.updated', hooked);
  const changed = Buffer.concat([Buffer.from(`${received[0].headers['x-webhook-id']}\n${received[0].headers['x-webhook-timestamp']}\n`), received[0].body, Buffer.from(' ')]);
  check(!verify(null, changed, webhookKey, Buffer.from(received[0].headers['x-webhook-signature'], 'base64')),
        'a body changed by one byte does not verify');
  receiver.close();

  await run(['api-client', 'disable', 'webapp'], { as: 'admin' });
  const disabled = await call('GET', '/v1/ping');
  check(disabled.status === 401 && disabled.json.code === 'client_disabled', 'a disabled client: 401 client_disabled', disabled);
  const audit = await json(['audit', 'list', '--action', 'api_client.']);
  check(audit.length === 3, 'two adds and a disable audited', audit.map((a) => a.action));
  const hookAudit = await json(['audit', 'list', '--action', 'webhook_endpoint.']);
  check(hookAudit.length === 1, 'the webhook URL added is audited', hookAudit.map((a) => a.action));
  check(validated > 20 && invalid.length === 0, `every answer (${validated}) valid against the OpenAPI document`, invalid);
} catch (e) {
  crashed(e);
} finally {
  server?.kill('SIGTERM');
}
finish();
