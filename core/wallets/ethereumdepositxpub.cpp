#include "core/wallets/ethereumdepositxpub.h"

#include "core/base/message.h"
#include "core/chains/ethereum/address.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"

namespace exchange::wallets {

Result<std::optional<crypto::Bip32PublicKey>> EthereumDepositXpub::read(const QSqlDatabase &db)
{
    auto mismatch = MetaRepository(db).get(mismatchKey());
    if (!mismatch)
        return mismatch.error();
    if (mismatch.value())
        return makeError(ErrorCode::Conflict, MessageId::DepositXpubMismatch);
    auto q = sql::run(db, QStringLiteral("SELECT xpub FROM deposit_xpubs WHERE chain = 'ethereum'"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<crypto::Bip32PublicKey>();
    auto parsed = crypto::Bip32PublicKey::parse(q.value().value(0).toString().toStdString());
    if (!parsed)
        return Error{ErrorCode::Corrupted, "the stored Ethereum deposit xpub is malformed: " + parsed.error().message};
    return std::optional<crypto::Bip32PublicKey>(std::move(parsed).value());
}

Result<std::string> EthereumDepositXpub::address(const crypto::Bip32PublicKey &account, std::uint32_t index)
{
    auto child = account.child(index);
    if (!child)
        return child.error();
    auto address = ethereum::addressFromPublicKey(child.value().publicKey());
    if (!address)
        return address.error();
    return ethereum::checksumAddress(address.value());
}

} // namespace exchange::wallets
