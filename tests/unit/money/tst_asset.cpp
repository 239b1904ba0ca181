// The native assets have the decimals their chains define: 1 XLM is 10^7
// stroops, 1 ETH is 10^18 wei, 1 ALGO is 10^6 microalgos.

#include "core/money/asset.h"

#include <QTest>

using namespace exchange;

class TestAsset : public QObject
{
    Q_OBJECT
private slots:
    void nativeAssetsHaveTheirChainsDecimals()
    {
        QCOMPARE(nativeAsset("XLM")->decimals, 7);
        QCOMPARE(nativeAsset("XLM")->chain, Chain::Stellar);
        QCOMPARE(nativeAsset("ETH")->decimals, 18);
        QCOMPARE(nativeAsset("ETH")->chain, Chain::Ethereum);
        QCOMPARE(nativeAsset("ALGO")->decimals, 6);
        QCOMPARE(nativeAsset("ALGO")->chain, Chain::Algorand);
        QVERIFY(!nativeAsset("DOGE"));
        QVERIFY(!nativeAsset("xlm"));
    }
    void parseAndFormatUseTheAssetsUnit()
    {
        const Asset eth = *nativeAsset("ETH");
        QCOMPARE(eth.parse("1").value().baseUnits(), static_cast<int128>(1000000000000000000LL));
        QVERIFY(!eth.parse("0.0000000000000000001").ok());
        // Display precision pads; it never hides a digit.
        QCOMPARE(eth.format(Amount::fromBaseUnits(1)), std::string("0.000000000000000001"));
        QCOMPARE(eth.format(Amount::fromBaseUnits(1500000000000000000LL)), std::string("1.5000"));
        QCOMPARE(eth.formatGrouped(eth.parse("12345.5").value()), std::string("12,345.5000"));
    }
};

QTEST_APPLESS_MAIN(TestAsset)
#include "tst_asset.moc"
