#include "payoutstage.h"

#include "scriptedpayer.h"
#include "testdatabase.h"
#include "testsigners.h"

#include "core/api/signedwithdrawalrequestcheck.h"
#include "core/base/manualclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/dialect.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalservice.h"

using namespace exchange;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

Amount xlm(const std::string &text)
{
    return Amount::parse(text, 7).value();
}

template<typename T>
void must(const Result<T> &done, const char *what)
{
    if (!done)
        qFatal("payout stage, %s: %s", what, done.error().message.c_str());
}

} // namespace

PayoutStage::PayoutStage(ManualClock &clock) : PayoutStage(clock, Limits())
{
}

PayoutStage::PayoutStage(ManualClock &clock, const Limits &limits, Pin pin) : m_clock(clock)
{
    if (!m_journalDir.isValid()) {
        m_failure = QStringLiteral("no temporary directory for the signer's journal");
        return;
    }
    // The signer's journal lives outside the database: one per stage.
    qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", m_journalDir.path().toUtf8());
    m_testDb = std::make_unique<TestDatabase>();
    if (!m_testDb->failure().isEmpty()) {
        m_failure = m_testDb->failure();
        return;
    }
    m_db = m_testDb->open();
    if (!m_db) {
        m_failure = QStringLiteral("the test database does not open");
        return;
    }
    auto ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), m_clock.nowMs());
    must(ada, "Ada");
    m_ada = ada.value().id;
    must(wallets::WalletRepository(m_db->connection(), m_db->dialect())
             .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, m_clock.nowMs()),
         "hot wallet");
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr,
                                                   security::KeyVault::Strength::Interactive);
    m_withdrawals = std::make_unique<withdrawals::WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_chain = std::make_unique<withdrawals::ScriptedPayer>();
    m_payouts = std::make_unique<withdrawals::PayoutService>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_chain);
    m_payouts->setApiRequestCheck(&api::SignedWithdrawalRequestCheck::check);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);

    m_signers->addFirstAdmin("root");
    m_signers->add("olga", Role::Approver);
    m_signers->add("pete", Role::Approver);
    m_signers->add("sam", Role::Operator);
    if (pin == Pin::RootsKey)
        m_signers->trustVault(*m_vault, "root", kPassphrase);
    else
        must(m_vault->initialize(Actor::cli("tester"), kPassphrase), "vault without a pin");
    // Registered either way: once root's key is pinned, they chain to it.
    for (const char *name : {"olga", "pete", "sam"})
        m_signers->registerKey("root", name);
    m_clerk = m_signers->confirmed("sam");
    if (limits.signedByRoot) {
        security::AuditedSettings settings(*m_db, m_clock);
        must(settings.change(admin(), "XLM",
                             {{AssetSetting::WithdrawFee, limits.withdrawFee},
                              {AssetSetting::Limit24h, limits.limit24h},
                              {AssetSetting::Limit72h, limits.limit72h}}),
             "XLM's settings");
    } else {
        const Dialect &d = m_db->dialect();
        must(sql::run(m_db->connection(),
                      QStringLiteral("UPDATE assets SET withdraw_fee = ?, limit_24h = ?, limit_72h = ? WHERE code = 'XLM'"),
                      {d.amountToSql(xlm(limits.withdrawFee)), d.amountToSql(xlm(limits.limit24h)),
                       d.amountToSql(xlm(limits.limit72h))}),
             "XLM's rows");
    }
    if (limits.twoApproversAbove)
        must(m_withdrawals->setTwoApproversAbove(admin(), "XLM", xlm(*limits.twoApproversAbove)), "four eyes");
    must(m_ledger->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                          ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                          ledger::customerAccount(m_ada, "XLM"), xlm("5000"))),
         "Ada's deposit");
}

PayoutStage::~PayoutStage()
{
    // Services before the database they work on.
    m_payouts.reset();
    m_chain.reset();
    m_signers.reset();
    m_withdrawals.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

void PayoutStage::restart()
{
    m_payouts.reset();
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr,
                                                   security::KeyVault::Strength::Interactive);
    m_payouts = std::make_unique<withdrawals::PayoutService>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_chain);
    m_payouts->setApiRequestCheck(&api::SignedWithdrawalRequestCheck::check);
}

Actor PayoutStage::admin()
{
    return m_signers->confirmed("root");
}

std::int64_t PayoutStage::request(const char *amount, const Asset &asset)
{
    auto w = m_withdrawals->request(m_clerk, m_ada, asset.code, kDestination, asset.parse(amount).value());
    if (!w)
        qFatal("request of %s %s: %s", amount, asset.code.c_str(), w.error().message.c_str());
    m_clock.advance(1000);
    return w.value().id;
}

void PayoutStage::addToken(const Asset &token, const char *adaHolds)
{
    must(security::AuditedAssets(*m_db, m_clock).add(admin(), token, std::nullopt), "the token");
    must(security::AuditedSettings(*m_db, m_clock)
             .change(admin(), token.code,
                     {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "100000"}, {AssetSetting::Limit72h, "100000"}}),
         "the token's settings");
    must(m_ledger->submit(ledger::TransferRequest::posted("test:deposit:" + token.code, ledger::TransferCode::Deposit,
                                                          ledger::walletAccount(ledger::owner::HotWallet, token.code),
                                                          ledger::customerAccount(m_ada, token.code), token.parse(adaHolds).value())),
         "Ada's token deposit");
}

std::int64_t PayoutStage::request(const char *amount)
{
    auto w = m_withdrawals->request(m_clerk, m_ada, "XLM", kDestination, xlm(amount));
    if (!w)
        qFatal("request of %s XLM: %s", amount, w.error().message.c_str());
    m_clock.advance(1000);
    return w.value().id;
}
