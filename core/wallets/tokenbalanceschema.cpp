#include "core/wallets/tokenbalanceschema.h"

namespace exchange::wallets {

QStringList tokenBalanceSchema(const Dialect &d)
{
    return {QStringLiteral("CREATE TABLE wallet_token_balances ("
                           " wallet_id BIGINT NOT NULL REFERENCES wallets (id),"
                           " asset TEXT NOT NULL REFERENCES assets (code),"
                           " %1,"
                           " read_at BIGINT NOT NULL,"
                           " PRIMARY KEY (wallet_id, asset))")
                .arg(d.amountColumn(QStringLiteral("balance")))};
}

} // namespace exchange::wallets
