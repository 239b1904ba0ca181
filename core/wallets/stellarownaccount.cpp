#include "core/wallets/stellarownaccount.h"

#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/horizonresult.h"

namespace exchange::wallets {

Result<std::optional<stellar::HorizonAccount>> readStellarAccount(stellar::HorizonClient &horizon, const std::string &address)
{
    auto answer = horizon.get(QStringLiteral("/accounts/") + QString::fromStdString(address));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return std::optional<stellar::HorizonAccount>();
    if (answer.value().status != 200)
        return Error{ErrorCode::Unavailable,
                     "Horizon answered HTTP " + std::to_string(answer.value().status) + " for account " + address};
    auto account = stellar::HorizonAccount::fromJson(answer.value().body.toStdString());
    if (!account)
        return Error{ErrorCode::Unavailable, account.error().message + " (" + address + ")"};
    return std::optional<stellar::HorizonAccount>(account.value());
}

Result<void> submitStellarTransaction(stellar::HorizonClient &horizon, const std::string &envelopeBase64, const std::string &what,
                                      const std::string &checkHint)
{
    auto answer = horizon.submit(envelopeBase64);
    if (!answer)
        return answer.error();
    const int status = answer.value().status;
    if (status >= 500 || status == 429 || status == 408)
        return Error{ErrorCode::Unavailable, "Horizon could not take " + what + " now (HTTP " + std::to_string(status) + "); see "
                                                 + checkHint + " before trying again"};
    if (status != 200) {
        const auto codes = stellar::refusalCodes(answer.value().body);
        return Error{ErrorCode::InvalidInput,
                     "Horizon refused " + what + ": " + (codes ? stellar::describeResultCodes(*codes) : "HTTP " + std::to_string(status))};
    }
    return {};
}

} // namespace exchange::wallets
