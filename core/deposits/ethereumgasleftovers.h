#pragma once
// EthereumGasLeftovers: the ether left on Ethereum deposit addresses beyond
// what they owe customers. A refuel sends a token sweep's gas estimate plus
// a quarter, so ether stays behind once the sweeps are done; that ether is
// the exchange's, and can go back to the fee wallet (EthereumGasReturn).
// Per address: held (the chain's balance), owed (its ether deposits a
// customer is still owed: owedToCustomer), leftover = held − owed. An
// address whose ether is spoken for has no leftover: token deposits planned
// or collecting there (their sweeps need the gas), a sweep or a refuel of
// it still open.

#include "core/base/result.h"
#include "core/money/amount.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class Database;
namespace ethereum { class JsonRpcClient; }
namespace wallets { struct Wallet; }
}

namespace exchange::deposits {

struct GasLeftover {
    std::string address;
    std::optional<Amount> held; // nullopt: its balance was never read
    std::int64_t readAtMs = 0;  // when `held` was read (recorded balances)
    Amount owed;
    Amount leftover;            // zero when spoken for or when held ≤ owed
    std::string spokenFor;      // non-empty: why its ether is not leftover now
};

class EthereumGasLeftovers final
{
public:
    explicit EthereumGasLeftovers(Database &database);

    // With each address's balance as the chain balance reader last recorded
    // it: for the Wallets screen, which calls no node.
    Result<std::vector<GasLeftover>> recorded();
    // With each address's balance read from the node now (eth_getBalance,
    // "latest"): for exctl and the return to the fee wallet.
    Result<std::vector<GasLeftover>> read(ethereum::JsonRpcClient &node);

    // Addresses holding nothing (or never read as holding anything) are
    // left out of both lists.
    static Amount total(const std::vector<GasLeftover> &leftovers);

private:
    using HeldOf = std::function<Result<std::optional<Amount>>(const wallets::Wallet &)>;
    Result<std::vector<GasLeftover>> compute(const HeldOf &heldOf);

    Database &m_database;
};

} // namespace exchange::deposits
