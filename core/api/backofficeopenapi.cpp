#include "core/api/backofficeopenapi.h"

namespace exchange::api {

namespace {

// Kept beside the server that answers it: a path here that BackOfficeServer
// does not route fails tst_backofficereads, and every answer in
// interop_backoffice_api is validated against these schemas.
constexpr char kDocument[] = R"json(
{
  "openapi": "3.1.0",
  "info": {
    "title": "Exchange Console back-office API",
    "version": "1",
    "description": "Server to server, every request signed with the client's Ed25519 key (docs/backoffice-api.md). Amounts are exact decimal strings in the asset's unit, never JSON numbers."
  },
  "security": [{"client": [], "timestamp": [], "nonce": [], "signature": []}],
  "paths": {
    "/v1/customers": {
      "post": {
        "summary": "Add a customer, or update one, by the exchange's own id for them (scope customers)",
        "description": "201 with the customer when added, 200 when updated, 200 and nothing written when the body says what is stored already. An absent email keeps the stored one; an empty one removes it.",
        "operationId": "putCustomer",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerBody"}}}},
        "responses": {
          "200": {"description": "Updated, or equal already", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}},
          "201": {"description": "Added", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}},
          "400": {"description": "invalid_body: not a JSON object, an unknown field, a missing or malformed one (named)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "409": {"description": "customer_closed: a closed customer does not change; conflict: another customer has the email", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/freeze": {
      "post": {
        "summary": "Freeze a customer: no withdrawal leaves, deposits are still credited (scope customers)",
        "operationId": "freezeCustomer",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NoFields"}}}},
        "responses": {
          "200": {"description": "The customer, frozen", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}},
          "409": {"description": "wrong_state: frozen already, or closed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/unfreeze": {
      "post": {
        "summary": "Unfreeze a customer; their waiting payouts resume (scope customers)",
        "operationId": "unfreezeCustomer",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}],
        "requestBody": {"required": false, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NoFields"}}}},
        "responses": {
          "200": {"description": "The customer, active", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}},
          "409": {"description": "wrong_state: not frozen, or closed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/deposit-address": {
      "get": {
        "summary": "Where the customer pays an asset in, issued on the first call and the same ever after (scope customers)",
        "description": "Issuing is a write, audited as the client. Stellar answers the exchange's account with the customer's memo id and the equivalent muxed M-address; Ethereum and Algorand an address of the customer's own. A frozen customer still gets theirs.",
        "operationId": "getDepositAddress",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}, {"name": "asset", "in": "query", "required": true, "description": "An asset code the exchange has configured (ETH, ALGO, XLM, a token)", "schema": {"type": "string", "minLength": 1}}],
        "responses": {
          "200": {"description": "The deposit instructions", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DepositAddress"}}}},
          "400": {"description": "unknown_asset; invalid_query", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "409": {"description": "customer_closed; chain_not_configured: no hot wallet on the asset's chain", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "503": {"description": "deposit_key_not_set_up: no Ethereum xpub recorded yet; deposit_key_mismatch: the recorded xpub is not the vault seed's; deposit_pool_empty: no Algorand address left until an admin unlocks the vault", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/addresses": {
      "get": {
        "summary": "The customer's own withdrawal addresses, oldest first (scope customers)",
        "operationId": "listCustomerAddresses",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}],
        "responses": {
          "200": {"description": "The addresses", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerAddresses"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      },
      "post": {
        "summary": "Add one of the customer's own withdrawal addresses (scope customers)",
        "operationId": "addCustomerAddress",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerAddressBody"}}}},
        "responses": {
          "201": {"description": "Added", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CustomerAddress"}}}},
          "400": {"description": "invalid_body; invalid_address: not an address of the chain", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "409": {"description": "address_listed: on the list already; address_refused: an exchange wallet or another customer's deposit address; customer_closed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/addresses/{chain}/{address}": {
      "delete": {
        "summary": "Remove one of the customer's own withdrawal addresses (scope customers)",
        "operationId": "removeCustomerAddress",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}, {"name": "chain", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/Chain"}}, {"name": "address", "in": "path", "required": true, "schema": {"type": "string", "minLength": 1}}],
        "responses": {
          "204": {"description": "Removed"},
          "404": {"description": "address_not_listed; unknown_customer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/ping": {
      "get": {
        "summary": "The client's name and the server's time (scope read)",
        "operationId": "ping",
        "responses": {
          "200": {"description": "Pong", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ping"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/openapi.json": {
      "get": {
        "summary": "This document (scope read)",
        "operationId": "openapi",
        "responses": {
          "200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "paths"]}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}": {
      "get": {
        "summary": "A customer by the exchange's own id for them (scope customers)",
        "operationId": "getCustomer",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}],
        "responses": {
          "200": {"description": "The customer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/balances": {
      "get": {
        "summary": "Per asset available, held and total (scope read)",
        "operationId": "getBalances",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}],
        "responses": {
          "200": {"description": "The balances", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Balances"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/withdrawals": {
      "get": {
        "summary": "The customer's withdrawals, newest first, a page at a time (scope read)",
        "operationId": "listWithdrawals",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}, {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}],
        "responses": {
          "200": {"description": "A page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WithdrawalPage"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      },
      "post": {
        "summary": "Request a withdrawal on the customer's behalf (scope withdrawals)",
        "description": "The path every withdrawal takes: the amount and fee held on the customer's balance, the 24h and 72h limits, review, new destinations flagged. Requested by api:<client>; the signed request is kept with the withdrawal and the payout signer verifies it again before it pays. The same Idempotency-Key with the same body (byte for byte) answers the first answer again, with Idempotent-Replayed: true, for at least 24 hours; with another body 409 idempotency_key_reused. A refusal writes nothing and keeps no key.",
        "operationId": "requestWithdrawal",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}, {"$ref": "#/components/parameters/IdempotencyKey"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WithdrawalBody"}}}},
        "responses": {
          "201": {
            "description": "Requested (or, replayed, the answer first given)",
            "headers": {"Idempotent-Replayed": {"description": "true when this is the answer first given to the key", "schema": {"type": "string", "enum": ["true"]}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WithdrawalCreated"}}}
          },
          "400": {"description": "invalid_idempotency_key; invalid_body: not a JSON object, an unknown, missing or malformed field (named), an amount not exact in the asset's decimals or not above zero, a memo; unknown_asset; invalid_destination", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "403": {"description": "missing_scope: the client lacks the scope withdrawals; customer_frozen, customer_closed: the customer may not withdraw", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "404": {"description": "unknown_customer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "409": {"description": "idempotency_key_reused: the key came with another body", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "422": {"description": "insufficient_funds: the available balance does not cover amount and fee", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/customers/{external_id}/deposits": {
      "get": {
        "summary": "The customer's deposits, newest first, a page at a time (scope read)",
        "operationId": "listDeposits",
        "parameters": [{"$ref": "#/components/parameters/ExternalId"}, {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}],
        "responses": {
          "200": {"description": "A page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DepositPage"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/withdrawals/{id}": {
      "get": {
        "summary": "One withdrawal (scope read)",
        "operationId": "getWithdrawal",
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "responses": {
          "200": {"description": "The withdrawal", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Withdrawal"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/webhook-key": {
      "get": {
        "summary": "The server's Ed25519 public key that every webhook is signed with (scope read); 404 no_webhook_key until it is made",
        "operationId": "getWebhookKey",
        "responses": {
          "200": {"description": "The key", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookKey"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    },
    "/v1/deposits/{id}": {
      "get": {
        "summary": "One deposit of a customer (scope read)",
        "operationId": "getDeposit",
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "responses": {
          "200": {"description": "The deposit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Deposit"}}}},
          "default": {"$ref": "#/components/responses/Refusal"}
        }
      }
    }
  },
  "webhooks": {
    "event": {
      "post": {
        "summary": "An event, POSTed to each of the client's webhook URLs",
        "description": "At least once: dedupe by id. In order per object. Verify X-Webhook-Signature (base64 Ed25519 over id, LF, X-Webhook-Timestamp, LF, the body's bytes) with GET /v1/webhook-key. Any 2xx answer within 10 s delivers it; anything else is tried again after 10 s, 20 s, 40 s, at most an hour apart, until a day after the event.",
        "operationId": "webhookEvent",
        "parameters": [
          {"name": "X-Webhook-Id", "in": "header", "required": true, "description": "The event's id, as in the body", "schema": {"type": "string"}},
          {"name": "X-Webhook-Timestamp", "in": "header", "required": true, "description": "Unix seconds when this attempt was sent", "schema": {"type": "string", "pattern": "^[0-9]+$"}},
          {"name": "X-Webhook-Signature", "in": "header", "required": true, "description": "Ed25519 signature, base64", "schema": {"type": "string"}}
        ],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookEvent"}}}},
        "responses": {"2XX": {"description": "Delivered"}, "default": {"description": "Not delivered: tried again later"}}
      }
    }
  },
  "components": {
    "securitySchemes": {
      "client": {"type": "apiKey", "in": "header", "name": "X-Client", "description": "The client's registered name"},
      "timestamp": {"type": "apiKey", "in": "header", "name": "X-Timestamp", "description": "Unix seconds, at most 60 s off the server's clock"},
      "nonce": {"type": "apiKey", "in": "header", "name": "X-Nonce", "description": "16 to 64 of A-Z a-z 0-9 - _, never used before"},
      "signature": {"type": "apiKey", "in": "header", "name": "X-Signature", "description": "Ed25519 signature of the canonical string, base64"}
    },
    "parameters": {
      "ExternalId": {"name": "external_id", "in": "path", "required": true, "description": "The exchange's own id for the customer, percent-encoded", "schema": {"type": "string", "minLength": 1}},
      "IdempotencyKey": {"name": "Idempotency-Key", "in": "header", "required": true, "description": "The client's own key for this withdrawal (its order id): 1 to 64 printable ASCII characters, no space", "schema": {"type": "string", "pattern": "^[!-~]{1,64}$"}},
      "Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9]{1,18}$"}},
      "Limit": {"name": "limit", "in": "query", "required": false, "description": "1 to 100, 50 when not given", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
      "Cursor": {"name": "cursor", "in": "query", "required": false, "description": "The next_cursor of the page before, as it was", "schema": {"type": "string"}}
    },
    "responses": {
      "Refusal": {"description": "A refusal with a stable code", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "Decimal": {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$", "description": "An exact amount in the asset's unit"},
      "Time": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"},
      "Cursor": {"type": ["string", "null"], "description": "Pass as cursor for the next page; null after the last"},
      "Chain": {"type": "string", "enum": ["stellar", "ethereum", "algorand"]},
      "Error": {
        "type": "object", "required": ["error", "code"], "additionalProperties": false,
        "properties": {"error": {"type": "string"}, "code": {"type": "string", "pattern": "^[a-z_]+$"}}
      },
      "Ping": {
        "type": "object", "required": ["client", "server_time", "server_time_unix"], "additionalProperties": false,
        "properties": {"client": {"type": "string"}, "server_time": {"$ref": "#/components/schemas/Time"}, "server_time_unix": {"type": "integer"}}
      },
      "Customer": {
        "type": "object", "required": ["external_id", "name", "email", "state", "created_at", "updated_at"], "additionalProperties": false,
        "properties": {
          "external_id": {"type": "string"}, "name": {"type": "string"}, "email": {"type": ["string", "null"]},
          "state": {"type": "string", "enum": ["active", "frozen", "closed"]},
          "created_at": {"$ref": "#/components/schemas/Time"}, "updated_at": {"$ref": "#/components/schemas/Time"}
        }
      },
      "CustomerBody": {
        "type": "object", "required": ["external_id", "name"], "additionalProperties": false,
        "properties": {
          "external_id": {"type": "string", "pattern": "^[A-Za-z0-9._:-]{1,64}$", "description": "Not of the form c-<number>, which the exchange gives customers added without one"},
          "name": {"type": "string", "minLength": 1}, "email": {"type": "string", "description": "Absent: unchanged; empty: removed"}
        }
      },
      "NoFields": {"type": "object", "additionalProperties": false, "properties": {}},
      "DepositAddress": {
        "type": "object", "required": ["external_id", "asset", "chain", "address", "issued_now"], "additionalProperties": false,
        "properties": {
          "external_id": {"type": "string"}, "asset": {"type": "string"}, "chain": {"$ref": "#/components/schemas/Chain"},
          "address": {"type": "string", "description": "Where to pay; on Stellar the exchange's account, paid with memo_id"},
          "derivation_index": {"type": "integer", "minimum": 0, "description": "Ethereum and Algorand: the address's index"},
          "memo_id": {"type": "string", "pattern": "^[0-9]+$", "description": "Stellar: the MEMO_ID to pay with"},
          "muxed_address": {"type": "string", "pattern": "^M[A-Z2-7]+$", "description": "Stellar: the same as address with memo_id, for wallets that take SEP-23 muxed addresses"},
          "issued_now": {"type": "boolean"}
        }
      },
      "CustomerAddressBody": {
        "type": "object", "required": ["chain", "address"], "additionalProperties": false,
        "properties": {"chain": {"$ref": "#/components/schemas/Chain"}, "address": {"type": "string", "minLength": 1}, "label": {"type": "string", "maxLength": 64}}
      },
      "CustomerAddress": {
        "type": "object", "required": ["chain", "address", "label", "added_by", "added_at"], "additionalProperties": false,
        "properties": {
          "chain": {"$ref": "#/components/schemas/Chain"}, "address": {"type": "string", "description": "In its chain's canonical spelling"},
          "label": {"type": ["string", "null"]}, "added_by": {"type": "string"}, "added_at": {"$ref": "#/components/schemas/Time"}
        }
      },
      "CustomerAddresses": {
        "type": "object", "required": ["external_id", "addresses"], "additionalProperties": false,
        "properties": {"external_id": {"type": "string"}, "addresses": {"type": "array", "items": {"$ref": "#/components/schemas/CustomerAddress"}}}
      },
      "Balance": {
        "type": "object", "required": ["asset", "decimals", "available", "held", "total"], "additionalProperties": false,
        "properties": {
          "asset": {"type": "string"}, "decimals": {"type": "integer", "minimum": 0},
          "available": {"$ref": "#/components/schemas/Decimal"}, "held": {"$ref": "#/components/schemas/Decimal"}, "total": {"$ref": "#/components/schemas/Decimal"}
        }
      },
      "Balances": {
        "type": "object", "required": ["external_id", "balances"], "additionalProperties": false,
        "properties": {"external_id": {"type": "string"}, "balances": {"type": "array", "items": {"$ref": "#/components/schemas/Balance"}}}
      },
      "Withdrawal": {
        "type": "object", "additionalProperties": false,
        "required": ["id", "external_id", "asset", "chain", "destination", "amount", "fee", "state", "review_reason", "txid", "internal", "requested_at", "updated_at"],
        "properties": {
          "id": {"type": "integer", "minimum": 1}, "external_id": {"type": "string"}, "asset": {"type": "string"},
          "chain": {"$ref": "#/components/schemas/Chain"}, "destination": {"type": "string"},
          "amount": {"$ref": "#/components/schemas/Decimal"}, "fee": {"$ref": "#/components/schemas/Decimal"},
          "state": {"type": "string", "enum": ["under_review", "approved", "processing", "broadcast", "succeeded", "failed", "rejected", "cancelled", "error", "manual_payout", "held_for_integrity"]},
          "review_reason": {"type": ["string", "null"]}, "txid": {"type": ["string", "null"]},
          "internal": {"type": "boolean", "description": "To another customer's deposit address: settled in the exchange's books, never sent on chain (no txid)"},
          "requested_at": {"$ref": "#/components/schemas/Time"}, "updated_at": {"$ref": "#/components/schemas/Time"}
        }
      },
      "WithdrawalBody": {
        "type": "object", "required": ["asset", "amount", "destination"], "additionalProperties": false,
        "properties": {
          "asset": {"type": "string", "minLength": 1}, "amount": {"$ref": "#/components/schemas/Decimal"},
          "destination": {"type": "string", "minLength": 1, "description": "An address of the asset's chain (Stellar: G… or a muxed M…)"},
          "memo": {"type": "null", "description": "No memo is sent: a memo other than null is refused (invalid_body); give a Stellar destination that needs one as its muxed M-address"}
        }
      },
      "Review": {
        "type": "object", "required": ["reason", "new_destination", "breaches"], "additionalProperties": false,
        "properties": {
          "reason": {"type": "string"}, "new_destination": {"type": "boolean", "description": "The destination is not on the customer's list"},
          "breaches": {"type": "array", "items": {
            "type": "object", "required": ["window", "total", "limit"], "additionalProperties": false,
            "properties": {"window": {"type": "string", "enum": ["24h", "72h"]}, "total": {"$ref": "#/components/schemas/Decimal"}, "limit": {"$ref": "#/components/schemas/Decimal"}}
          }}
        }
      },
      "WithdrawalCreated": {
        "type": "object", "additionalProperties": false,
        "required": ["id", "external_id", "asset", "chain", "destination", "amount", "fee", "state", "review_reason", "txid", "internal", "requested_at", "updated_at", "review"],
        "properties": {
          "id": {"type": "integer", "minimum": 1}, "external_id": {"type": "string"}, "asset": {"type": "string"},
          "chain": {"$ref": "#/components/schemas/Chain"}, "destination": {"type": "string"},
          "amount": {"$ref": "#/components/schemas/Decimal"}, "fee": {"$ref": "#/components/schemas/Decimal"},
          "state": {"type": "string", "enum": ["under_review", "approved", "processing"]},
          "review_reason": {"type": ["string", "null"]}, "txid": {"type": "null"},
          "internal": {"type": "boolean", "description": "To another customer's deposit address: settled in the exchange's books, never sent on chain"},
          "requested_at": {"$ref": "#/components/schemas/Time"}, "updated_at": {"$ref": "#/components/schemas/Time"},
          "review": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Review"}], "description": "null unless under_review: then why, in numbers"}
        }
      },
      "WithdrawalPage": {
        "type": "object", "required": ["external_id", "withdrawals", "next_cursor"], "additionalProperties": false,
        "properties": {"external_id": {"type": "string"}, "withdrawals": {"type": "array", "items": {"$ref": "#/components/schemas/Withdrawal"}}, "next_cursor": {"$ref": "#/components/schemas/Cursor"}}
      },
      "Deposit": {
        "type": "object", "additionalProperties": false,
        "required": ["id", "external_id", "asset", "chain", "txid", "index", "from", "to", "memo", "amount", "state", "height", "seen_at", "updated_at"],
        "properties": {
          "id": {"type": "integer", "minimum": 1}, "external_id": {"type": "string"}, "asset": {"type": "string"},
          "chain": {"$ref": "#/components/schemas/Chain"}, "txid": {"type": "string"}, "index": {"type": "integer", "minimum": 0},
          "from": {"type": "string"}, "to": {"type": "string"}, "memo": {"type": ["string", "null"]},
          "amount": {"$ref": "#/components/schemas/Decimal"},
          "state": {"type": "string", "enum": ["pending", "ignored", "credited", "collection_planned", "collecting", "collected"]},
          "height": {"type": ["integer", "null"]},
          "seen_at": {"$ref": "#/components/schemas/Time"}, "updated_at": {"$ref": "#/components/schemas/Time"}
        }
      },
      "WebhookKey": {
        "type": "object", "required": ["algorithm", "public_key", "public_key_hex"], "additionalProperties": false,
        "properties": {
          "algorithm": {"const": "Ed25519"},
          "public_key": {"type": "string", "pattern": "^[A-Za-z0-9+/]{43}=$", "description": "32 bytes, base64"},
          "public_key_hex": {"type": "string", "pattern": "^[0-9a-f]{64}$"}
        }
      },
      "EventDeposit": {
        "type": "object", "additionalProperties": false,
        "description": "A deposit as GET /v1/deposits/{id} answers it; an unattributed one (no customer's) has external_id null",
        "required": ["id", "external_id", "asset", "chain", "txid", "index", "from", "to", "memo", "amount", "state", "height", "seen_at", "updated_at"],
        "properties": {
          "id": {"type": "integer", "minimum": 1}, "external_id": {"type": ["string", "null"]}, "asset": {"type": "string"},
          "chain": {"$ref": "#/components/schemas/Chain"}, "txid": {"type": "string"}, "index": {"type": "integer", "minimum": 0},
          "from": {"type": "string"}, "to": {"type": "string"}, "memo": {"type": ["string", "null"]},
          "amount": {"$ref": "#/components/schemas/Decimal"},
          "state": {"type": "string", "enum": ["credited", "ignored", "unattributed"]},
          "height": {"type": ["integer", "null"]},
          "seen_at": {"$ref": "#/components/schemas/Time"}, "updated_at": {"$ref": "#/components/schemas/Time"}
        }
      },
      "WebhookEvent": {
        "type": "object", "required": ["id", "type", "created_at", "object"], "additionalProperties": false,
        "properties": {
          "id": {"type": "string", "pattern": "^evt_[0-9a-f]{32}$", "description": "Unique: the same event sent again has the same id"},
          "type": {"type": "string", "enum": ["customer.updated", "deposit.credited", "deposit.ignored", "deposit.unattributed", "withdrawal.state_changed"]},
          "created_at": {"$ref": "#/components/schemas/Time"},
          "object": {"type": "object", "description": "The object as it was at the event, as its GET answered then"}
        },
        "allOf": [
          {"if": {"properties": {"type": {"const": "customer.updated"}}}, "then": {"properties": {"object": {"$ref": "#/components/schemas/Customer"}}}},
          {"if": {"properties": {"type": {"const": "withdrawal.state_changed"}}}, "then": {"properties": {"object": {"$ref": "#/components/schemas/Withdrawal"}}}},
          {"if": {"properties": {"type": {"enum": ["deposit.credited", "deposit.ignored", "deposit.unattributed"]}}}, "then": {"properties": {"object": {"$ref": "#/components/schemas/EventDeposit"}}}}
        ]
      },
      "DepositPage": {
        "type": "object", "required": ["external_id", "deposits", "next_cursor"], "additionalProperties": false,
        "properties": {"external_id": {"type": "string"}, "deposits": {"type": "array", "items": {"$ref": "#/components/schemas/Deposit"}}, "next_cursor": {"$ref": "#/components/schemas/Cursor"}}
      }
    }
  }
}
)json";

} // namespace

QByteArray backOfficeOpenApi()
{
    return QByteArray(kDocument).trimmed();
}

} // namespace exchange::api
