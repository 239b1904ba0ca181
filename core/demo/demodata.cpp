#include "core/demo/demodata.h"

#include "core/base/clock.h"
#include "core/base/manualclock.h"
#include "core/demo/demowallets.h"
#include "core/demo/demowithdrawals.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/clock.h"
#include "core/base/manualclock.h"
#include "core/security/auditedledger.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/security/totp.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/unitofwork.h"

#include <array>
#include <tuple>

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

using namespace ledger;

// The journal of two weeks: wallets and deposits (see demowallets.cpp), a
// withdrawal paid with its fee and network fee (the withdrawals still open are
// real requests: demowithdrawals.cpp), and two operator adjustments.
// Deterministic ids: adding it again changes nothing.
Result<void> addDemoJournal(Database &database, const Clock &clock, const std::vector<Customer> &customers)
{
    ManualClock at(clock.nowMs() - 14LL * 24 * 3600 * 1000);
    LedgerService ledger(database, at);
    auto amountOf = [&](const char *asset, const char *text) {
        return nativeAsset(asset)->parse(text).value();
    };
    auto step = [&](const TransferRequest &request) -> Result<void> {
        at.advance(3 * 3600 * 1000 + 17 * 60 * 1000);
        auto done = ledger.submit(request);
        if (!done)
            return done.error();
        return {};
    };
    auto customerId = [&](int index) { return customers.at(static_cast<size_t>(index)).id; };

    if (auto r = addDemoWalletsAndDeposits(database, at, customers); !r)
        return r;
    // Ada withdrew 500 XLM (fee 0.01): held, then posted when paid.
    const std::int64_t ada = customerId(0);
    if (auto r = step(TransferRequest::pending("demo:withdrawal:1", TransferCode::Withdrawal, customerAccount(ada, "XLM"),
                                               walletAccount(owner::HotWallet, "XLM"), amountOf("XLM", "500"), "withdrawal 1"));
        !r)
        return r;
    if (auto r = step(TransferRequest::posted("demo:withdrawal:1:fee", TransferCode::WithdrawalFee, customerAccount(ada, "XLM"),
                                              revenueAccount(owner::WithdrawalFees, "XLM"), amountOf("XLM", "0.01"), "withdrawal 1"));
        !r)
        return r;
    if (auto r = step(TransferRequest::post("demo:withdrawal:1:paid", "demo:withdrawal:1")); !r)
        return r;
    if (auto r = step(TransferRequest::posted("demo:networkfee:1", TransferCode::NetworkFee, expenseAccount(owner::NetworkFees, "XLM"),
                                              walletAccount(owner::HotWallet, "XLM"), amountOf("XLM", "0.00001"), "withdrawal 1"));
        !r)
        return r;
    at.advance(3600 * 1000);
    security::AuditLog audit(database, at);
    security::AuditedLedger audited(ledger, audit);
    if (auto r = audited.adjust(security::Actor::cli("demo-data"), customerId(3), "XLM", amountOf("XLM", "25"), "goodwill: deposit delayed, ticket 1042",
                               "demo:adjustment:1");
        !r)
        return r.error();
    at.advance(3600 * 1000);
    if (auto r = audited.adjust(security::Actor::cli("demo-data"), customerId(5), "ETH", Amount::fromBaseUnits(-amountOf("ETH", "0.01").baseUnits()),
                               "correction: deposit credited twice, ticket 1077", "demo:adjustment:2");
        !r)
        return r.error();
    return {};
}

// Demo operators, one per role, with the demo passwords the README names.
// The admin and the approver are enrolled for two-factor codes with a demo
// secret the README names too (base32 MRSW23ZNORXXI4BNNZXXILLTMVRXEZLU), so
// that an authenticator app can produce their codes. Demo only.
struct DemoOperator {
    const char *username;
    security::Role role;
    const char *password;
};

constexpr std::array<DemoOperator, 4> kOperators{{
    {"admin", security::Role::Admin, "demo-admin"},
    {"approver", security::Role::Approver, "demo-approver"},
    {"operator", security::Role::Operator, "demo-operator"},
    {"viewer", security::Role::Viewer, "demo-viewer"},
}};

Result<void> addDemoOperators(Database &database, const Clock &clock)
{
    security::AuditLog audit(database, clock);
    security::OperatorService operators(database, clock, audit);
    const QByteArray totpSecret = QByteArrayLiteral("demo-totp-not-secret");
    for (const DemoOperator &o : kOperators) {
        auto added = operators.add(security::Actor::cli("demo-data"), o.username, o.role, QByteArray(o.password));
        if (!added) {
            if (added.error().code == ErrorCode::Conflict)
                continue; // someone made this operator already; leave it as it is
            return added.error();
        }
        if (!security::roleNeedsTotp(o.role))
            continue;
        auto session = operators.login(o.username, QByteArray(o.password));
        if (!session)
            return session.error();
        if (auto begun = operators.beginEnrolment(*session.value(), totpSecret); !begun)
            return begun.error();
        const std::string code = security::Totp::codeAt(totpSecret, clock.nowMs() / 1000);
        if (auto enrolled = operators.confirmEnrolment(*session.value(), code); !enrolled)
            return enrolled.error();
    }
    return {};
}

} // namespace

Result<bool> addDemoData(Database &database, const Clock &clock)
{
    UnitOfWork work(database);
    if (auto began = work.began(); !began)
        return began.error();

    MetaRepository meta(work.db());
    auto marker = meta.get(MetaRepository::demoDataKey());
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

    // The trade API's receiving addresses: the keys of the published
    // all-0x07 seed, as in 001's examples.
    for (const auto &[key, address] : {std::pair{"trade.address.ethereum", "0x4a62316623ad457F02cDC5D997deD67a383EC569"},
                                       std::pair{"trade.address.algorand", "5JFGYY7CTRJAVPXVKB5RGLWF7GKUO5VOX27HXESCD3VGSFCG2IWAKDM5YU"},
                                       std::pair{"trade.address.stellar", "GDVEU3DD4KOFECV66VIHWEZOYX4ZKR3WV27L464SIIPOU2IUI3JCZA57"}}) {
        if (auto set = meta.set(QString::fromLatin1(key), QString::fromLatin1(address)); !set)
            return set.error();
    }
    if (auto marked = meta.set(MetaRepository::demoDataKey(), QStringLiteral("1")); !marked)
        return marked.error();
    auto added = customers.list();
    if (!added)
        return added.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    // The journal goes through the ledger service like any other, each
    // transfer in its own transaction, idempotent by id.
    if (auto journal = addDemoJournal(database, clock, added.value()); !journal)
        return journal.error();
    if (auto people = addDemoOperators(database, clock); !people)
        return people.error();
    std::vector<std::int64_t> customerIds;
    for (const Customer &c : added.value())
        customerIds.push_back(c.id);
    if (auto requested = addDemoWithdrawals(database, clock, customerIds); !requested)
        return requested.error();
    // So that the Ledger screen has a check result to show from the start.
    if (auto chain = recordDemoChainBalances(database, clock); !chain)
        return chain.error();
    if (auto checked = LedgerChecker(database, clock).check(); !checked)
        return checked.error();
    return true;
}

} // namespace exchange
