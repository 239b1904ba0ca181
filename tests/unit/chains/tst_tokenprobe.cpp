// An ASA's decimals as algod tells them (GET /v2/assets/{id}, algod's Asset
// object, from the suite's format-faithful algod): an ASA that exists with
// the decimals typed is confirmed; other decimals, an id algod does not
// know and an unreachable node are each refused with a reason. A Stellar
// credit asset asks no node: its decimals are 7.

#include "algodtestserver.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/tokenprobe.h"

#include <QTest>

using namespace exchange;

class TestTokenProbe : public QObject
{
    Q_OBJECT
private slots:
    void anAsaIsConfirmedByAlgod()
    {
        AlgodTestServer algod;
        QVERIFY(algod.listen());
        algod.setAsset(31566704, {6, QStringLiteral("USDC"), QStringLiteral("USDC"), 18446744073709551615ULL});
        algod.setAsset(7, {0, QStringLiteral("TIX"), QStringLiteral("Tickets"), 1000});

        algorand::AlgodClient client{QUrl(algod.url())};
        QCOMPARE(chains::asaDecimals(client, 31566704).value(), 6);
        QCOMPARE(chains::asaDecimals(client, 7).value(), 0);

        const std::string url = algod.url().toStdString();
        QCOMPARE(chains::confirmTokenDecimals(AssetIdentity::algorandAsa(31566704), 6, url).value(), 6);
        auto disagree = chains::confirmTokenDecimals(AssetIdentity::algorandAsa(31566704), 2, url);
        QVERIFY(!disagree.ok());
        QCOMPARE(disagree.error().message, std::string("the token has 6 decimals, not 2 as typed"));

        auto missing = chains::confirmTokenDecimals(AssetIdentity::algorandAsa(999), 6, url);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().code == ErrorCode::InvalidInput);
        QCOMPARE(missing.error().message, std::string("ASA 999 does not exist on the node's network (asset does not exist)"));
        QCOMPARE(algod.assetReads(), 5);
    }

    void withoutANodeNothingIsConfirmed()
    {
        auto noUrl = chains::confirmTokenDecimals(AssetIdentity::algorandAsa(5), 6, "");
        QVERIFY(!noUrl.ok());
        QVERIFY(noUrl.error().code == ErrorCode::WrongState);
        // A port nothing listens on (the server is gone).
        std::string url;
        {
            AlgodTestServer gone;
            QVERIFY(gone.listen());
            url = gone.url().toStdString();
        }
        auto unreachable = chains::confirmTokenDecimals(AssetIdentity::algorandAsa(5), 6, url);
        QVERIFY(!unreachable.ok());
        QVERIFY(unreachable.error().code == ErrorCode::Unavailable);
    }

    void aStellarCreditAssetCountsInSeven()
    {
        const auto credit = AssetIdentity::stellarCredit("USDC", "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ");
        QCOMPARE(chains::confirmTokenDecimals(credit, 7, "").value(), 7);
        QVERIFY(!chains::confirmTokenDecimals(credit, 6, "").ok());
    }
};

QTEST_GUILESS_MAIN(TestTokenProbe)
#include "tst_tokenprobe.moc"
