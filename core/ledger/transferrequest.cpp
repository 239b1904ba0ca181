#include "core/ledger/transferrequest.h"

namespace exchange::ledger {

TransferRequest TransferRequest::posted(std::string id, TransferCode code, AccountKey debit, AccountKey credit,
                                        Amount amount, std::string reference, std::string memo)
{
    return TransferRequest{std::move(id), TransferKind::Posted, code, std::move(debit), std::move(credit), amount,
                           {}, std::move(reference), std::move(memo)};
}

TransferRequest TransferRequest::pending(std::string id, TransferCode code, AccountKey debit, AccountKey credit,
                                         Amount amount, std::string reference)
{
    return TransferRequest{std::move(id), TransferKind::Pending, code, std::move(debit), std::move(credit), amount,
                           {}, std::move(reference), {}};
}

TransferRequest TransferRequest::post(std::string id, std::string pendingId, Amount amount)
{
    TransferRequest r;
    r.id = std::move(id);
    r.kind = TransferKind::PostPending;
    r.pendingId = std::move(pendingId);
    r.amount = amount;
    return r;
}

TransferRequest TransferRequest::voidHold(std::string id, std::string pendingId)
{
    TransferRequest r;
    r.id = std::move(id);
    r.kind = TransferKind::VoidPending;
    r.pendingId = std::move(pendingId);
    return r;
}

} // namespace exchange::ledger
