#pragma once
// Settlement: the ledger transfers of the trade flow, derived only from the
// stored rows so that the same rows always give the same transfers (their
// ids make them idempotent). Funds are held per order and cleared through a
// per-asset clearing account that nets to zero after every fill:
//   accepted: deposit wallet -> trader (the funding payment), then a hold
//             trader -> clearing for the whole sell amount;
//   fill:     each side's hold posts what it gave; clearing pays each side
//             its own buy amount and the rest to TradeSpread revenue; a
//             derived order holds its remainder again;
//   cancel:   the hold is voided (the trader's credit is then owed back).
// What a trader is owed stays a credit on their customer account until the
// withdrawal pipeline pays it out.

#include "core/book/fill.h"
#include "core/ledger/transferrequest.h"
#include "core/trade/order.h"

#include <vector>

namespace exchange::trade::settlement {

ledger::AccountKey clearingAccount(const std::string &asset);

// Deposit and hold of an original order (derived orders only hold).
std::vector<ledger::TransferRequest> accepted(const Order &order);
ledger::TransferRequest hold(const Order &order);
// Posts of both holds, both payments and the spreads of one fill.
std::vector<ledger::TransferRequest> filled(const Order &taker, const Order &maker, const book::Fill &fill);
ledger::TransferRequest cancelled(const Order &order);

} // namespace exchange::trade::settlement
