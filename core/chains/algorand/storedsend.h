#pragma once
// Sending an Algorand transaction that was signed and stored before: the
// stored bytes again, which algod takes as the same transaction, never a
// second one. algod's answers for a transaction it has already (in its pool
// or a recent block) count as sent; an answer naming another txid is
// refused. Waits for algod.

#include "core/base/result.h"

#include <QByteArray>

#include <string>

namespace exchange::algorand {

class AlgodClient;

Result<void> sendStored(AlgodClient &algod, const QByteArray &signedMsgpack, const std::string &txid);
// Whether algod's refusal `message` says it has the transaction already.
bool alreadyKnown(const std::string &message);

} // namespace exchange::algorand
