#include "core/chains/tokenidentity.h"

#include "core/chains/algorand/algodclient.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/stellar/stellarasset.h"
#include "core/chains/stellar/strkey.h"

namespace exchange::chains {

namespace {

Error invalid(std::string message)
{
    return Error{ErrorCode::InvalidInput, std::move(message)};
}

std::optional<Chain> chainOfKind(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Native: return std::nullopt;
    case AssetKind::Erc20: return Chain::Ethereum;
    case AssetKind::StellarCredit: return Chain::Stellar;
    case AssetKind::AlgorandAsa: return Chain::Algorand;
    }
    return std::nullopt;
}

} // namespace

Result<std::uint64_t> parseAsaId(std::string_view text)
{
    const auto id = algorand::parseUint64(text);
    if (!id || *id == 0)
        return invalid("an ASA id is a whole number from 1 to 18446744073709551615, not '"
                       + std::string(text.substr(0, 40)) + "'");
    return *id;
}

std::optional<int> fixedTokenDecimals(AssetKind kind)
{
    switch (kind) {
    case AssetKind::StellarCredit: return 7;
    case AssetKind::Native:
    case AssetKind::Erc20:
    case AssetKind::AlgorandAsa: break;
    }
    return std::nullopt;
}

Result<AssetIdentity> canonicalTokenIdentity(Chain chain, const AssetIdentity &typed)
{
    if (typed.isNative())
        return invalid("a native asset is the chain's own coin: only " + std::string(chainName(chain))
                       + "'s built-in asset is native; a new asset is a token of its chain");
    if (chainOfKind(typed.kind) != chain)
        return invalid("a token of kind " + std::string(assetKindName(typed.kind)) + " cannot be on "
                       + std::string(chainName(chain)));
    switch (typed.kind) {
    case AssetKind::Native: break;
    case AssetKind::Erc20: {
        auto address = ethereum::parseAddress(typed.contract);
        if (!address)
            return invalid("the ERC-20 contract is not an Ethereum address: " + address.error().message);
        if (address.value() == QByteArray(20, '\0'))
            return invalid("the ERC-20 contract cannot be the zero address");
        return AssetIdentity::erc20(ethereum::checksumAddress(address.value()));
    }
    case AssetKind::StellarCredit: {
        if (!stellar::isAssetCode(typed.stellarCode))
            return invalid("a Stellar asset code is 1 to 12 letters and digits, not '"
                           + typed.stellarCode.substr(0, 40) + "'");
        auto issuer = stellar::strkey::decodeAccountId(typed.issuer);
        if (!issuer)
            return invalid("the issuer is not a valid Stellar account id (G…): " + issuer.error().message);
        return AssetIdentity::stellarCredit(typed.stellarCode, stellar::strkey::encodeAccountId(issuer.value()));
    }
    case AssetKind::AlgorandAsa:
        if (typed.asaId == 0)
            return invalid("an ASA id is a whole number from 1 to 18446744073709551615");
        return AssetIdentity::algorandAsa(typed.asaId);
    }
    return invalid("unknown kind of token");
}

} // namespace exchange::chains
