#include "core/store/sqlitefunctions.h"

#include "core/store/dialect.h"
#include "core/store/textdigest.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>
#include <string>

namespace exchange {

namespace {

// Reads an amount argument: fixed-width text or a plain integer.
bool readArgument(sqlite3_value *value, int128 &out)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        out = sqlite3_value_int64(value);
        return true;
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
        std::string_view digits(text, static_cast<size_t>(sqlite3_value_bytes(value)));
        const bool negative = !digits.empty() && digits.front() == '-';
        if (negative)
            digits.remove_prefix(1);
        while (digits.size() > 1 && digits.front() == '0')
            digits.remove_prefix(1);
        const auto parsed = int128FromString(digits);
        if (!parsed)
            return false;
        out = negative ? -*parsed : *parsed;
        return true;
    }
    default:
        return false; // REAL, BLOB: never an exact amount
    }
}

void resultAmount(sqlite3_context *context, int128 value)
{
    if (value < 0) {
        // Only sums of stored (non-negative) amounts come out padded;
        // a negative difference is returned as plain text.
        const std::string text = int128ToString(value);
        sqlite3_result_text(context, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        return;
    }
    std::string text = int128ToString(value);
    text.insert(0, static_cast<size_t>(kStoredAmountDigits) - std::min<size_t>(text.size(), kStoredAmountDigits), '0');
    sqlite3_result_text(context, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void binary(sqlite3_context *context, sqlite3_value **argv, bool subtract)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    int128 a = 0, b = 0, r = 0;
    if (!readArgument(argv[0], a) || !readArgument(argv[1], b)) {
        sqlite3_result_error(context, "amount_add/amount_sub: argument is not an exact amount", -1);
        return;
    }
    const bool overflow = subtract ? __builtin_sub_overflow(a, b, &r) : __builtin_add_overflow(a, b, &r);
    if (overflow || r > kInt128Max || r < -kInt128Max) {
        sqlite3_result_error(context, "amount arithmetic overflow", -1);
        return;
    }
    resultAmount(context, r);
}

void amountAdd(sqlite3_context *context, int, sqlite3_value **argv) { binary(context, argv, false); }
void amountSub(sqlite3_context *context, int, sqlite3_value **argv) { binary(context, argv, true); }

struct SumState {
    int128 total;
    bool failed;
};

void sumStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *state = static_cast<SumState *>(sqlite3_aggregate_context(context, sizeof(SumState)));
    if (!state || state->failed || sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    int128 value = 0;
    if (!readArgument(argv[0], value) || __builtin_add_overflow(state->total, value, &state->total)
        || state->total > kInt128Max || state->total < -kInt128Max)
        state->failed = true;
}

void sumFinal(sqlite3_context *context)
{
    auto *state = static_cast<SumState *>(sqlite3_aggregate_context(context, 0));
    if (state && state->failed) {
        sqlite3_result_error(context, "amount_sum: overflow or a value that is not an exact amount", -1);
        return;
    }
    resultAmount(context, state ? state->total : 0);
}

std::string_view textArgument(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(value))) : std::string_view();
}

void sha256HexFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const std::string digest = sha256Hex(textArgument(argv[0]));
    sqlite3_result_text(context, digest.data(), static_cast<int>(digest.size()), SQLITE_TRANSIENT);
}

void utf8PrefixFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const sqlite3_int64 limit = sqlite3_value_int64(argv[1]);
    const std::string prefix = utf8Prefix(textArgument(argv[0]), static_cast<std::size_t>(limit < 0 ? 0 : limit));
    sqlite3_result_text(context, prefix.data(), static_cast<int>(prefix.size()), SQLITE_TRANSIENT);
}

} // namespace

Result<void> registerSqliteAmountFunctions(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return Result<void>::failure(ErrorCode::Internal, "no SQLite handle to register functions on");
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    const bool ok = sqlite3_create_function_v2(sqlite, "amount_add", 2, flags, nullptr, amountAdd, nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "amount_sub", 2, flags, nullptr, amountSub, nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "amount_sum", 1, flags, nullptr, nullptr, sumStep, sumFinal, nullptr) == SQLITE_OK
        // For migration 16, which shortens the payloads of old trade_log rows.
        && sqlite3_create_function_v2(sqlite, "sha256_hex", 1, flags, nullptr, sha256HexFunction, nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "utf8_prefix", 2, flags, nullptr, utf8PrefixFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        return Result<void>::failure(ErrorCode::Internal, "could not register SQLite amount functions");
    return {};
}

} // namespace exchange
