#pragma once
// The chains the exchange settles on, and their stable lowercase names.
// Standard library only, so every layer (core, models, ui, exctl) can use it.

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

namespace exchange {

enum class Chain { Stellar, Ethereum, Algorand };

// The lowercase name used in the database, on the command line and in JSON.
constexpr std::string_view chainName(Chain chain) noexcept
{
    switch (chain) {
    case Chain::Stellar: return "stellar";
    case Chain::Ethereum: return "ethereum";
    case Chain::Algorand: return "algorand";
    }
    return "unknown";
}

// Accepts the names chainName() returns, in any letter case.
inline std::optional<Chain> chainFromName(std::string_view name)
{
    const auto equalsIgnoringCase = [name](std::string_view candidate) {
        return name.size() == candidate.size()
            && std::equal(name.begin(), name.end(), candidate.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == b;
               });
    };
    for (Chain chain : {Chain::Stellar, Chain::Ethereum, Chain::Algorand}) {
        if (equalsIgnoringCase(chainName(chain)))
            return chain;
    }
    return std::nullopt;
}

} // namespace exchange
