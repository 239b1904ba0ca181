#include "core/store/assetidentityschema.h"

namespace exchange {

QStringList assetIdentitySchema(const Dialect &)
{
    // Column checks name their own column only (as PostgreSQL wants of a
    // column constraint); how the columns fit together is the code's, and
    // what is money is the admin's signature (asset.identity), not the row.
    return {
        QStringLiteral("ALTER TABLE assets ADD COLUMN kind TEXT NOT NULL DEFAULT 'native'"
                       " CHECK (kind IN ('native', 'erc20', 'stellar_credit', 'algorand_asa'))"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN token_contract TEXT NOT NULL DEFAULT ''"
                       " CHECK (token_contract = '' OR length(token_contract) = 42)"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN token_code TEXT NOT NULL DEFAULT ''"
                       " CHECK (length(token_code) <= 12)"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN token_issuer TEXT NOT NULL DEFAULT ''"
                       " CHECK (token_issuer = '' OR length(token_issuer) = 56)"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN token_asset_id TEXT NOT NULL DEFAULT ''"
                       " CHECK (length(token_asset_id) <= 20)"),
        QStringLiteral("CREATE UNIQUE INDEX assets_one_native_per_chain ON assets (chain) WHERE kind = 'native'"),
        // An address in another letter case is the same contract.
        QStringLiteral("CREATE UNIQUE INDEX assets_token_identity ON assets"
                       " (chain, kind, lower(token_contract), token_code, token_issuer, token_asset_id)"
                       " WHERE kind <> 'native'"),
    };
}

} // namespace exchange
