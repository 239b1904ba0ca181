#pragma once
// Migration: hot's Stellar channel accounts (StellarChannel), each with the
// transaction that creates or merges it stored signed before it is sent.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::wallets {

QStringList stellarChannelSchema(const Dialect &dialect);

} // namespace exchange::wallets
