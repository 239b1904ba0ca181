#include "core/chains/stellar/horizonresult.h"

#include "core/encoding/exactjson.h"
#include "core/chains/stellar/xdrreader.h"
#include "core/crypto/base64.h"

#include <map>

namespace exchange::stellar {

namespace {

// TransactionResultCode (Stellar-transaction.x) as Horizon names it.
std::string transactionCodeName(std::int32_t code)
{
    static const std::map<std::int32_t, const char *> names{
        {1, "tx_fee_bump_inner_success"}, {0, "tx_success"},  {-1, "tx_failed"},
        {-2, "tx_too_early"},             {-3, "tx_too_late"}, {-4, "tx_missing_operation"},
        {-5, "tx_bad_seq"},               {-6, "tx_bad_auth"}, {-7, "tx_insufficient_balance"},
        {-8, "tx_no_source_account"},     {-9, "tx_insufficient_fee"}, {-10, "tx_bad_auth_extra"},
        {-11, "tx_internal_error"},       {-12, "tx_not_supported"}, {-13, "tx_fee_bump_inner_failed"},
        {-14, "tx_bad_sponsorship"},      {-15, "tx_bad_minseq_age_or_gap"}, {-16, "tx_malformed"},
        {-17, "tx_soroban_invalid"}};
    const auto it = names.find(code);
    return it == names.end() ? "tx_code_" + std::to_string(code) : it->second;
}

// OperationResultCode, and inside opINNER the CreateAccountResultCode,
// PaymentResultCode or ChangeTrustResultCode (Horizon's names).
std::string operationCodeName(std::int32_t outer, std::int32_t type, std::int32_t inner)
{
    static const std::map<std::int32_t, const char *> outerNames{
        {-1, "op_bad_auth"}, {-2, "op_no_source_account"}, {-3, "op_not_supported"},
        {-4, "op_too_many_subentries"}, {-5, "op_exceeded_work_limit"}, {-6, "op_too_many_sponsoring"}};
    if (outer != 0) {
        const auto it = outerNames.find(outer);
        return it == outerNames.end() ? "op_code_" + std::to_string(outer) : it->second;
    }
    static const std::map<std::int32_t, const char *> createAccount{
        {0, "op_success"}, {-1, "op_malformed"}, {-2, "op_underfunded"}, {-3, "op_low_reserve"}, {-4, "op_already_exists"}};
    static const std::map<std::int32_t, const char *> payment{
        {0, "op_success"},         {-1, "op_malformed"},      {-2, "op_underfunded"}, {-3, "op_src_no_trust"},
        {-4, "op_src_not_authorized"}, {-5, "op_no_destination"}, {-6, "op_no_trust"},  {-7, "op_not_authorized"},
        {-8, "op_line_full"},      {-9, "op_no_issuer"}};
    static const std::map<std::int32_t, const char *> changeTrust{
        {0, "op_success"},       {-1, "op_malformed"},          {-2, "op_no_issuer"},      {-3, "op_invalid_limit"},
        {-4, "op_low_reserve"},  {-5, "op_self_not_allowed"},   {-6, "op_trust_line_missing"}, {-7, "op_cannot_delete"},
        {-8, "op_not_aut_maintain_liabilities"}};
    static const std::map<std::int32_t, const char *> accountMerge{
        {0, "op_success"},         {-1, "op_malformed"},       {-2, "op_no_account"}, {-3, "op_immutable_set"},
        {-4, "op_has_sub_entries"}, {-5, "op_seq_num_too_far"}, {-6, "op_dest_full"}, {-7, "op_is_sponsor"}};
    const auto *table = type == 0   ? &createAccount
                        : type == 1 ? &payment
                        : type == 6 ? &changeTrust
                        : type == 8 ? &accountMerge
                                    : nullptr;
    if (table) {
        if (const auto it = table->find(inner); it != table->end())
            return it->second;
    }
    return inner == 0 ? "op_success" : "op_type" + std::to_string(type) + "_code_" + std::to_string(inner);
}

std::string inWords(const std::string &code)
{
    static const std::map<std::string, const char *> words{
        {"tx_failed", "an operation failed"},
        {"tx_too_early", "its time bounds have not started"},
        {"tx_too_late", "its time bounds have passed"},
        {"tx_bad_seq", "the sequence number is not the account's next"},
        {"tx_bad_auth", "it is not signed by the account's key for this network"},
        {"tx_insufficient_balance", "the fee would take the account below its reserve"},
        {"tx_no_source_account", "the sending account does not exist"},
        {"tx_insufficient_fee", "the fee is below what the network charges now"},
        {"tx_malformed", "the transaction is malformed"},
        {"op_underfunded", "the sender does not hold enough of the asset (of XLM: above its reserve)"},
        {"op_src_no_trust", "the sender has no trustline to the asset"},
        {"op_src_not_authorized", "the sender's trustline to the asset is not authorized by its issuer"},
        {"op_no_trust", "the destination has no trustline to the asset"},
        {"op_not_authorized", "the destination's trustline to the asset is not authorized by its issuer"},
        {"op_no_issuer", "the asset's issuer does not exist"},
        {"op_no_destination", "the destination account does not exist"},
        {"op_low_reserve", "the account would hold less than its minimum balance"},
        {"op_invalid_limit", "the trustline's limit is below what it holds or may buy"},
        {"op_self_not_allowed", "an issuer cannot trust its own asset"},
        {"op_trust_line_missing", "there is no trustline to change"},
        {"op_already_exists", "the destination account exists already"},
        {"op_line_full", "the destination cannot hold that much more of the asset (its trustline's limit)"},
        {"op_malformed", "the operation is malformed"},
        {"op_bad_auth", "the operation is not signed by its source's key"},
        {"op_no_source_account", "the operation's source account does not exist"},
        {"op_no_account", "the account to merge into does not exist"},
        {"op_has_sub_entries", "the account still has trustlines, offers or data entries"},
        {"op_seq_num_too_far", "the account's sequence number is too far ahead to merge it"},
        {"op_is_sponsor", "the account sponsors entries of other accounts"}};
    const auto it = words.find(code);
    return it == words.end() ? code : std::string(it->second) + " (" + code + ")";
}

} // namespace

Result<ResultCodes> decodeTransactionResult(std::string_view base64Xdr)
{
    auto bytes = base64::decode(base64Xdr);
    if (!bytes)
        return Error{ErrorCode::InvalidInput, "result_xdr is not base64"};
    XdrReader in(bytes.value());
    ResultCodes codes;
    codes.feeCharged = in.int64();
    const std::int32_t code = in.int32();
    codes.transaction = transactionCodeName(code);
    if (in.ok() && (code == 0 || code == -1)) {
        const std::uint32_t count = in.uint32();
        if (count > 100)
            in.fail("more than 100 operation results");
        for (std::uint32_t i = 0; in.ok() && i < count; ++i) {
            const std::int32_t outer = in.int32();
            std::int32_t type = -1;
            std::int32_t inner = 0;
            if (outer == 0) {
                type = in.int32();
                // Only these arms are known to be a bare code (void
                // otherwise); for any other the rest cannot be walked.
                if (type != 0 && type != 1 && type != 6 && type != 8) {
                    codes.operations.push_back("op_type" + std::to_string(type));
                    return codes;
                }
                inner = in.int32();
                if (type == 8 && inner == 0)
                    in.int64(); // the merged account's balance
            }
            if (in.ok())
                codes.operations.push_back(operationCodeName(outer, type, inner));
        }
    }
    if (!in.ok())
        return Error{ErrorCode::InvalidInput, "result_xdr: " + in.errorMessage()};
    return codes;
}

std::optional<ResultCodes> refusalCodes(const QByteArray &body)
{
    const std::string text = body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json)
        return std::nullopt;
    const encoding::JsonValue *extras = json.value().member("extras");
    const encoding::JsonValue *rc = extras ? extras->member("result_codes") : nullptr;
    const encoding::JsonValue *tx = rc ? rc->member("transaction") : nullptr;
    if (!tx || tx->kind != encoding::JsonValue::Kind::String)
        return std::nullopt;
    ResultCodes codes;
    codes.transaction = tx->text;
    if (const encoding::JsonValue *ops = rc->member("operations"); ops && ops->kind == encoding::JsonValue::Kind::Array) {
        for (const encoding::JsonValue &op : ops->items)
            codes.operations.push_back(op.text);
    }
    return codes;
}

std::string describeResultCodes(const ResultCodes &codes)
{
    std::string out;
    // tx_failed says only that an operation failed: the operation says why.
    const bool byOperation = codes.transaction == "tx_failed" && !codes.operations.empty();
    if (!byOperation)
        out = inWords(codes.transaction);
    for (const std::string &op : codes.operations) {
        if (op == "op_success")
            continue;
        out += (out.empty() ? "" : "; ") + inWords(op);
    }
    return out.empty() ? inWords(codes.transaction) : out;
}

} // namespace exchange::stellar
