// The asset fields of Horizon's operation records (its Payment and Path
// Payment objects): lumens, a credit asset whose code fits its type (the
// ledger's AssetCode4 and AssetCode12, as the SDKs type a code: up to 4
// characters alphanum4, 5 to 12 alphanum12), its issuer a G account, on the
// destination side or, with the prefix, the source side. Anything else is
// refused naming the field.

#include "core/chains/stellar/horizonasset.h"
#include "core/encoding/exactjson.h"

#include <QTest>

#include <algorithm>

using namespace exchange;

namespace {

// SEP-0023's account id.
const std::string kIssuer = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

// JSON written with ' for " (no ' occurs in these records).
Result<AssetIdentity> read(std::string json, std::string_view prefix = {})
{
    std::replace(json.begin(), json.end(), '\'', '"');
    auto doc = encoding::parseJson(json);
    if (!doc)
        qFatal("test JSON: %s", doc.error().message.c_str());
    return stellar::horizonAsset(doc.value(), prefix);
}

} // namespace

class TestHorizonAsset : public QObject
{
    Q_OBJECT
private slots:
    void readsLumensAndCreditAssets()
    {
        QVERIFY(read("{'asset_type':'native','amount':'1.0000000'}").value().isNative());
        auto usdc = read("{'asset_type':'credit_alphanum4','asset_code':'USDC','asset_issuer':'" + kIssuer + "'}");
        QVERIFY2(usdc.ok(), usdc.ok() ? "" : usdc.error().message.c_str());
        QVERIFY(usdc.value() == AssetIdentity::stellarCredit("USDC", kIssuer));
        auto one = read("{'asset_type':'credit_alphanum4','asset_code':'A','asset_issuer':'" + kIssuer + "'}");
        QVERIFY(one.ok() && one.value().stellarCode == "A");
        auto twelve = read("{'asset_type':'credit_alphanum12','asset_code':'LongCode1234','asset_issuer':'" + kIssuer + "'}");
        QVERIFY(twelve.ok() && twelve.value().stellarCode == "LongCode1234");
    }
    void theSourceSideWithItsPrefix()
    {
        // A path payment that delivered lumens, paid with USDC.
        const std::string json = "{'asset_type':'native','source_asset_type':'credit_alphanum4','source_asset_code':'USDC',"
                                 "'source_asset_issuer':'" + kIssuer + "'}";
        QVERIFY(read(json).value().isNative());
        QVERIFY(read(json, "source_").value() == AssetIdentity::stellarCredit("USDC", kIssuer));
    }
    void malformedFieldsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        const QString issuer = QString::fromStdString(kIssuer);
        const auto credit = [&](const QString &type, const QString &code, const QString &who) {
            return QStringLiteral("{'asset_type':'%1','asset_code':'%2','asset_issuer':'%3'}").arg(type, code, who);
        };
        QTest::newRow("no asset_type") << QStringLiteral("{'amount':'1'}") << QStringLiteral("asset_type");
        QTest::newRow("asset_type a number") << QStringLiteral("{'asset_type':4}") << QStringLiteral("asset_type");
        QTest::newRow("pool shares") << QStringLiteral("{'asset_type':'liquidity_pool_shares'}") << QStringLiteral("asset_type");
        QTest::newRow("native with a code") << QStringLiteral("{'asset_type':'native','asset_code':'XLM'}")
                                            << QStringLiteral("asset_code");
        QTest::newRow("alphanum4 of 5") << credit(QStringLiteral("credit_alphanum4"), QStringLiteral("USDCX"), issuer)
                                        << QStringLiteral("asset_code");
        QTest::newRow("alphanum12 of 4") << credit(QStringLiteral("credit_alphanum12"), QStringLiteral("USDC"), issuer)
                                         << QStringLiteral("asset_code");
        QTest::newRow("alphanum12 of 13") << credit(QStringLiteral("credit_alphanum12"), QStringLiteral("LongCode12345"), issuer)
                                          << QStringLiteral("asset_code");
        QTest::newRow("empty code") << credit(QStringLiteral("credit_alphanum4"), QString(), issuer) << QStringLiteral("asset_code");
        QTest::newRow("code with a dash") << credit(QStringLiteral("credit_alphanum4"), QStringLiteral("US-D"), issuer)
                                          << QStringLiteral("asset_code");
        QTest::newRow("issuer with a broken checksum")
            << credit(QStringLiteral("credit_alphanum4"), QStringLiteral("USDC"),
                      QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGY"))
            << QStringLiteral("asset_issuer");
        QTest::newRow("issuer a muxed account")
            << credit(QStringLiteral("credit_alphanum4"), QStringLiteral("USDC"),
                      QStringLiteral("MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ"))
            << QStringLiteral("asset_issuer");
        QTest::newRow("no issuer") << QStringLiteral("{'asset_type':'credit_alphanum4','asset_code':'USDC'}")
                                   << QStringLiteral("asset_issuer");
    }
    void malformedFieldsAreRefusedByName()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        auto r = read(json.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(QString::fromStdString(r.error().message).contains(field), r.error().message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestHorizonAsset)
#include "tst_horizonasset.moc"
