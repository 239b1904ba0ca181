// Horizon payment records, in the format of Horizon's documentation
// ("Payments for Account", with join=transactions, and its Payment, Path
// Payment Strict Receive and Strict Send operation objects): which are
// deposits to the base account, of lumens or of a watched credit asset,
// and which are not.

#include "core/deposits/horizonpayment.h"

#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {
const std::string kBase = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const QByteArray kHash = "b9d0b2292c4e09e8eb22d036171491e87b8d2086bf8b265874c8d182cb9c9020";
// Issuers: the USD and CNY issuers of Horizon's path-finding examples.
const std::string kIssuer = "GDUKMGUGDZQK6YHYA5Z6AY2G4XDSZPSZ3SW5UN3ARVMO6QSRDWP5YLEX";
const std::string kOtherIssuer = "GAREELUB43IRHWEASCFBLKHURCGMHE5IF6XSE7EXDLACYHGRHM43RFOX";

// The exchange's USDC is USDC of kIssuer; its YIELD is the 12-character
// "YieldDollar1" of the same issuer.
std::vector<wallets::WatchedToken> watched()
{
    return {{"USDC", AssetIdentity::stellarCredit("USDC", kIssuer), 7},
            {"YIELD", AssetIdentity::stellarCredit("YieldDollar1", kIssuer), 7}};
}

// The asset fields of a record: Horizon writes asset_code and asset_issuer
// only for a credit asset ("CODE:ISSUER" here, or "native").
QByteArray assetFields(const QByteArray &prefix, const QByteArray &asset)
{
    if (asset == "native")
        return "\"" + prefix + "asset_type\":\"native\",";
    const QByteArray code = asset.left(asset.indexOf(':'));
    const QByteArray issuer = asset.mid(asset.indexOf(':') + 1);
    const QByteArray type = code.size() <= 4 ? "credit_alphanum4" : "credit_alphanum12";
    return "\"" + prefix + "asset_type\":\"" + type + "\",\"" + prefix + "asset_code\":\"" + code + "\",\"" + prefix
        + "asset_issuer\":\"" + issuer + "\",";
}
QByteArray credit(const std::string &code, const std::string &issuer)
{
    return QByteArray::fromStdString(code + ":" + issuer);
}

QByteArray record(const QByteArray &id, const QByteArray &type, const QByteArray &to, const QByteArray &amount,
                  bool successful = true, const QByteArray &assetType = "native",
                  const QByteArray &memoType = "text", const QByteArray &memo = "17")
{
    return "{\"_links\":{\"self\":{\"href\":\"https://horizon.example/operations/" + id + "\"}},"
           "\"id\":\"" + id + "\",\"paging_token\":\"" + id + "\","
           "\"transaction_successful\":" + (successful ? "true" : "false") + ","
           "\"source_account\":\"GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR\","
           "\"type\":\"" + type + "\",\"type_i\":1,\"created_at\":\"2026-11-20T17:46:52Z\","
           "\"transaction_hash\":\"" + kHash + "\","
           + (assetType == "native" ? assetFields("", "native") : assetFields("", credit("EURT", kOtherIssuer))) +
           "\"from\":\"GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR\",\"to\":\"" + to + "\","
           "\"amount\":\"" + amount + "\","
           "\"transaction\":{\"hash\":\"" + kHash + "\",\"memo_type\":\"" + memoType + "\",\"memo\":\"" + memo + "\"}}";
}
// A path payment as Horizon records it: "amount" and the asset fields are
// what `to` received; source_amount and source_asset_* what `from` gave up.
QByteArray pathPayment(const QByteArray &type, const QByteArray &to, const QByteArray &received, const QByteArray &amount,
                       const QByteArray &sent, const QByteArray &sourceAmount, bool successful = true)
{
    const QByteArray bound = type == "path_payment_strict_send" ? "\"destination_min\":\"" + amount + "\","
                                                                : "\"source_max\":\"" + sourceAmount + "\",";
    return "{\"_links\":{\"self\":{\"href\":\"https://horizon.example/operations/12884905985\"}},"
           "\"id\":\"12884905985\",\"paging_token\":\"12884905985\","
           "\"transaction_successful\":" + QByteArray(successful ? "true" : "false") + ","
           "\"source_account\":\"GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR\","
           "\"type\":\"" + type + "\",\"type_i\":" + (type == "path_payment_strict_send" ? "13" : "2") + ","
           "\"created_at\":\"2026-11-20T17:46:52Z\",\"transaction_hash\":\"" + kHash + "\","
           + assetFields("", received) +
           "\"from\":\"GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR\",\"to\":\"" + to + "\","
           "\"amount\":\"" + amount + "\",\"path\":[{\"asset_type\":\"native\"}],"
           "\"source_amount\":\"" + sourceAmount + "\"," + bound + assetFields("source_", sent) +
           "\"transaction\":{\"hash\":\"" + kHash + "\",\"memo_type\":\"id\",\"memo\":\"17\"}}";
}
QByteArray creditPayment(const QByteArray &asset, const QByteArray &amount, const QByteArray &to = QByteArray::fromStdString(kBase))
{
    return record("12884905985", "payment", to, amount, true, "native", "id", "17")
        .replace(assetFields("", "native"), assetFields("", asset));
}
QByteArray withMuxed(QByteArray json, const QByteArray &muxed, const QByteArray &id)
{
    const QByteArray fields = (muxed.isEmpty() ? QByteArray() : "\"to_muxed\":\"" + muxed + "\",") + "\"to_muxed_id\":\"" + id + "\",";
    return json.replace("\"amount\":", fields + "\"amount\":");
}
} // namespace

class TestHorizonPayment : public QObject
{
    Q_OBJECT
private slots:
    void aNativePaymentToTheBaseIsADeposit()
    {
        // 12884905985 = ledger 3 << 32 | transaction 0 << 12 | operation 1
        auto r = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "99.2000000"), kBase, watched());
        QVERIFY(r.ok());
        QCOMPARE(r.value().pagingToken, std::string("12884905985"));
        QVERIFY(r.value().payment);
        const ObservedPayment &p = *r.value().payment;
        QCOMPARE(p.txid, kHash.toStdString());
        QCOMPARE(p.index, 0);
        QCOMPARE(p.height, std::int64_t(3));
        QCOMPARE(p.amount.baseUnits(), static_cast<int128>(992'000'000));
        QCOMPARE(p.memo, std::string("17"));
        QCOMPARE(p.asset, std::string("XLM"));
    }
    void theOperationIndexComesFromTheId()
    {
        // ledger 3, transaction 2, operation 3 -> index 2
        const qulonglong toid = (3ULL << 32) | (2ULL << 12) | 3ULL;
        auto r = parseHorizonPayment(record(QByteArray::number(toid), "payment", QByteArray::fromStdString(kBase), "1.0000000"), kBase, watched());
        QCOMPARE(r.value().payment->index, 2);
    }
    void whatIsNotADeposit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("outgoing") << record("12884905985", "payment", "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR", "5.0000000");
        QTest::newRow("failed") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000", false);
        QTest::newRow("credit asset") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000", true, "credit_alphanum4");
        QTest::newRow("create_account") << record("12884905985", "create_account", QByteArray::fromStdString(kBase), "5.0000000");
    }
    void whatIsNotADeposit()
    {
        QFETCH(QByteArray, json);
        auto r = parseHorizonPayment(json, kBase, watched());
        QVERIFY(r.ok());
        QVERIFY(!r.value().payment);
        QCOMPARE(r.value().pagingToken, std::string("12884905985")); // the cursor still moves on
    }
    void hashAndIdMemosAreKeptOthersNot()
    {
        auto id = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000", true, "native", "id", "9001"), kBase, watched());
        QCOMPARE(id.value().payment->memo, std::string("9001"));
        auto hash = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000", true, "native", "hash", "AAAA"), kBase, watched());
        QCOMPARE(hash.value().payment->memo, std::string());
    }
    void aPaymentToAMuxedAddressOfTheBaseCarriesItsId()
    {
        // SEP-23's vectors: the base account with id 0 and with 2^63. Horizon
        // writes "to" as the G account and adds to_muxed and to_muxed_id.
        for (const auto &[muxed, id] : {std::pair{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", "0"},
                                        std::pair{"MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK",
                                                  "9223372036854775808"}}) {
            const QByteArray json = withMuxed(record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000", true,
                                                     "native", "none", ""),
                                              muxed, id);
            auto r = parseHorizonPayment(json, kBase, watched());
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            QVERIFY(r.value().payment);
            QCOMPARE(r.value().payment->muxedId, std::string(id));
            QCOMPARE(r.value().payment->to, kBase);
        }
        // Without them, no id.
        auto plain = parseHorizonPayment(record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000"), kBase, watched());
        QVERIFY(plain.ok() && plain.value().payment && plain.value().payment->muxedId.empty());
    }
    void aMuxedAddressThatIsNotTheBasesOrNotItsIdIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray base = record("12884905985", "payment", QByteArray::fromStdString(kBase), "5.0000000");
        QTest::newRow("id not the address's") << withMuxed(base, "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", "7");
        QTest::newRow("id without address") << withMuxed(base, "", "7");
        QTest::newRow("address not M") << withMuxed(base, kBase.c_str(), "0");
    }
    void aMuxedAddressThatIsNotTheBasesOrNotItsIdIsRefused()
    {
        QFETCH(QByteArray, json);
        auto r = parseHorizonPayment(json, kBase, watched());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
    void aMuxedAddressOfAnotherAccountIsRefused()
    {
        // Paid to "to" = our base, but to_muxed is SEP-23's muxed address of
        // kBase while our base is another account.
        const std::string other = "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR";
        const QByteArray json = withMuxed(record("12884905985", "payment", QByteArray::fromStdString(other), "5.0000000"),
                                          "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", "0");
        auto r = parseHorizonPayment(json, other, watched());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
    void malformedRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{not json");
        QTest::newRow("no paging token") << QByteArray("{\"id\":\"1\",\"type\":\"payment\"}");
        QTest::newRow("amount with 8 decimals") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.00000001");
        QTest::newRow("negative amount") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "-1.0000000");
        QTest::newRow("id not a number") << record("abc", "payment", QByteArray::fromStdString(kBase), "1.0000000");
        // Read by the one exact JSON reader: not as either amount, nor with a
        // memo that is not text.
        QTest::newRow("amount twice") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000")
                                             .replace("\"amount\":\"1.0000000\"", "\"amount\":\"1.0000000\",\"amount\":\"1000.0000000\"");
        QTest::newRow("memo not UTF-8") << record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000", true,
                                                  "native", "text", "\xC3\x28");
        // The asset fields of a credit asset paid to the base: the code must
        // fit its type (1-4 characters for alphanum4, 5-12 for alphanum12,
        // letters and digits), the issuer must be a G account.
        const QByteArray usdc = creditPayment(credit("USDC", kIssuer), "1.0000000");
        QTest::newRow("alphanum4 with 5 characters") << QByteArray(usdc).replace("\"asset_code\":\"USDC\"", "\"asset_code\":\"USDCX\"");
        QTest::newRow("alphanum12 with 4 characters")
            << QByteArray(usdc).replace("\"asset_type\":\"credit_alphanum4\"", "\"asset_type\":\"credit_alphanum12\"");
        QTest::newRow("code not alphanumeric") << QByteArray(usdc).replace("\"asset_code\":\"USDC\"", "\"asset_code\":\"US-C\"");
        QTest::newRow("no asset_code") << QByteArray(usdc).replace("\"asset_code\":\"USDC\",", "");
        QTest::newRow("no asset_issuer") << QByteArray(usdc).replace(("\"asset_issuer\":\"" + kIssuer + "\",").c_str(), "");
        QTest::newRow("issuer with a wrong checksum")
            << QByteArray(usdc).replace(kIssuer.c_str(), "GDUKMGUGDZQK6YHYA5Z6AY2G4XDSZPSZ3SW5UN3ARVMO6QSRDWP5YLEY");
        QTest::newRow("issuer a muxed account")
            << QByteArray(usdc).replace(kIssuer.c_str(), "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ");
        QTest::newRow("unknown asset_type") << QByteArray(usdc).replace("credit_alphanum4", "liquidity_pool_shares");
        QTest::newRow("native with an issuer")
            << record("12884905985", "payment", QByteArray::fromStdString(kBase), "1.0000000")
                   .replace("\"asset_type\":\"native\",", ("\"asset_type\":\"native\",\"asset_issuer\":\"" + kIssuer + "\",").c_str());
        QTest::newRow("path payment amount with 8 decimals")
            << pathPayment("path_payment_strict_send", QByteArray::fromStdString(kBase), credit("USDC", kIssuer), "1.00000001",
                           "native", "10.0000000");
        QTest::newRow("path payment with a malformed destination code")
            << pathPayment("path_payment_strict_receive", QByteArray::fromStdString(kBase), credit("USDC", kIssuer), "1.0000000",
                           "native", "10.0000000")
                   .replace("\"asset_code\":\"USDC\"", "\"asset_code\":\"\"");
    }
    void malformedRecordsAreRefused()
    {
        QFETCH(QByteArray, json);
        auto r = parseHorizonPayment(json, kBase, watched());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
    void aWatchedCreditAssetIsCreditedAsItsToken()
    {
        auto r = parseHorizonPayment(creditPayment(credit("USDC", kIssuer), "1234.5678901"), kBase, watched());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r.value().payment);
        const ObservedPayment &p = *r.value().payment;
        QCOMPARE(p.asset, std::string("USDC"));
        QVERIFY(p.token == AssetIdentity::stellarCredit("USDC", kIssuer));
        QCOMPARE(p.amount.baseUnits(), static_cast<int128>(12'345'678'901));
        QCOMPARE(p.memo, std::string("17"));
        QCOMPARE(p.to, kBase);
        QVERIFY(r.value().unwatchedAsset.empty());
    }
    void aCreditAlphanum12CodeIsMatchedExactly()
    {
        // The exchange's code (YIELD) need not be the code on the ledger.
        auto r = parseHorizonPayment(creditPayment(credit("YieldDollar1", kIssuer), "0.0000001"), kBase, watched());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(QByteArray(creditPayment(credit("YieldDollar1", kIssuer), "1")).contains("\"credit_alphanum12\""));
        QVERIFY(r.value().payment);
        QCOMPARE(r.value().payment->asset, std::string("YIELD"));
        QVERIFY(r.value().payment->token == AssetIdentity::stellarCredit("YieldDollar1", kIssuer));
        QCOMPARE(r.value().payment->amount.baseUnits(), static_cast<int128>(1));
        // Codes are case-sensitive on the ledger: another asset.
        auto lower = parseHorizonPayment(creditPayment(credit("yielddollar1", kIssuer), "1.0000000"), kBase, watched());
        QVERIFY(lower.ok() && !lower.value().payment);
        QCOMPARE(lower.value().unwatchedAsset, "yielddollar1:" + kIssuer);
    }
    void aCreditAssetNotWatchedIsPassedOverAndNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        // Anyone can issue a "USDC": the issuer makes it another asset.
        QTest::newRow("same code, another issuer") << creditPayment(credit("USDC", kOtherIssuer), "5.0000000")
                                                   << QString::fromStdString("USDC:" + kOtherIssuer);
        QTest::newRow("another code, same issuer") << creditPayment(credit("USDT", kIssuer), "5.0000000")
                                                   << QString::fromStdString("USDT:" + kIssuer);
        QTest::newRow("a prefix of a watched code") << creditPayment(credit("USD", kIssuer), "5.0000000")
                                                    << QString::fromStdString("USD:" + kIssuer);
        QTest::newRow("path payment of another issuer's USDC")
            << pathPayment("path_payment_strict_send", QByteArray::fromStdString(kBase), credit("USDC", kOtherIssuer), "5.0000000",
                           credit("USDC", kIssuer), "5.0000000")
            << QString::fromStdString("USDC:" + kOtherIssuer);
    }
    void aCreditAssetNotWatchedIsPassedOverAndNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        auto r = parseHorizonPayment(json, kBase, watched());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(!r.value().payment);
        QCOMPARE(QString::fromStdString(r.value().unwatchedAsset), named);
        QCOMPARE(r.value().pagingToken, std::string("12884905985"));
        // With no token watched at all, likewise.
        auto none = parseHorizonPayment(json, kBase, {});
        QVERIFY(none.ok() && !none.value().payment);
        QCOMPARE(QString::fromStdString(none.value().unwatchedAsset), named);
    }
    void aPathPaymentCreditsWhatTheDestinationReceived_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("asset");
        QTest::addColumn<qlonglong>("stroops");
        const QByteArray base = QByteArray::fromStdString(kBase);
        // Strict receive: 25 USDC arrive, paid with 26.3157894 lumens (at
        // most 27). Strict send: 100 EURT of another issuer sent, at least
        // 9.5 lumens and 10.4712041 received.
        QTest::newRow("strict receive, USDC for lumens")
            << pathPayment("path_payment_strict_receive", base, credit("USDC", kIssuer), "25.0000000", "native", "26.3157894")
            << QStringLiteral("USDC") << qlonglong(250'000'000);
        QTest::newRow("strict send, lumens for EURT")
            << pathPayment("path_payment_strict_send", base, "native", "10.4712041", credit("EURT", kOtherIssuer), "100.0000000")
            << QStringLiteral("XLM") << qlonglong(104'712'041);
        // The source asset is a watched token: still the destination's counts.
        QTest::newRow("strict send, lumens for USDC")
            << pathPayment("path_payment_strict_send", base, "native", "3.0000000", credit("USDC", kIssuer), "40.0000000")
            << QStringLiteral("XLM") << qlonglong(30'000'000);
        QTest::newRow("strict receive, YIELD for USDC")
            << pathPayment("path_payment_strict_receive", base, credit("YieldDollar1", kIssuer), "7.0000001", credit("USDC", kIssuer),
                           "7.1000000")
            << QStringLiteral("YIELD") << qlonglong(70'000'001);
    }
    void aPathPaymentCreditsWhatTheDestinationReceived()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, asset);
        QFETCH(qlonglong, stroops);
        auto r = parseHorizonPayment(json, kBase, watched());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r.value().payment);
        const ObservedPayment &p = *r.value().payment;
        QCOMPARE(QString::fromStdString(p.asset), asset);
        QCOMPARE(p.amount.baseUnits(), static_cast<int128>(stroops));
        QVERIFY(asset == u"XLM" ? p.token.isNative() : p.token.issuer == kIssuer);
        QCOMPARE(p.txid, kHash.toStdString());
        QCOMPARE(p.index, 0);
        QCOMPARE(p.memo, std::string("17"));
        QCOMPARE(p.from, std::string("GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR"));
    }
    void aPathPaymentThatIsNoDepositOfOursMovesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray base = QByteArray::fromStdString(kBase);
        QTest::newRow("failed strict receive")
            << pathPayment("path_payment_strict_receive", base, credit("USDC", kIssuer), "25.0000000", "native", "26.3157894", false);
        QTest::newRow("failed strict send")
            << pathPayment("path_payment_strict_send", base, "native", "10.0000000", credit("USDC", kIssuer), "10.0000000", false);
        // The base account paying someone else through a path.
        QTest::newRow("outgoing") << pathPayment("path_payment_strict_send", "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR",
                                                 credit("USDC", kIssuer), "10.0000000", "native", "10.0000000");
    }
    void aPathPaymentThatIsNoDepositOfOursMovesNothing()
    {
        QFETCH(QByteArray, json);
        auto r = parseHorizonPayment(json, kBase, watched());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(!r.value().payment);
        QVERIFY(r.value().unwatchedAsset.empty());
    }
    void aPathPaymentToAMuxedAddressCarriesItsId()
    {
        const QByteArray json = withMuxed(pathPayment("path_payment_strict_receive", QByteArray::fromStdString(kBase),
                                                      credit("USDC", kIssuer), "25.0000000", "native", "26.3157894"),
                                          "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK", "9223372036854775808");
        auto r = parseHorizonPayment(json, kBase, watched());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r.value().payment);
        QCOMPARE(r.value().payment->muxedId, std::string("9223372036854775808"));
        QCOMPARE(r.value().payment->asset, std::string("USDC"));
        auto wrongId = parseHorizonPayment(
            withMuxed(pathPayment("path_payment_strict_send", QByteArray::fromStdString(kBase), "native", "1.0000000",
                                  credit("USDC", kIssuer), "1.0000000"),
                      "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK", "7"),
            kBase, watched());
        QVERIFY(!wrongId.ok());
    }
};

QTEST_APPLESS_MAIN(TestHorizonPayment)
#include "tst_horizonpayment.moc"
