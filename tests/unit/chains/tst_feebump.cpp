// The fees of a replacement transaction (ethereum::replacementFees) against
// the rule nodes apply to a transaction with a pending one's nonce: both the
// max fee per gas and the tip at least the old ones times (100 + bump)/100,
// here a bump of 12.5% (geth's txpool "replacement transaction
// underpriced" check: newTip >= oldTip × 1.125 and newFeeCap >= oldFeeCap ×
// 1.125). The expected figures are worked by hand from that rule.

#include "core/chains/ethereum/feebump.h"
#include "core/money/amount.h"

#include <QTest>

using namespace exchange;
using namespace exchange::ethereum;

namespace {

constexpr int128 kGwei = 1'000'000'000;

// Wei as decimal digits, for QCOMPARE.
std::string dec(int128 wei)
{
    return Amount::fromBaseUnits(wei).toBaseUnitString();
}

} // namespace

class TestFeeBump : public QObject
{
    Q_OBJECT
private slots:
    void anEighthUpRoundedUp();
    void theBumpWhenTheNodeSuggestsLess();
    void theSuggestionWhenItIsHigher();
    void theTipNeverAboveTheMaxFee();
    void aCapBelowTheBumpRefuses();
    void aCapBetweenBumpAndSuggestionCapsTheMaxFee();
};

void TestFeeBump::anEighthUpRoundedUp()
{
    QCOMPARE(dec(bumpedByEighth(0)), dec(int128(0)));
    QCOMPARE(dec(bumpedByEighth(1)), dec(int128(2)));  // 1.125 -> 2
    QCOMPARE(dec(bumpedByEighth(8)), dec(int128(9)));  // exactly 9
    QCOMPARE(dec(bumpedByEighth(9)), dec(int128(11))); // 10.125 -> 11
    QCOMPARE(dec(bumpedByEighth(20 * kGwei)), dec(int128(22'500'000'000)));
    QCOMPARE(dec(bumpedByEighth(1'500'000'001)), dec(int128(1'687'500'002))); // 1687500001.125 -> ...002
}

void TestFeeBump::theBumpWhenTheNodeSuggestsLess()
{
    auto f = replacementFees({40 * kGwei, 2 * kGwei}, {30 * kGwei, 1 * kGwei}, 1000 * kGwei);
    QVERIFY(f.ok());
    QCOMPARE(dec(f.value().maxFeePerGas), dec(int128(45'000'000'000)));
    QCOMPARE(dec(f.value().maxPriorityFeePerGas), dec(int128(2'250'000'000)));
}

void TestFeeBump::theSuggestionWhenItIsHigher()
{
    // The base fee rose: the node suggests 200 gwei and a 3 gwei tip.
    auto f = replacementFees({40 * kGwei, 2 * kGwei}, {200 * kGwei, 3 * kGwei}, 1000 * kGwei);
    QVERIFY(f.ok());
    QCOMPARE(dec(f.value().maxFeePerGas), dec(200 * kGwei));
    QCOMPARE(dec(f.value().maxPriorityFeePerGas), dec(3 * kGwei));
}

void TestFeeBump::theTipNeverAboveTheMaxFee()
{
    // A legacy-priced pending one (tip = max fee) stays valid: tip <= max fee.
    auto f = replacementFees({10 * kGwei, 10 * kGwei}, {5 * kGwei, 12 * kGwei}, 1000 * kGwei);
    QVERIFY(f.ok());
    QCOMPARE(dec(f.value().maxPriorityFeePerGas), dec(12 * kGwei));
    QCOMPARE(dec(f.value().maxFeePerGas), dec(12 * kGwei));
}

void TestFeeBump::aCapBelowTheBumpRefuses()
{
    auto f = replacementFees({40 * kGwei, 2 * kGwei}, {30 * kGwei, 1 * kGwei}, 44'999'999'999);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, ErrorCode::InvalidInput);
    QVERIFY2(f.error().message.find("45000000000") != std::string::npos, f.error().message.c_str());
    QVERIFY(replacementFees({40 * kGwei, 2 * kGwei}, {30 * kGwei, 1 * kGwei}, 45 * kGwei).ok());
}

void TestFeeBump::aCapBetweenBumpAndSuggestionCapsTheMaxFee()
{
    auto f = replacementFees({40 * kGwei, 2 * kGwei}, {200 * kGwei, 3 * kGwei}, 60 * kGwei);
    QVERIFY(f.ok());
    QCOMPARE(dec(f.value().maxFeePerGas), dec(60 * kGwei));
    QCOMPARE(dec(f.value().maxPriorityFeePerGas), dec(3 * kGwei));
}

QTEST_GUILESS_MAIN(TestFeeBump)
#include "tst_feebump.moc"
