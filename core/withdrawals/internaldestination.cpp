#include "core/withdrawals/internaldestination.h"

#include "core/base/message.h"
#include "core/chains/stellar/strkey.h"
#include "core/store/customeraddressrepository.h"
#include "core/store/customerrepository.h"

#include <limits>

namespace exchange::withdrawals {

namespace {

Error refused(MessageId id, std::vector<std::string> args)
{
    return makeError(ErrorCode::InvalidInput, id, std::move(args));
}

// Whether a customer of that id exists (any state: a frozen or closed
// receiver is still owed what is sent to their address).
Result<bool> isCustomer(const QSqlDatabase &db, std::int64_t id)
{
    auto found = CustomerRepository(db).find(id);
    if (found)
        return true;
    if (found.error().code == ErrorCode::NotFound)
        return false;
    return found.error();
}

} // namespace

std::optional<InternalDestination::Muxed> InternalDestination::muxed(const std::string &destination)
{
    auto decoded = stellar::strkey::decodeMuxedAccount(destination);
    if (!decoded)
        return std::nullopt;
    Muxed m{stellar::strkey::encodeAccountId(decoded.value().publicKey), decoded.value().id, std::nullopt};
    if (decoded.value().id > 0 && decoded.value().id <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        m.customerId = static_cast<std::int64_t>(decoded.value().id);
    return m;
}

Result<std::optional<std::int64_t>> InternalDestination::receiver(const QSqlDatabase &db, std::int64_t sender, Chain chain,
                                                                  const std::string &destination)
{
    const std::optional<Muxed> m = chain == Chain::Stellar ? muxed(destination) : std::nullopt;
    const std::string account = m ? m->account : destination;
    auto use = CustomerAddressRepository(db).walletUse(chain, account);
    if (!use)
        return use.error();
    if (!use.value())
        return std::optional<std::int64_t>();
    const CustomerAddressRepository::WalletUse &wallet = *use.value();
    if (wallet.tier == "deposit") {
        if (!wallet.customerId)
            return refused(MessageId::WithdrawalToUnissuedDepositAddress, {destination});
        if (*wallet.customerId == sender)
            return refused(MessageId::WithdrawalToOwnDepositAddress, {destination});
        return std::optional<std::int64_t>(*wallet.customerId);
    }
    // Stellar's base account is hot: an M-address on it names a customer.
    if (chain == Chain::Stellar && wallet.tier == "hot") {
        if (!m)
            return refused(MessageId::WithdrawalToBaseAccountWithoutId, {destination});
        const std::string named = std::to_string(m->id);
        if (!m->customerId)
            return refused(MessageId::WithdrawalToUnknownCustomerId, {destination, named});
        auto known = isCustomer(db, *m->customerId);
        if (!known)
            return known.error();
        if (!known.value())
            return refused(MessageId::WithdrawalToUnknownCustomerId, {destination, named});
        if (*m->customerId == sender)
            return refused(MessageId::WithdrawalToOwnDepositAddress, {destination});
        return std::optional<std::int64_t>(*m->customerId);
    }
    return refused(MessageId::WithdrawalToExchangeWallet, {destination, wallet.tier});
}

} // namespace exchange::withdrawals
