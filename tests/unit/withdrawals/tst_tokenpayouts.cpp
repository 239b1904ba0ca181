// Automatic payouts of a token from hot, on this run's backend, with a
// scripted chain (PayoutStage: Stellar, root's key pinned): the payer is
// handed the identity root signed; the token's amount is counted against
// hot's token and the fee against hot's coin, each shortfall naming what is
// missing; the coin's and the token's payouts share hot's sequence; the
// ledger moves the token out of hot and books the fee in the coin; and a
// token whose row differs from what root signed pays nothing while the
// coin's payouts go on.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
#include "testtoken.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// SEP-0023's account ids: the issuer of the credit asset.
const std::string kIssuer = "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7";

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

} // namespace

class TestTokenPayouts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aTokenIsPaidFromHotsTokenWithItsFeeInTheCoin();
    void theTokenAndTheCoinAreCommittedApart();
    void hotShortOfTheTokenSaysWhichAndByHowMuch();
    void hotWithTheTokenButNotTheFeeNamesTheCoin();
    void theCoinAndTheTokenShareHotsSequence();
    void aTokenWhoseRowDiffersFromWhatWasSignedPaysNothing();

private:
    Amount ledgerBalance(const ledger::AccountKey &key) { return m_stage->ledger().account(key).value().balance(); }
    WithdrawalState state(std::int64_t id) { return m_stage->withdrawals().find(id).value().state; }
    std::vector<PayoutRecord> payouts(std::int64_t id)
    {
        return PayoutRepository(m_stage->db().connection(), m_stage->db().dialect()).ofWithdrawal(id).value();
    }
    Amount usd(const char *text) { return m_token.parse(text).value(); }

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
    Asset m_token = testToken("USDS", Chain::Stellar, AssetIdentity::stellarCredit("USDC", kIssuer), 7);
};

void TestTokenPayouts::init()
{
    m_stage = std::make_unique<PayoutStage>(m_clock);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    m_stage->addToken(m_token, "5000");
    m_stage->chain().tokenBalances[m_token.code] = usd("5000");
}

void TestTokenPayouts::cleanup()
{
    if (m_stage && m_stage->failure().isEmpty()) {
        auto report = ledger::LedgerChecker(m_stage->db(), m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_stage.reset();
}

void TestTokenPayouts::aTokenIsPaidFromHotsTokenWithItsFeeInTheCoin()
{
    const std::int64_t id = m_stage->request("250", m_token);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    // The payer was handed the token as root signed it.
    QCOMPARE(m_stage->chain().signedAssets.size(), std::size_t(1));
    QVERIFY(m_stage->chain().signedAssets.front().identity == m_token.identity);
    QCOMPARE(m_stage->chain().signedAssets.front().code, m_token.code);
    const PayoutRecord p = payouts(id).front();
    QCOMPARE(p.asset, m_token.code);
    QCOMPARE(p.amount, usd("250"));

    m_stage->chain().known[p.txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    auto followed = m_stage->payouts().follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    // The token left hot; the network fee came out of hot's XLM.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, m_token.code)), usd("4750"));
    QCOMPARE(ledgerBalance(ledger::customerAccount(m_stage->ada(), m_token.code)), usd("4749.99"));
    QCOMPARE(ledgerBalance(ledger::revenueAccount(ledger::owner::WithdrawalFees, m_token.code)), usd("0.01"));
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4999.99999"));
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), xlm("0.00001"));
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, m_token.code)), Amount());
}

void TestTokenPayouts::theTokenAndTheCoinAreCommittedApart()
{
    // 300 XLM and 300 of the token: 250 of each fit, though 500 "units"
    // would not fit in either if they were counted together.
    m_stage->chain().hotBalance = xlm("300");
    m_stage->chain().tokenBalances[m_token.code] = usd("300");
    const std::int64_t token = m_stage->request("250", m_token);
    const std::int64_t coin = m_stage->request("250");
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 2);
    QCOMPARE(state(token), WithdrawalState::Broadcast);
    QCOMPARE(state(coin), WithdrawalState::Broadcast);
    QVERIFY(run.value().hotShortBy.empty());
    // A second token payout of 100 no longer fits: 250 of 300 are on their way.
    const std::int64_t more = m_stage->request("100", m_token);
    auto again = m_stage->payouts().run(m_stage->vault());
    QVERIFY(again.ok());
    QCOMPARE(state(more), WithdrawalState::Error);
    QCOMPARE(again.value().hotShortBy.at(m_token.code), usd("50"));
}

void TestTokenPayouts::hotShortOfTheTokenSaysWhichAndByHowMuch()
{
    m_stage->chain().tokenBalances[m_token.code] = usd("100");
    const std::int64_t id = m_stage->request("250", m_token);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    QCOMPARE(run.value().hotShortBy.size(), std::size_t(1));
    QCOMPARE(run.value().hotShortBy.at(m_token.code), usd("150"));
    QVERIFY(payouts(id).empty());
    QCOMPARE(m_stage->chain().signings, 0);
    const std::string note = m_stage->withdrawals().find(id).value().note;
    QVERIFY2(note.find("hot wallet short") != std::string::npos && note.find("USDS") != std::string::npos, note.c_str());
}

void TestTokenPayouts::hotWithTheTokenButNotTheFeeNamesTheCoin()
{
    m_stage->chain().hotBalance = xlm("0.000005"); // half the fee
    const std::int64_t id = m_stage->request("250", m_token);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    QCOMPARE(run.value().hotShortBy.size(), std::size_t(1));
    QCOMPARE(run.value().hotShortBy.at("XLM"), xlm("0.000005"));
    QCOMPARE(m_stage->chain().signings, 0);
    const std::string note = m_stage->withdrawals().find(id).value().note;
    QVERIFY2(note.find("network fee") != std::string::npos && note.find("XLM") != std::string::npos, note.c_str());
    // With XLM for the fee, a retry pays it.
    m_stage->chain().hotBalance = xlm("1");
    QVERIFY(m_stage->withdrawals().retry(m_stage->admin(), id).ok());
    auto retried = m_stage->payouts().run(m_stage->vault());
    QVERIFY(retried.ok());
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestTokenPayouts::theCoinAndTheTokenShareHotsSequence()
{
    const std::int64_t coin = m_stage->request("10");
    const std::int64_t token = m_stage->request("20", m_token);
    const std::int64_t coinAgain = m_stage->request("30");
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 3);
    // In the order they came, consecutive, whatever they move.
    QCOMPARE(payouts(coin).front().sequence, std::int64_t(101));
    QCOMPARE(payouts(token).front().sequence, std::int64_t(102));
    QCOMPARE(payouts(coinAgain).front().sequence, std::int64_t(103));
}

void TestTokenPayouts::aTokenWhoseRowDiffersFromWhatWasSignedPaysNothing()
{
    // Someone with SQL access points the asset at another issuer.
    QVERIFY(sql::run(m_stage->db().connection(), QStringLiteral("UPDATE assets SET token_issuer = ? WHERE code = 'USDS'"),
                     {QStringLiteral("GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37")})
                .ok());
    const std::int64_t token = m_stage->request("20", m_token);
    const std::int64_t coin = m_stage->request("10");
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(state(coin), WithdrawalState::Broadcast);
    // The token's withdrawal waits as it was, nothing signed for it.
    QCOMPARE(state(token), WithdrawalState::Processing);
    QVERIFY(payouts(token).empty());
    for (const Asset &a : m_stage->chain().signedAssets)
        QVERIFY(a.identity.isNative());
    const bool said = std::any_of(run.value().problems.begin(), run.value().problems.end(), [](const std::string &p) {
        return p.find("token payouts wait") != std::string::npos && p.find("USDS") != std::string::npos;
    });
    QVERIFY2(said, run.value().problems.empty() ? "no problem said" : run.value().problems.front().c_str());
}

QTEST_GUILESS_MAIN(TestTokenPayouts)
#include "tst_tokenpayouts.moc"
