#pragma once
// SignerTrustCheck: before the payout signer signs anything, the key vault,
// the database and the signer's journal (outside the database) must agree
// on whose exchange this is and which admin key the chain of trust starts
// from. Rows alone cannot make them agree:
//  - the vault's pin is sealed with the exchange's id (KeyVault), so an id
//    changed in the meta table (which would open a fresh, empty journal and
//    forget what was signed) no longer matches;
//  - the journal writes the pinned key down the first time it meets it,
//    so a pin deleted from vault_keys (which would put the signer back to
//    counting approval rows) or another vault copied in is noticed.
// Any disagreement stops the run, loudly: nothing is signed, nothing is
// repaired.

#include "core/base/message.h"
#include "core/base/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace exchange::security {
class SignerJournal;
}

namespace exchange::withdrawals {

class SignerTrustCheck final
{
public:
    // pin and boundExchangeId as the unlocked vault has them; the journal is
    // the one of the database's exchange id (SignerJournal::exchangeId()).
    // Appends an anchor line when the journal has none yet and the vault
    // pins a key. Unavailable when the journal cannot be written; otherwise
    // a refusal is Corrupted, its text the message's.
    static Result<void> confirm(security::SignerJournal &journal, const std::optional<QByteArray> &pin,
                                const std::optional<QString> &boundExchangeId, std::int64_t nowMs);
};

} // namespace exchange::withdrawals
