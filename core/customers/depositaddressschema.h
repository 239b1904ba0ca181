#pragma once
// Migration 23: deposit addresses issued to customers.
// - deposit_xpubs: the account-level extended public key each chain with
//   public derivation issues from (Ethereum: m/44'/60'/0'/0), written once
//   from the vault's seed and never changed: the database itself refuses
//   UPDATE and DELETE (and TRUNCATE on PostgreSQL), and every vault unlock
//   checks it against the seed again.
// - wallets: one deposit address per customer and chain, and one row per
//   chain and derivation index (two consoles issuing at once cannot give
//   two customers the same key); both unique indexes, partial.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::customers {

QStringList depositAddressSchema(const Dialect &dialect);

} // namespace exchange::customers
