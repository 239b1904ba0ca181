#pragma once
// AssetIdentity: which of its chain's money an asset counts. The chain's
// own coin (native), or a token the chain's ledger keeps for an issuer: an
// ERC-20 contract (its EIP-55 address), a Stellar credit asset (its code
// and the issuer's G… account) or an Algorand Standard Asset (its id). The
// identity decides which transfers are this asset's money: an admin signs
// it (asset.identity statements) and whatever moves money reads the signed
// one, never only the row. The text is canonical (chains::parseTokenIdentity
// checks it), so two identities are the same token exactly when equal.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange {

enum class AssetKind { Native, Erc20, StellarCredit, AlgorandAsa };

// "native", "erc20", "stellar_credit", "algorand_asa": the database's and
// the statements' spelling.
std::string_view assetKindName(AssetKind kind) noexcept;
std::optional<AssetKind> assetKindFromName(std::string_view name) noexcept;

struct AssetIdentity {
    AssetKind kind = AssetKind::Native;
    std::string contract;    // Erc20: "0x" + 40 hex, EIP-55
    std::string stellarCode; // StellarCredit: the asset code on the ledger, 1..12 of [A-Za-z0-9]
    std::string issuer;      // StellarCredit: the issuer's G… account
    std::uint64_t asaId = 0; // AlgorandAsa: the asset id, > 0

    bool isNative() const { return kind == AssetKind::Native; }
    // "native", "erc20 0x…", "stellar_credit USDC:G…", "algorand_asa 31566704".
    std::string describe() const;

    static AssetIdentity native() { return {}; }
    static AssetIdentity erc20(std::string contract) { return {AssetKind::Erc20, std::move(contract), {}, {}, 0}; }
    static AssetIdentity stellarCredit(std::string code, std::string issuer)
    {
        return {AssetKind::StellarCredit, {}, std::move(code), std::move(issuer), 0};
    }
    static AssetIdentity algorandAsa(std::uint64_t id) { return {AssetKind::AlgorandAsa, {}, {}, {}, id}; }

    friend bool operator==(const AssetIdentity &, const AssetIdentity &) = default;
};

} // namespace exchange
