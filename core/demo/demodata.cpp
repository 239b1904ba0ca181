#include "core/demo/demodata.h"
#include "core/customers/customerservice.h"
#include "core/security/operatorservice.h"

#include "core/base/clock.h"
#include "core/base/manualclock.h"
#include "core/demo/demotokens.h"
#include "core/demo/demotrust.h"
#include "core/demo/demowallets.h"
#include "core/demo/demowithdrawals.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditedledger.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/unitofwork.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace exchange {

namespace {

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
    // The exchange was set up a day before the journal starts: its people,
    // its vault and its signed settings, by its admin (demotrust.h). Its
    // first customers signed up then too, so that each customer's changes
    // (Donald's freeze below) come after their sign-up, as their webhook
    // events' times do.
    ManualClock setUp(std::max<qint64>(now - 15LL * 24 * 3600 * 1000, 0));
    CustomerRepository customers(work.db());
    for (const DemoCustomer &c : kCustomers) {
        if (auto added = customers.add(QString::fromUtf8(c.name), QString::fromUtf8(c.email), setUp.nowMs()); !added)
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
    if (auto trust = addDemoTrust(database, setUp); !trust)
        return trust.error();
    // The journal goes through the ledger service like any other, each
    // transfer in its own transaction, idempotent by id.
    if (auto journal = addDemoJournal(database, clock, added.value()); !journal)
        return journal.error();
    if (auto wallets = signDemoWallets(database, setUp); !wallets)
        return wallets.error();
    // The tokens' deposits of the last few days and the exchange's own USDC.
    // After every code the admin gave at set-up: theirs come in time order.
    {
        ManualClock tokensAt(std::max<qint64>(clock.nowMs() - 4LL * 24 * 3600 * 1000, setUp.nowMs() + 60 * 1000));
        if (auto tokens = addDemoTokenJournal(database, tokensAt, added.value()); !tokens)
            return tokens.error();
    }
    std::vector<std::int64_t> customerIds;
    for (const Customer &c : added.value())
        customerIds.push_back(c.id);
    if (auto requested = addDemoWithdrawals(database, clock, customerIds); !requested)
        return requested.error();
    // Donald is frozen (a compliance hold, say): nothing of his leaves while
    // his deposits are still credited. The demo operator froze him, as the
    // Customers screen would, an hour ago.
    {
        // After the demo operator's last request (the withdrawals start five
        // hours back, or at 0 for a clock that starts there): a fresh code.
        ManualClock frozenAt(std::max<qint64>(clock.nowMs() - 3600LL * 1000, 4 * 3600LL * 1000));
        security::AuditLog audit(database, frozenAt);
        security::OperatorService operators(database, frozenAt, audit);
        auto clerk = demoConfirmed(operators, frozenAt, "operator");
        if (!clerk)
            return clerk.error();
        customers::CustomerService service(database, frozenAt, audit);
        if (auto frozen = service.freeze(clerk.value(), added.value().at(5).externalId); !frozen)
            return frozen.error();
    }
    // So that the Ledger screen has a check result to show from the start.
    if (auto chain = recordDemoChainBalances(database, clock); !chain)
        return chain.error();
    if (auto checked = LedgerChecker(database, clock).check(); !checked)
        return checked.error();
    return true;
}

} // namespace exchange
