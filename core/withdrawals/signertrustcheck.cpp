#include "core/withdrawals/signertrustcheck.h"

#include "core/security/signerjournal.h"

namespace exchange::withdrawals {

namespace {

Error refusal(MessageId id, std::vector<std::string> args)
{
    return makeError(ErrorCode::Corrupted, id, std::move(args));
}

} // namespace

Result<void> SignerTrustCheck::confirm(security::SignerJournal &journal, const std::optional<QByteArray> &pin,
                                       const std::optional<QString> &boundExchangeId, std::int64_t nowMs)
{
    if (boundExchangeId && *boundExchangeId != journal.exchangeId())
        return refusal(MessageId::SignerExchangeMismatch,
                       {journal.exchangeId().toStdString(), boundExchangeId->toStdString()});
    const std::optional<std::string> pinned = pin ? std::optional<std::string>(pin->toHex().toStdString())
                                                  : std::nullopt;
    const std::optional<std::string> &anchored = journal.anchor();
    if (anchored && !pinned)
        return refusal(MessageId::SignerPinRemoved, {*anchored});
    if (anchored && *pinned != *anchored)
        return refusal(MessageId::SignerPinSwapped, {*pinned, *anchored});
    if (!anchored && pinned)
        return journal.appendAnchor(*pinned, nowMs);
    return {};
}

} // namespace exchange::withdrawals
