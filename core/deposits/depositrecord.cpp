#include "core/deposits/depositrecord.h"

namespace exchange::deposits {

std::string DepositRecord::transferId() const
{
    return "deposit:" + std::string(chainName(chain)) + ":" + txid + ":" + std::to_string(index);
}

} // namespace exchange::deposits
