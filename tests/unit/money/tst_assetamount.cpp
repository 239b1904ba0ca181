// Amounts of assets with different decimals compare by value in whole
// units, exactly, even where the scaled values need more than 128 bits.

#include "core/money/assetamount.h"
#include "core/money/int128.h"

#include <QTest>

using namespace exchange;

namespace {
AssetAmount of(const char *text, int decimals)
{
    return AssetAmount{Amount::parse(text, decimals, Amount::Sign::AllowNegative).value(), decimals};
}
} // namespace

class TestAssetAmount : public QObject
{
    Q_OBJECT
private slots:
    void comparesByValueAcrossDecimals()
    {
        QVERIFY(of("50", 18) < of("50000", 7));      // 50 ETH < 50,000 XLM although 5e19 wei > 5e11 stroops
        QVERIFY(of("100000", 6) > of("50000", 7));
        QVERIFY(of("1.5", 18) == of("1.5", 6));
        QVERIFY(of("0.000001", 6) > of("0.000000999999999999", 18));
        QVERIFY(of("-1", 7) < of("0.000000000000000001", 18));
        QVERIFY(of("-2", 6) < of("-1.999999999999999999", 18));
        QVERIFY(of("0", 0) == of("0", 18));
    }
    void exactBeyond128Bits()
    {
        // (2^127 - 1) base units at 0 decimals against the same digits at 38
        // decimals scaled by 10^38: the products need about 254 bits.
        const AssetAmount huge{Amount::max(), 0};
        const AssetAmount small{Amount::max(), 38};
        QVERIFY(small < huge);
        QVERIFY((AssetAmount{Amount::fromBaseUnits(1), 38} > AssetAmount{Amount::zero(), 0}));
    }
    void compareProductsIsExact()
    {
        const uint128 max = ~static_cast<uint128>(0);
        QCOMPARE(compareProducts(max, max, max, max), 0);
        QCOMPARE(compareProducts(max, max - 1, max - 1, max), 0);
        QCOMPARE(compareProducts(max, max, max, max - 1), 1);
        QCOMPARE(compareProducts(2, 3, 1, 7), -1);
        QCOMPARE(compareProducts(0, max, 0, 1), 0);
    }
};

QTEST_APPLESS_MAIN(TestAssetAmount)
#include "tst_assetamount.moc"
