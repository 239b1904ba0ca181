#pragma once
// What Horizon says about a transaction, in plain words: the result codes
// of a refused submission (extras.result_codes, "tx_bad_seq",
// "op_underfunded") and the TransactionResult XDR of one in a ledger
// (result_xdr: the fee charged, the transaction's code and each
// operation's), decoded per Stellar-transaction.x for the payment,
// create_account and change_trust operations the exchange sends.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::stellar {

struct ResultCodes {
    std::string transaction;             // Horizon's spelling: "tx_success", "tx_failed", "tx_bad_seq"
    std::vector<std::string> operations; // "op_success", "op_underfunded", …
    std::int64_t feeCharged = 0;         // stroops (from result_xdr; 0 from a refusal)
};

// A TransactionResult in base64 XDR (Horizon's result_xdr).
Result<ResultCodes> decodeTransactionResult(std::string_view base64Xdr);
// The codes of Horizon's refusal of a submission (a problem document with
// extras.result_codes); nullopt when the body carries none.
std::optional<ResultCodes> refusalCodes(const QByteArray &body);
// "the sequence number is not the account's next (tx_bad_seq); …": the
// codes in words, each followed by the code itself.
std::string describeResultCodes(const ResultCodes &codes);

} // namespace exchange::stellar
