#pragma once
// SignedWithdrawalRequestCheck: the payout signer's check of a back-office
// client's withdrawal request kept with the withdrawal
// (withdrawals::ApiWithdrawalRequest), made from signatures only: the
// client as the newest api_client statement an admin signed says it
// (SignedApiClients, traced from the pinned admin key; never the
// api_clients row), enabled and granted the scope withdrawals, and the
// request's Ed25519 signature over its canonical string
// (backofficesigning.h) verifying with that statement's key.
// PayoutAuthorization::ApiRequestCheck; what the request states is
// compared with the withdrawal there.

#include "core/base/result.h"
#include "core/withdrawals/apiwithdrawalrequest.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>
#include <string>

namespace exchange::api {

class SignedWithdrawalRequestCheck final
{
public:
    // Why the request is not the client's genuine withdrawal request, or
    // nothing; an error when the statements cannot be read.
    static Result<std::optional<std::string>> check(const QSqlDatabase &db, const QByteArray &pinnedAdminKey,
                                                     const withdrawals::ApiWithdrawalRequest &request);
};

} // namespace exchange::api
