#include "core/demo/demodata.h"

#include "core/runtime/clock.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/unitofwork.h"

#include <array>

namespace exchange {

namespace {

struct DemoSettings {
    const char *code;
    // min deposit, min collection, withdraw fee, 24h, 72h, hot max, warm max
    std::array<const char *, 7> values;
};

// Sized like a small exchange: the hot wallet holds about a day of
// withdrawals, warm a week or two, the rest is cold.
constexpr std::array<DemoSettings, 3> kSettings{{
    {"XLM", {"1", "100", "0.01", "10000", "25000", "50000", "500000"}},
    {"ETH", {"0.001", "0.05", "0.0005", "5", "12", "50", "500"}},
    {"ALGO", {"1", "50", "0.001", "20000", "50000", "100000", "1000000"}},
}};

struct DemoCustomer {
    const char *name;
    const char *email;
};

constexpr std::array<DemoCustomer, 6> kCustomers{{
    {"Ada Lovelace", "ada@example.org"},
    {"Grace Hopper", "grace@example.org"},
    {"Alan Turing", "alan@example.org"},
    {"Edsger Dijkstra", "edsger@example.org"},
    {"Barbara Liskov", "barbara@example.org"},
    {"Donald Knuth", "don@example.org"},
}};

const QString kMarker = QStringLiteral("demo_data");

} // namespace

Result<bool> addDemoData(Database &database, const Clock &clock)
{
    UnitOfWork work(database);
    if (auto began = work.began(); !began)
        return began.error();

    MetaRepository meta(work.db());
    auto marker = meta.get(kMarker);
    if (!marker)
        return marker.error();
    if (marker.value())
        return false;

    const qint64 now = clock.nowMs();
    AssetRepository assets(work.db(), database.dialect());
    for (const DemoSettings &demo : kSettings) {
        auto record = assets.find(demo.code);
        if (!record)
            return record.error();
        AssetSettings settings;
        for (size_t i = 0; i < demo.values.size(); ++i) {
            auto amount = record.value().asset.parse(demo.values[i]);
            if (!amount)
                return amount.error();
            settings.set(kAllAssetSettings[i], amount.value());
        }
        if (auto updated = assets.updateSettings(demo.code, settings, record.value().version, now); !updated)
            return updated.error();
    }

    CustomerRepository customers(work.db());
    for (const DemoCustomer &c : kCustomers) {
        if (auto added = customers.add(QString::fromUtf8(c.name), QString::fromUtf8(c.email), now); !added)
            return added.error();
    }

    if (auto marked = meta.set(kMarker, QStringLiteral("1")); !marked)
        return marked.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    return true;
}

} // namespace exchange
