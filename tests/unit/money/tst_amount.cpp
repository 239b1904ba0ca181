// Amount: exact parsing, formatting and checked arithmetic at the limits.
// Expected values are written out from the definitions (10^decimals base
// units per unit, 2^64, 2^127 - 1), never taken from the code under test.

#include "core/money/amount.h"

#include <QRandomGenerator>
#include <QTest>

using exchange::Amount;
using exchange::int128;
using exchange::Rounding;
using exchange::uint128;
using PE = Amount::ParseError;

Q_DECLARE_METATYPE(Amount::ParseError)

namespace {
constexpr int128 kTwoTo64 = static_cast<int128>(1) << 64;
constexpr int128 kMax = static_cast<int128>((static_cast<uint128>(1) << 127) - 1);

int128 units(const char *digits)
{
    int128 v = 0;
    for (const char *p = digits; *p; ++p)
        v = v * 10 + (*p - '0');
    return v;
}

PE parseError(std::string_view text, int decimals, Amount::Sign sign = Amount::Sign::NonNegative)
{
    auto r = Amount::tryParse(text, decimals, sign);
    if (!std::holds_alternative<PE>(r))
        return static_cast<PE>(-1);
    return std::get<PE>(r);
}
} // namespace

class TestAmount : public QObject
{
    Q_OBJECT
private slots:
    void parsesExactValues_data();
    void parsesExactValues();
    void refusesBadText_data();
    void refusesBadText();
    void negativeOnlyWhenAllowed();
    void jsonNumbersWithExponentsAreExact_data();
    void jsonNumbersWithExponentsAreExact();
    void jsonNumbersWithExponentsAreHeldToTheRules_data();
    void jsonNumbersWithExponentsAreHeldToTheRules();
    void formatsExactly();
    void formatRoundTripsRandomValues();
    void parseErrorsHaveClearMessages();
    void arithmeticRefusesOverflow();
    void mulRatioRoundsAsAsked();
    void mulRatioIsExactBeyond128Bits();
    void mulRatioRefusesBadRatios();
    void baseUnitStringRoundTrips();
    void usableInQVariant();
};

void TestAmount::parsesExactValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expectedUnits"); // decimal digits of the base units

    QTest::newRow("zero") << "0" << 7 << "0";
    QTest::newRow("one XLM") << "1" << 7 << "10000000";
    QTest::newRow("one stroop") << "0.0000001" << 7 << "1";
    QTest::newRow("trailing zeros") << "2.5000000" << 7 << "25000000";
    QTest::newRow("leading zeros") << "007.5" << 6 << "7500000";
    QTest::newRow("one wei") << "0.000000000000000001" << 18 << "1";
    QTest::newRow("2^64 wei") << "18.446744073709551616" << 18 << "18446744073709551616";
    QTest::newRow("2^64+1 wei") << "18.446744073709551617" << 18 << "18446744073709551617";
    QTest::newRow("one microalgo") << "0.000001" << 6 << "1";
    QTest::newRow("max as integer") << "170141183460469231731687303715884105727" << 0
                                    << "170141183460469231731687303715884105727";
    QTest::newRow("max in wei") << "170141183460469231731.687303715884105727" << 18
                                << "170141183460469231731687303715884105727";
}

void TestAmount::parsesExactValues()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, expectedUnits);
    auto parsed = Amount::parse(text.toStdString(), decimals);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed.value().baseUnits(), units(expectedUnits.toLatin1().constData()));
}

void TestAmount::refusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<Amount::ParseError>("error");

    QTest::newRow("empty") << "" << 7 << PE::Empty;
    QTest::newRow("lone minus") << "-" << 7 << PE::SignNotAllowed;
    QTest::newRow("leading space") << " 1" << 7 << PE::Whitespace;
    QTest::newRow("trailing newline") << "1\n" << 7 << PE::Whitespace;
    QTest::newRow("exponent") << "1e5" << 7 << PE::Exponent;
    QTest::newRow("upper exponent") << "1.5E-3" << 7 << PE::Exponent;
    QTest::newRow("comma grouping") << "1,000" << 7 << PE::ThousandsSeparator;
    QTest::newRow("underscore grouping") << "1_000" << 7 << PE::ThousandsSeparator;
    QTest::newRow("apostrophe grouping") << "1'000" << 7 << PE::ThousandsSeparator;
    QTest::newRow("plus sign") << "+1" << 7 << PE::SignNotAllowed;
    QTest::newRow("minus sign") << "-1" << 7 << PE::SignNotAllowed;
    QTest::newRow("inner minus") << "1-2" << 7 << PE::SignNotAllowed;
    QTest::newRow("no whole digits") << ".5" << 7 << PE::MisplacedPoint;
    QTest::newRow("no fraction digits") << "5." << 7 << PE::MisplacedPoint;
    QTest::newRow("two points") << "1.2.3" << 7 << PE::MisplacedPoint;
    QTest::newRow("letters") << "abc" << 7 << PE::InvalidCharacter;
    QTest::newRow("hex") << "0x10" << 7 << PE::InvalidCharacter;
    QTest::newRow("non-ASCII digit") << QString::fromUtf8("\u0661") << 7 << PE::InvalidCharacter;
    QTest::newRow("nan") << "nan" << 7 << PE::InvalidCharacter;
    QTest::newRow("8 decimals for XLM") << "0.00000001" << 7 << PE::TooManyDecimals;
    QTest::newRow("7 decimals for ALGO") << "1.0000001" << 6 << PE::TooManyDecimals;
    QTest::newRow("19 decimals for ETH") << "0.0000000000000000001" << 18 << PE::TooManyDecimals;
    QTest::newRow("decimals for an integer asset") << "1.0" << 0 << PE::TooManyDecimals;
    QTest::newRow("2^127") << "170141183460469231731687303715884105728" << 0 << PE::OutOfRange;
    QTest::newRow("2^127 in wei") << "170141183460469231731.687303715884105728" << 18 << PE::OutOfRange;
    QTest::newRow("far too large") << "999999999999999999999999999999999999999999" << 0 << PE::OutOfRange;
}

void TestAmount::refusesBadText()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(Amount::ParseError, error);
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(parseError(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), decimals), error);
    QVERIFY(!Amount::parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), decimals).ok());
}

// What Python's json.dumps writes for floats a client of 001 holds (its
// repr: exponent form below 1e-4 and from 1e16), read as the decimal named.
void TestAmount::jsonNumbersWithExponentsAreExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expectedUnits");

    QTest::newRow("5e-05 ETH") << "5e-05" << 18 << "50000000000000";
    QTest::newRow("1e-05 ALGO") << "1e-05" << 6 << "10";
    QTest::newRow("1e+16 XLM") << "1e+16" << 7 << "100000000000000000000000";
    QTest::newRow("1.5e-06 XLM") << "1.5e-06" << 7 << "15";
    QTest::newRow("2.5E3") << "2.5E3" << 2 << "250000";
    QTest::newRow("1.0e-18 is one wei") << "1.0e-18" << 18 << "1";
    QTest::newRow("100e-2 is one whole") << "100e-2" << 0 << "1";
    QTest::newRow("trailing zeros beyond the decimals") << "1.2500000000e-1" << 3 << "125";
    QTest::newRow("zero with a vast exponent") << "0e999999999999" << 7 << "0";
    QTest::newRow("no exponent") << "0.05" << 18 << "50000000000000000";
    QTest::newRow("1.25e+20 ETH in wei") << "1.25e+20" << 18 << "125000000000000000000000000000000000000";
}

void TestAmount::jsonNumbersWithExponentsAreExact()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(QString, expectedUnits);
    auto parsed = Amount::tryParseJsonNumber(text.toStdString(), decimals);
    QVERIFY2(std::holds_alternative<Amount>(parsed),
             std::holds_alternative<Amount>(parsed) ? "" : Amount::describe(std::get<PE>(parsed), decimals).c_str());
    QCOMPARE(std::get<Amount>(parsed).baseUnits(), units(expectedUnits.toLatin1().constData()));
}

void TestAmount::jsonNumbersWithExponentsAreHeldToTheRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<Amount::ParseError>("error");

    QTest::newRow("5e-05 for 4 decimals") << "5e-05" << 4 << PE::TooManyDecimals;
    QTest::newRow("1e-19 ETH") << "1e-19" << 18 << PE::TooManyDecimals;
    QTest::newRow("1.5e-7 ALGO") << "1.5e-7" << 6 << PE::TooManyDecimals;
    QTest::newRow("tiny") << "1e-999999999999999999999" << 18 << PE::TooManyDecimals;
    QTest::newRow("2^127 units") << "1.70141183460469231731687303715884105728e+38" << 0 << PE::OutOfRange;
    QTest::newRow("huge") << "1e+999999999999999999999" << 7 << PE::OutOfRange;
    QTest::newRow("1e400") << "1e400" << 0 << PE::OutOfRange;
    QTest::newRow("negative") << "-5e-05" << 18 << PE::SignNotAllowed;
    QTest::newRow("plus mantissa") << "+5e-05" << 18 << PE::SignNotAllowed;
    QTest::newRow("no exponent digits") << "1e" << 7 << PE::MalformedExponent;
    QTest::newRow("lone sign") << "1e+" << 7 << PE::MalformedExponent;
    QTest::newRow("two signs") << "1e+-5" << 7 << PE::MalformedExponent;
    QTest::newRow("two exponents") << "1e5e5" << 7 << PE::MalformedExponent;
    QTest::newRow("no mantissa") << "e5" << 7 << PE::MalformedExponent;
    QTest::newRow("fractional exponent") << "1e1.5" << 7 << PE::MalformedExponent;
    QTest::newRow("point without digits") << ".5e1" << 7 << PE::MisplacedPoint;
    QTest::newRow("space") << "1 e5" << 7 << PE::Whitespace;
    QTest::newRow("letters") << "abce5" << 7 << PE::InvalidCharacter;
}

void TestAmount::jsonNumbersWithExponentsAreHeldToTheRules()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(Amount::ParseError, error);
    auto parsed = Amount::tryParseJsonNumber(text.toStdString(), decimals);
    QVERIFY(std::holds_alternative<PE>(parsed));
    QCOMPARE(std::get<PE>(parsed), error);
}

void TestAmount::negativeOnlyWhenAllowed()
{
    auto parsed = Amount::parse("-1.5", 6, Amount::Sign::AllowNegative);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().baseUnits(), static_cast<int128>(-1500000));
    QCOMPARE(parseError("-170141183460469231731687303715884105728", 0, Amount::Sign::AllowNegative), PE::OutOfRange);
    auto min = Amount::parse("-170141183460469231731687303715884105727", 0, Amount::Sign::AllowNegative);
    QVERIFY(min.ok());
    QCOMPARE(min.value(), Amount::min());
    QCOMPARE(parseError("--1", 6, Amount::Sign::AllowNegative), PE::SignNotAllowed);
}

void TestAmount::formatsExactly()
{
    QCOMPARE(Amount::fromBaseUnits(1).format(7), std::string("0.0000001"));
    QCOMPARE(Amount::fromBaseUnits(10000000).format(7), std::string("1"));
    QCOMPARE(Amount::fromBaseUnits(10000000).format(7, 2), std::string("1.00"));
    QCOMPARE(Amount::fromBaseUnits(12345).format(7, 2), std::string("0.0012345"));
    QCOMPARE(Amount::fromBaseUnits(0).format(18), std::string("0"));
    QCOMPARE(Amount::fromBaseUnits(0).format(18, 4), std::string("0.0000"));
    QCOMPARE(Amount::fromBaseUnits(kTwoTo64).format(18), std::string("18.446744073709551616"));
    QCOMPARE(Amount::fromBaseUnits(-1500000).format(6), std::string("-1.5"));
    QCOMPARE(Amount::fromBaseUnits(1234567500000).format(6, Amount::FormatOptions{2, true}),
             std::string("1,234,567.50"));
    QCOMPARE(Amount::fromBaseUnits(123).format(0, Amount::FormatOptions{0, true}), std::string("123"));
    QCOMPARE(Amount::max().format(0), std::string("170141183460469231731687303715884105727"));
    QCOMPARE(Amount::min().format(18), std::string("-170141183460469231731.687303715884105727"));
}

void TestAmount::formatRoundTripsRandomValues()
{
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 5000; ++i) {
        const int decimals = static_cast<int>(random->bounded(19));
        const int128 high = static_cast<int128>(random->generate64() >> random->bounded(64));
        int128 value = (high << 62) ^ static_cast<int128>(random->generate64());
        if (random->bounded(2))
            value = -value;
        const Amount amount = Amount::fromBaseUnits(value);
        const std::string text = amount.format(decimals, static_cast<int>(random->bounded(decimals + 1)));
        auto back = Amount::parse(text, decimals, Amount::Sign::AllowNegative);
        QVERIFY2(back.ok(), text.c_str());
        QCOMPARE(back.value(), amount);
    }
}

void TestAmount::parseErrorsHaveClearMessages()
{
    auto r = Amount::parse("0.00000001", 7);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, exchange::ErrorCode::InvalidInput);
    QCOMPARE(r.error().message, std::string("amount has more than 7 decimal places"));
    QVERIFY(Amount::parse("1e3", 7).error().message.find("exponent") != std::string::npos);
    QVERIFY(Amount::parse("1,000", 7).error().message.find("thousands") != std::string::npos);
    QVERIFY(Amount::parse("", 7).error().message.find("empty") != std::string::npos);
    QVERIFY(Amount::parse("-1", 7).error().message.find("sign") != std::string::npos);
    QCOMPARE(Amount::describe(PE::MalformedExponent, 7), std::string("amount has a malformed exponent (write it like 5e-05)"));
    QVERIFY(Amount::parse("9999999999999999999999999999999999999999", 0).error().message.find("range") != std::string::npos);
}

void TestAmount::arithmeticRefusesOverflow()
{
    QCOMPARE(Amount::fromBaseUnits(2).plus(Amount::fromBaseUnits(3)).value().baseUnits(), static_cast<int128>(5));
    QCOMPARE(Amount::fromBaseUnits(2).minus(Amount::fromBaseUnits(3)).value().baseUnits(), static_cast<int128>(-1));
    QVERIFY(!Amount::max().plus(Amount::fromBaseUnits(1)).ok());
    QVERIFY(Amount::max().plus(Amount::zero()).ok());
    QVERIFY(!Amount::min().minus(Amount::fromBaseUnits(1)).ok());
    QVERIFY(!Amount::min().plus(Amount::min()).ok());
    QCOMPARE(Amount::min().negated().value(), Amount::max());
    QVERIFY(!Amount::max().times(2).ok());
    QCOMPARE(Amount::fromBaseUnits(kTwoTo64).times(kTwoTo64 / 4).value().baseUnits(),
             static_cast<int128>(1) << 126);
    QVERIFY(!Amount::fromBaseUnits(kTwoTo64).times(kTwoTo64).ok());
}

void TestAmount::mulRatioRoundsAsAsked()
{
    const Amount ten = Amount::fromBaseUnits(10);
    QCOMPARE(ten.mulRatio(1, 3, Rounding::TowardZero).value().baseUnits(), static_cast<int128>(3));
    QCOMPARE(ten.mulRatio(1, 3, Rounding::AwayFromZero).value().baseUnits(), static_cast<int128>(4));
    QCOMPARE(ten.mulRatio(1, 3, Rounding::Floor).value().baseUnits(), static_cast<int128>(3));
    QCOMPARE(ten.mulRatio(1, 3, Rounding::Ceiling).value().baseUnits(), static_cast<int128>(4));
    const Amount minusTen = Amount::fromBaseUnits(-10);
    QCOMPARE(minusTen.mulRatio(1, 3, Rounding::TowardZero).value().baseUnits(), static_cast<int128>(-3));
    QCOMPARE(minusTen.mulRatio(1, 3, Rounding::AwayFromZero).value().baseUnits(), static_cast<int128>(-4));
    QCOMPARE(minusTen.mulRatio(1, 3, Rounding::Floor).value().baseUnits(), static_cast<int128>(-4));
    QCOMPARE(minusTen.mulRatio(1, 3, Rounding::Ceiling).value().baseUnits(), static_cast<int128>(-3));
    // Exact results are never nudged by the rounding direction.
    for (Rounding r : {Rounding::TowardZero, Rounding::AwayFromZero, Rounding::Floor, Rounding::Ceiling})
        QCOMPARE(Amount::fromBaseUnits(12).mulRatio(2, 3, r).value().baseUnits(), static_cast<int128>(8));
}

void TestAmount::mulRatioIsExactBeyond128Bits()
{
    // max * (2^127-1)/(2^127-1): the product needs 254 bits.
    QCOMPARE(Amount::max().mulRatio(kMax, kMax, Rounding::TowardZero).value(), Amount::max());
    // 2^100 * 2^100 / 2^90 = 2^110
    const int128 p100 = static_cast<int128>(1) << 100;
    QCOMPARE(Amount::fromBaseUnits(p100).mulRatio(p100, static_cast<int128>(1) << 90, Rounding::TowardZero)
                 .value().baseUnits(),
             static_cast<int128>(1) << 110);
    // (2^127-1) * 3 / 4 = 127605887595351923798765477786913079295.25
    auto r = Amount::max().mulRatio(3, 4, Rounding::TowardZero);
    QCOMPARE(r.value().format(0), std::string("127605887595351923798765477786913079295"));
    QCOMPARE(Amount::max().mulRatio(3, 4, Rounding::AwayFromZero).value().format(0),
             std::string("127605887595351923798765477786913079296"));
}

void TestAmount::mulRatioRefusesBadRatios()
{
    QVERIFY(!Amount::fromBaseUnits(1).mulRatio(1, 0, Rounding::Floor).ok());
    QVERIFY(!Amount::fromBaseUnits(1).mulRatio(1, -1, Rounding::Floor).ok());
    QVERIFY(!Amount::fromBaseUnits(1).mulRatio(-1, 1, Rounding::Floor).ok());
    QVERIFY(!Amount::max().mulRatio(2, 1, Rounding::Floor).ok());
    QVERIFY(!Amount::max().mulRatio(kMax, kMax - 1, Rounding::Floor).ok());
}

void TestAmount::baseUnitStringRoundTrips()
{
    QCOMPARE(Amount::fromBaseUnits(kTwoTo64).toBaseUnitString(), std::string("18446744073709551616"));
    QCOMPARE(Amount::fromBaseUnitString("-42").value().baseUnits(), static_cast<int128>(-42));
    QCOMPARE(Amount::fromBaseUnitString("170141183460469231731687303715884105727").value(), Amount::max());
    QVERIFY(!Amount::fromBaseUnitString("170141183460469231731687303715884105728").ok());
    QVERIFY(!Amount::fromBaseUnitString("1.5").ok());
    QVERIFY(!Amount::fromBaseUnitString("").ok());
    QVERIFY(!Amount::fromBaseUnitString("1e3").ok());
}

void TestAmount::usableInQVariant()
{
    const Amount a = Amount::fromBaseUnits(kTwoTo64 + 7);
    const QVariant v = QVariant::fromValue(a);
    QVERIFY(v.canConvert<Amount>());
    QCOMPARE(v.value<Amount>(), a);
    QVERIFY(v == QVariant::fromValue(Amount::fromBaseUnits(kTwoTo64 + 7)));
    QVERIFY(v != QVariant::fromValue(Amount::fromBaseUnits(kTwoTo64)));
}

QTEST_APPLESS_MAIN(TestAmount)
#include "tst_amount.moc"
