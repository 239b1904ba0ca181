// The exact JSON reader against simdjson (Debian's libsimdjson, On-Demand,
// numbers through raw_json_token()) and QJsonDocument, on the paths that
// read the most JSON: a Horizon payments page of 200 records, an Algorand
// indexer page of 200 transactions, and 200 Horizon SSE events (one payment
// record each). Every reader builds the same tree (encoding::JsonValue:
// numbers as text, duplicate keys and depth checked) so that the figures
// compare the same work; QJsonDocument is today's Horizon SSE reader and
// keeps no number text. Prints microseconds per page and MB/s.
//
//   bench_json [--quick]

#include "core/encoding/exactjson.h"

#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#ifdef EXCHANGE_HAVE_SIMDJSON
#include <simdjson.h>
#endif

using namespace exchange;
using encoding::JsonValue;

namespace {

std::string account(int i)
{
    std::string a = "GA" + std::to_string(1000000 + i);
    a.resize(56, 'Q');
    return a;
}

std::string algoAddress(int i)
{
    std::string a = "AAA" + std::to_string(1000000 + i);
    a.resize(58, 'M');
    return a;
}

std::string horizonRecord(int i, bool withTransaction)
{
    const std::string id = std::to_string(210000000000000000LL + i * 4097LL);
    const std::string base = "https://horizon.stellar.org/operations/" + id;
    std::string hash(64, 'a');
    std::snprintf(hash.data(), 17, "%016x", i * 2654435761u);
    hash[16] = 'b';
    std::string r = R"({"_links":{"self":{"href":")" + base + R"("},"transaction":{"href":"https://horizon.stellar.org/transactions/)" + hash
                    + R"("},"effects":{"href":")" + base + R"(/effects"},"succeeds":{"href":"https://horizon.stellar.org/effects?order=desc\u0026cursor=)" + id
                    + R"("},"precedes":{"href":"https://horizon.stellar.org/effects?order=asc\u0026cursor=)" + id + R"("}},"id":")" + id
                    + R"(","paging_token":")" + id + R"(","transaction_successful":true,"source_account":")" + account(i)
                    + R"(","type":"payment","type_i":1,"created_at":"2026-12-06T01:44:30Z","transaction_hash":")" + hash
                    + R"(","asset_type":"native","from":")" + account(i) + R"(","to":")" + account(0) + R"(","amount":")"
                    + std::to_string(i * 7 + 1) + "." + std::to_string(1000000 + i % 9000000).substr(0, 7) + "\"";
    if (withTransaction)
        r += R"(,"transaction":{"memo_type":"id","memo":")" + std::to_string(100000 + i) + R"(","fee_charged":"100","operation_count":1})";
    return r + "}";
}

std::string horizonPage(int n)
{
    std::string page = R"({"_links":{"self":{"href":"https://horizon.stellar.org/accounts/x/payments?cursor=\u0026limit=200\u0026order=asc"},"next":{"href":"n"},"prev":{"href":"p"}},"_embedded":{"records":[)";
    for (int i = 0; i < n; ++i)
        page += (i ? ",\n" : "") + horizonRecord(i, false);
    return page + "]}}";
}

std::string indexerPage(int n)
{
    std::string page = R"({"current-round":41000000,"next-token":"bG9uZ3Rva2Vu","transactions":[)";
    for (int i = 0; i < n; ++i) {
        std::string id(52, 'A');
        std::snprintf(id.data(), 11, "T%09d", i);
        id[10] = 'Z';
        page += (i ? "," : "");
        page += R"({"close-rewards":0,"closing-amount":0,"confirmed-round":)" + std::to_string(40999000 + i)
                + R"(,"fee":1000,"first-valid":40998990,"genesis-hash":"wGHE2Pwdvd7S12BL5FaOP20EGYesN73ktiC1qzkkit8=","genesis-id":"mainnet-v1.0","id":")" + id
                + R"(","intra-round-offset":)" + std::to_string(i % 50) + R"(,"last-valid":40999990,"payment-transaction":{"amount":)"
                + std::to_string(1000000ull * static_cast<unsigned long long>(i + 1) + 18446744073000000000ull % (i + 7))
                + R"(,"close-amount":0,"receiver":")" + algoAddress(0) + R"("},"receiver-rewards":0,"round-time":1765000000,"sender":")" + algoAddress(i)
                + R"(","sender-rewards":0,"signature":{"sig":"OBnv3dqF6pB1W7nFp1qS4n7vK4pQw1c2PqYh8W5lKQ9mQ3aTz0c1rS2u3v4w5x6y7z8A9B0C1D2E3F4G5H6I7J=="},"tx-type":"pay"})";
    }
    return page + "]}";
}

#ifdef EXCHANGE_HAVE_SIMDJSON
// Builds the same tree as the exact reader from simdjson's On-Demand API:
// numbers as raw_json_token() (checked against JSON's number grammar, which
// simdjson does not do for a token it only hands back), strings unescaped,
// duplicate keys refused, depth 32. Containers' raw bytes are left out (the
// watchers do not need them), which only favours simdjson.
bool numberText(std::string_view token, std::string &out)
{
    while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\t' || token.back() == '\r'))
        token.remove_suffix(1);
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t from = i;
        while (i < token.size() && token[i] >= '0' && token[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < token.size() && token[i] == '-')
        ++i;
    if (i < token.size() && token[i] == '0')
        ++i;
    else if (digits() == 0)
        return false;
    if (i < token.size() && token[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < token.size() && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    if (i != token.size())
        return false;
    out.assign(token);
    return true;
}

bool build(simdjson::ondemand::value v, JsonValue &out, int depth)
{
    using simdjson::ondemand::json_type;
    if (depth > 32)
        return false;
    json_type type;
    if (v.type().get(type))
        return false;
    switch (type) {
    case json_type::object: {
        out.kind = JsonValue::Kind::Object;
        simdjson::ondemand::object o;
        if (v.get_object().get(o))
            return false;
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return false;
            if (out.member(key))
                return false;
            JsonValue child;
            if (!build(field.value(), child, depth + 1))
                return false;
            out.members.emplace_back(std::string(key), std::move(child));
        }
        return true;
    }
    case json_type::array: {
        out.kind = JsonValue::Kind::Array;
        simdjson::ondemand::array a;
        if (v.get_array().get(a))
            return false;
        for (auto item : a) {
            JsonValue child;
            simdjson::ondemand::value iv;
            if (item.get(iv) || !build(iv, child, depth + 1))
                return false;
            out.items.push_back(std::move(child));
        }
        return true;
    }
    case json_type::string: {
        out.kind = JsonValue::Kind::String;
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        out.text.assign(s);
        return true;
    }
    case json_type::number:
        out.kind = JsonValue::Kind::Number;
        return numberText(v.raw_json_token(), out.text);
    case json_type::boolean: {
        bool b = false;
        if (v.get_bool().get(b))
            return false;
        out.kind = JsonValue::Kind::Bool;
        out.text = b ? "true" : "false";
        return true;
    }
    case json_type::null:
        out.kind = JsonValue::Kind::Null;
        return !v.is_null().error();
    }
    return false;
}

bool simdjsonTree(simdjson::ondemand::parser &parser, const std::string &input, JsonValue &out)
{
    simdjson::padded_string padded(input); // a network buffer has no padding: the copy is part of the cost
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return false;
    simdjson::ondemand::value root;
    if (doc.get_value().get(root) || !build(root, out, 0))
        return false;
    const char *rest = nullptr;
    return doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS; // nothing after the value
}
#endif

// Runs `parse` over all inputs until about `budget` seconds passed; returns
// microseconds per input and MB/s.
void measure(const char *path, const char *reader, const std::vector<std::string> &inputs, double budget,
             const std::function<bool(const std::string &)> &parse)
{
    std::size_t bytes = 0;
    for (const auto &in : inputs) {
        bytes += in.size();
        if (!parse(in)) {
            std::printf("%-34s %-22s FAILED to read the input\n", path, reader);
            return;
        }
    }
    long rounds = 0;
    const auto start = std::chrono::steady_clock::now();
    double seconds = 0;
    do {
        for (const auto &in : inputs)
            parse(in);
        ++rounds;
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (seconds < budget);
    const double perInput = seconds * 1e6 / static_cast<double>(rounds * static_cast<long>(inputs.size()));
    const double mbPerSecond = static_cast<double>(bytes) * static_cast<double>(rounds) / seconds / 1e6;
    std::printf("%-34s %-22s %9.1f us %8.0f MB/s\n", path, reader, perInput, mbPerSecond);
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const double budget = quick ? 0.2 : 2.0;

    struct Path {
        const char *name;
        std::vector<std::string> inputs;
        std::vector<std::string_view> records; // where the list of records is
    };
    std::vector<Path> paths;
    paths.push_back({"Horizon page (200 payments, 1 doc)", {horizonPage(200)}, {"_embedded", "records"}});
    paths.push_back({"indexer page (200 txs, 1 doc)", {indexerPage(200)}, {"transactions"}});
    std::vector<std::string> events;
    for (int i = 0; i < 200; ++i)
        events.push_back(horizonRecord(i, true));
    paths.push_back({"Horizon SSE (per event)", events, {}});

    std::printf("bench_json: microseconds per input and MB/s, each reader run for %.1f s\n", budget);
#ifdef EXCHANGE_HAVE_SIMDJSON
    std::printf("simdjson %s, On-Demand kernel chosen at compile time: %s (the CPU supports: %s)\n", SIMDJSON_STRINGIFY(SIMDJSON_VERSION),
                SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION), simdjson::get_active_implementation()->name().c_str());
#endif
    for (const Path &p : paths) {
        std::size_t bytes = 0;
        for (const auto &in : p.inputs)
            bytes += in.size();
        std::printf("%s: %zu input(s), %zu bytes\n", p.name, p.inputs.size(), bytes);
        measure(p.name, "exact reader (ours)", p.inputs, budget, [&p](const std::string &in) {
            return encoding::parseJsonRecords(in, p.records).ok();
        });
#ifdef EXCHANGE_HAVE_SIMDJSON
        simdjson::ondemand::parser parser;
        measure(p.name, "simdjson on-demand", p.inputs, budget, [&parser](const std::string &in) {
            JsonValue tree;
            return simdjsonTree(parser, in, tree);
        });
#else
        std::printf("%-34s %-22s not built (libsimdjson-dev is not installed)\n", p.name, "simdjson on-demand");
#endif
        measure(p.name, "QJsonDocument (no text)", p.inputs, budget, [](const std::string &in) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(in.data(), static_cast<qsizetype>(in.size())), &error);
            return error.error == QJsonParseError::NoError && !doc.isNull();
        });
    }
    return 0;
}
