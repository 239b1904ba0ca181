#pragma once
// The back-office API's service clients (api_clients: a unique name, the
// Ed25519 public key their requests are signed with, scopes, enabled) and
// the nonces of their recent requests (api_nonces, replay protection: a
// nonce is kept until expires_at, then pruned).

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::api {

QStringList apiClientSchema(const Dialect &dialect);

} // namespace exchange::api
