// The 24h/72h withdrawal limits as a table: the window boundaries to the
// millisecond on both sides, the new withdrawal counted, rejected and
// cancelled ones not, a limit reached exactly (allowed) and exceeded by one
// base unit (review), both exceeded (two reasons), zero limits, and sums
// near 2^100 base units. Expected totals and texts are worked out by hand.

#include "core/withdrawals/withdrawallimits.h"

#include <QTest>

#include <vector>

using namespace exchange;
using namespace exchange::withdrawals;

Q_DECLARE_METATYPE(std::vector<exchange::withdrawals::PastWithdrawal>)

namespace {

constexpr std::int64_t kNow = 1'700'000'000'000; // 2023-11-14T22:13:20Z
constexpr std::int64_t kHour = 60 * 60 * 1000;
constexpr qlonglong kXlm = 10'000'000; // stroops in one XLM

// XLM without display padding, so that the reasons read like the text.
Asset plainXlm()
{
    return Asset{"XLM", "Stellar Lumens", Chain::Stellar, 7, 0, {}};
}

Amount stroops(qlonglong v)
{
    return Amount::fromBaseUnits(v);
}

PastWithdrawal past(qlonglong amountStroops, std::int64_t ageMs, WithdrawalState state = WithdrawalState::Succeeded)
{
    return PastWithdrawal{stroops(amountStroops), kNow - ageMs, state};
}

QStringList reasonsOf(const LimitCheck &check)
{
    QStringList out;
    for (const LimitBreach &breach : check.breaches)
        out << QString::fromStdString(breach.reason);
    return out;
}

int128 pow2(int n)
{
    return static_cast<int128>(1) << n;
}

} // namespace

class TestWithdrawalLimits : public QObject
{
    Q_OBJECT
private slots:
    void windows_data()
    {
        QTest::addColumn<qlonglong>("limit24");
        QTest::addColumn<qlonglong>("limit72");
        QTest::addColumn<std::vector<PastWithdrawal>>("earlier");
        QTest::addColumn<qlonglong>("amount");
        QTest::addColumn<qlonglong>("total24");
        QTest::addColumn<qlonglong>("total72");
        QTest::addColumn<QStringList>("reasons");

        using S = WithdrawalState;
        const qlonglong l24 = 1000 * kXlm;
        const qlonglong l72 = 2000 * kXlm;
        const std::vector<PastWithdrawal> none;

        QTest::newRow("first withdrawal, within") << l24 << l72 << none << 500 * kXlm << 500 * kXlm << 500 * kXlm
                                                  << QStringList();
        QTest::newRow("the issue's example")
            << l24 << l72 << std::vector{past(750 * kXlm, 2 * kHour)} << 500 * kXlm << 1250 * kXlm << 1250 * kXlm
            << QStringList{QStringLiteral("24h: 1,250 of 1,000 XLM")};
        // The new one alone can exceed a limit.
        QTest::newRow("new one alone over 24h") << l24 << l72 << none << 1000 * kXlm + 1 << 1000 * kXlm + 1
                                                << 1000 * kXlm + 1
                                                << QStringList{QStringLiteral("24h: 1,000.0000001 of 1,000 XLM")};
        // Reaching a limit exactly is allowed; one stroop more is not.
        QTest::newRow("reaches 24h exactly") << l24 << l72 << std::vector{past(600 * kXlm, kHour)} << 400 * kXlm
                                             << 1000 * kXlm << 1000 * kXlm << QStringList();
        QTest::newRow("one stroop over 24h")
            << l24 << l72 << std::vector{past(600 * kXlm, kHour)} << 400 * kXlm + 1 << 1000 * kXlm + 1
            << 1000 * kXlm + 1 << QStringList{QStringLiteral("24h: 1,000.0000001 of 1,000 XLM")};
        QTest::newRow("reaches 72h exactly") << l24 << l72 << std::vector{past(1500 * kXlm, 30 * kHour)} << 500 * kXlm
                                             << 500 * kXlm << 2000 * kXlm << QStringList();
        QTest::newRow("one stroop over 72h")
            << l24 << l72 << std::vector{past(1500 * kXlm + 1, 30 * kHour)} << 500 * kXlm << 500 * kXlm
            << 2000 * kXlm + 1 << QStringList{QStringLiteral("72h: 2,000.0000001 of 2,000 XLM")};
        // 24h boundary: exactly 86,400,000 ms old is out, 86,399,999 ms old is in.
        QTest::newRow("exactly 24h old: outside 24h")
            << l24 << l72 << std::vector{past(600 * kXlm, 86'400'000)} << 500 * kXlm << 500 * kXlm << 1100 * kXlm
            << QStringList();
        QTest::newRow("1 ms younger than 24h: inside")
            << l24 << l72 << std::vector{past(600 * kXlm, 86'399'999)} << 500 * kXlm << 1100 * kXlm << 1100 * kXlm
            << QStringList{QStringLiteral("24h: 1,100 of 1,000 XLM")};
        // 72h boundary: exactly 259,200,000 ms old is out, 259,199,999 ms old is in.
        QTest::newRow("exactly 72h old: outside 72h")
            << l24 << l72 << std::vector{past(1600 * kXlm, 259'200'000)} << 500 * kXlm << 500 * kXlm << 500 * kXlm
            << QStringList();
        QTest::newRow("1 ms younger than 72h: inside")
            << l24 << l72 << std::vector{past(1600 * kXlm, 259'199'999)} << 500 * kXlm << 500 * kXlm << 2100 * kXlm
            << QStringList{QStringLiteral("72h: 2,100 of 2,000 XLM")};
        QTest::newRow("a week old never counts") << l24 << l72 << std::vector{past(5000 * kXlm, 7 * 24 * kHour)}
                                                 << 500 * kXlm << 500 * kXlm << 500 * kXlm << QStringList();
        // The upper end: requested at now is in; a clock ahead elsewhere does not hide one.
        QTest::newRow("requested at now counts") << l24 << l72 << std::vector{past(600 * kXlm, 0)} << 500 * kXlm
                                                 << 1100 * kXlm << 1100 * kXlm
                                                 << QStringList{QStringLiteral("24h: 1,100 of 1,000 XLM")};
        QTest::newRow("stamped after now counts") << l24 << l72 << std::vector{past(600 * kXlm, -5000)} << 500 * kXlm
                                                  << 1100 * kXlm << 1100 * kXlm
                                                  << QStringList{QStringLiteral("24h: 1,100 of 1,000 XLM")};
        // Rejected and cancelled never paid: excluded. Everything else counts.
        QTest::newRow("rejected and cancelled excluded")
            << l24 << l72
            << std::vector{past(900 * kXlm, kHour, S::Rejected), past(900 * kXlm, 2 * kHour, S::Cancelled)}
            << 500 * kXlm << 500 * kXlm << 500 * kXlm << QStringList();
        QTest::newRow("every other state counts")
            << 10000 * kXlm << 20000 * kXlm
            << std::vector{past(1 * kXlm, kHour, S::UnderReview), past(2 * kXlm, kHour, S::Approved),
                           past(4 * kXlm, kHour, S::Processing), past(8 * kXlm, kHour, S::Broadcast),
                           past(16 * kXlm, kHour, S::Succeeded), past(32 * kXlm, kHour, S::Failed),
                           past(64 * kXlm, kHour, S::Error), past(128 * kXlm, kHour, S::ManualPayout),
                           past(256 * kXlm, kHour, S::Rejected), past(512 * kXlm, kHour, S::Cancelled)}
            << 1000 * kXlm << 1255 * kXlm << 1255 * kXlm << QStringList();
        // Over both: two reasons, 24h first.
        QTest::newRow("both exceeded")
            << l24 << l72 << std::vector{past(1200 * kXlm, 48 * kHour), past(700 * kXlm, 3 * kHour)} << 350 * kXlm
            << 1050 * kXlm << 2250 * kXlm
            << QStringList{QStringLiteral("24h: 1,050 of 1,000 XLM"), QStringLiteral("72h: 2,250 of 2,000 XLM")};
        QTest::newRow("within 24h, over 72h")
            << l24 << l72 << std::vector{past(1800 * kXlm, 25 * kHour)} << 300 * kXlm << 300 * kXlm << 2100 * kXlm
            << QStringList{QStringLiteral("72h: 2,100 of 2,000 XLM")};
        // Zero: no automatic withdrawals at all, even of one stroop.
        QTest::newRow("zero limits") << 0LL << 0LL << none << 1LL << 1LL << 1LL
                                     << QStringList{QStringLiteral("24h: 0.0000001 of 0 XLM"),
                                                    QStringLiteral("72h: 0.0000001 of 0 XLM")};
        QTest::newRow("zero 24h only") << 0LL << l72 << none << 1LL << 1LL << 1LL
                                       << QStringList{QStringLiteral("24h: 0.0000001 of 0 XLM")};
    }
    void windows()
    {
        QFETCH(qlonglong, limit24);
        QFETCH(qlonglong, limit72);
        QFETCH(std::vector<PastWithdrawal>, earlier);
        QFETCH(qlonglong, amount);
        QFETCH(qlonglong, total24);
        QFETCH(qlonglong, total72);
        QFETCH(QStringList, reasons);

        const auto check = WithdrawalLimits::check(
            {plainXlm(), stroops(limit24), stroops(limit72), earlier, stroops(amount), kNow});
        QVERIFY2(check.ok(), check.ok() ? "" : check.error().message.c_str());
        QCOMPARE(check->total24h, stroops(total24));
        QCOMPARE(check->total72h, stroops(total72));
        QCOMPARE(reasonsOf(check.value()), reasons);
        QCOMPARE(check->automatic(), reasons.isEmpty());
        QCOMPARE(check->requestEvent(), reasons.isEmpty() ? WithdrawalEvent::RequestedWithinLimits
                                                          : WithdrawalEvent::RequestedOverLimit);
    }

    void breachesCarryTheNumbers()
    {
        // The screen shows which limit and by how much from these, not from the text.
        const std::vector earlier{past(1200 * kXlm, 48 * kHour), past(700 * kXlm, 3 * kHour)};
        const auto check = WithdrawalLimits::check(
            {plainXlm(), stroops(1000 * kXlm), stroops(2000 * kXlm), earlier, stroops(350 * kXlm), kNow});
        QCOMPARE(int(check->breaches.size()), 2);
        QCOMPARE(check->breaches[0].windowHours, 24);
        QCOMPARE(check->breaches[0].total, stroops(1050 * kXlm));
        QCOMPARE(check->breaches[0].limit, stroops(1000 * kXlm));
        QCOMPARE(check->breaches[1].windowHours, 72);
        QCOMPARE(check->breaches[1].total, stroops(2250 * kXlm));
        QCOMPARE(check->breaches[1].limit, stroops(2000 * kXlm));
    }

    void reasonUsesTheAssetsFormatting()
    {
        // Native XLM shows two decimals everywhere on the screens; the reason matches them.
        const Asset xlm = nativeAsset("XLM").value();
        const std::vector earlier{past(750 * kXlm, kHour)};
        const auto check = WithdrawalLimits::check(
            {xlm, stroops(1000 * kXlm), stroops(2000 * kXlm), earlier, stroops(500 * kXlm + 5'000'000), kNow});
        QCOMPARE(reasonsOf(check.value()), QStringList{QStringLiteral("24h: 1,250.50 of 1,000.00 XLM")});
    }

    void hugeAmountsAreExact()
    {
        // 2^100 base units of a 0-decimal asset: far beyond 64 bits, still exact.
        const Asset big{"BIG", "Big", Chain::Ethereum, 0, 0, {}};
        const Amount p100 = Amount::fromBaseUnits(pow2(100));
        const std::vector earlier{PastWithdrawal{p100, kNow - kHour, WithdrawalState::Succeeded},
                                  PastWithdrawal{p100, kNow - 30 * kHour, WithdrawalState::Processing},
                                  PastWithdrawal{p100, kNow - 50 * kHour, WithdrawalState::Broadcast}};
        // 24h: 2 * 2^100 = 2^101 reaches its limit exactly; 72h: 4 * 2^100 = 2^102 against 2^102 - 1.
        const auto check = WithdrawalLimits::check({big, Amount::fromBaseUnits(pow2(101)),
                                                    Amount::fromBaseUnits(pow2(102) - 1), earlier, p100, kNow});
        QVERIFY(check.ok());
        QCOMPARE(check->total24h, Amount::fromBaseUnits(pow2(101)));
        QCOMPARE(check->total72h, Amount::fromBaseUnits(pow2(102)));
        // 2^102 = 5070602400912917605986812821504.
        QCOMPARE(reasonsOf(check.value()),
                 QStringList{QStringLiteral("72h: 5,070,602,400,912,917,605,986,812,821,504 of "
                                            "5,070,602,400,912,917,605,986,812,821,503 BIG")});
    }

    void overflowIsRefusedNotWrapped()
    {
        const Asset big{"BIG", "Big", Chain::Ethereum, 0, 0, {}};
        const std::vector earlier{PastWithdrawal{Amount::max(), kNow - kHour, WithdrawalState::Succeeded}};
        const auto check = WithdrawalLimits::check(
            {big, Amount::max(), Amount::max(), earlier, Amount::fromBaseUnits(1), kNow});
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, ErrorCode::InvalidInput);
        // A maximal one outside the window, or rejected, is no problem.
        const std::vector harmless{PastWithdrawal{Amount::max(), kNow - 73 * kHour, WithdrawalState::Succeeded},
                                   PastWithdrawal{Amount::max(), kNow - kHour, WithdrawalState::Rejected}};
        QVERIFY(WithdrawalLimits::check({big, Amount::max(), Amount::max(), harmless, Amount::fromBaseUnits(1), kNow})
                    .value()
                    .automatic());
    }

    void badInputIsRefused()
    {
        const std::vector<PastWithdrawal> none;
        const Amount ten = stroops(10);
        const auto check = [](Amount limit24, Amount limit72, std::span<const PastWithdrawal> earlier, Amount amount,
                              std::int64_t now) {
            const auto result = WithdrawalLimits::check({plainXlm(), limit24, limit72, earlier, amount, now});
            return result.ok() ? std::optional<ErrorCode>() : result.error().code;
        };
        QCOMPARE(check(ten, ten, none, Amount::zero(), kNow), ErrorCode::InvalidInput);
        QCOMPARE(check(ten, ten, none, stroops(-1), kNow), ErrorCode::InvalidInput);
        QCOMPARE(check(stroops(-1), ten, none, ten, kNow), ErrorCode::InvalidInput);
        QCOMPARE(check(ten, stroops(-1), none, ten, kNow), ErrorCode::InvalidInput);
        QCOMPARE(check(ten, ten, none, ten, -1), ErrorCode::InvalidInput);
        // A negative earlier amount would make room under the limit.
        const std::vector negative{past(-5, kHour)};
        QCOMPARE(check(ten, ten, negative, ten, kNow), ErrorCode::InvalidInput);
    }
};

QTEST_APPLESS_MAIN(TestWithdrawalLimits)
#include "tst_withdrawallimits.moc"
