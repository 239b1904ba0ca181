#pragma once
// Algorand arbitrary-data signatures as algosdk's signBytes/verifyBytes make
// them: Ed25519 over "MX" || message, so a signed message can never be
// mistaken for a signed transaction ("TX" prefix).

#include "core/base/result.h"

#include <QByteArray>

#include <string_view>

namespace exchange::algorand {

QByteArray signBytes(const QByteArray &seed, const QByteArray &message);
Result<void> verifyBytes(std::string_view address, const QByteArray &message, const QByteArray &signature);

} // namespace exchange::algorand
