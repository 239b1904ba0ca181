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
  "components": {
    "securitySchemes": {
      "client": {"type": "apiKey", "in": "header", "name": "X-Client", "description": "The client's registered name"},
      "timestamp": {"type": "apiKey", "in": "header", "name": "X-Timestamp", "description": "Unix seconds, at most 60 s off the server's clock"},
      "nonce": {"type": "apiKey", "in": "header", "name": "X-Nonce", "description": "16 to 64 of A-Z a-z 0-9 - _, never used before"},
      "signature": {"type": "apiKey", "in": "header", "name": "X-Signature", "description": "Ed25519 signature of the canonical string, base64"}
    },
    "parameters": {
      "ExternalId": {"name": "external_id", "in": "path", "required": true, "description": "The exchange's own id for the customer, percent-encoded", "schema": {"type": "string", "minLength": 1}},
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
        "required": ["id", "external_id", "asset", "chain", "destination", "amount", "fee", "state", "review_reason", "txid", "requested_at", "updated_at"],
        "properties": {
          "id": {"type": "integer", "minimum": 1}, "external_id": {"type": "string"}, "asset": {"type": "string"},
          "chain": {"$ref": "#/components/schemas/Chain"}, "destination": {"type": "string"},
          "amount": {"$ref": "#/components/schemas/Decimal"}, "fee": {"$ref": "#/components/schemas/Decimal"},
          "state": {"type": "string", "enum": ["under_review", "approved", "processing", "broadcast", "succeeded", "failed", "rejected", "cancelled", "error", "manual_payout", "held_for_integrity"]},
          "review_reason": {"type": ["string", "null"]}, "txid": {"type": ["string", "null"]},
          "requested_at": {"$ref": "#/components/schemas/Time"}, "updated_at": {"$ref": "#/components/schemas/Time"}
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
