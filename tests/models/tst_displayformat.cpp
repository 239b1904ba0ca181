// displayformat: an amount shows exactly its asset's display precision in
// the language's separators, cut toward zero with "≈ " only when a cut
// digit was not zero; the exact text keeps every digit, is the same in
// every language and parses back into the same Amount; a time reads the
// same way for one instant in one language, with seconds.

#include "models/displayformat.h"

#include <QTest>

using exchange::Amount;
using exchange::Asset;

namespace {

const Asset kEth{"ETH", "Ether", exchange::Chain::Ethereum, 18, 4, {}};
const Asset kXlm{"XLM", "Stellar Lumens", exchange::Chain::Stellar, 7, 2, {}};
const Asset kAlgo{"ALGO", "Algo", exchange::Chain::Algorand, 6, 0, {}};

Amount parsed(const char *text, const Asset &asset)
{
    return Amount::parse(text, asset.decimals, Amount::Sign::AllowNegative).value();
}

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kRussian(QLocale::Russian, QLocale::Russia);

} // namespace

class TestDisplayFormat final : public QObject
{
    Q_OBJECT
private slots:
    void displayPrecision_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        // The Ledger's 18 decimals and a whole amount read alike.
        QTest::newRow("eth 18 decimals") << "45.686843668515307538" << "ETH" << "≈ 45.6868" << "≈ 45,6868";
        QTest::newRow("eth whole") << "30" << "ETH" << "30.0000" << "30,0000";
        // Hidden digits that are all zero are not a rounding.
        QTest::newRow("hidden zeros") << "1.234500000000000000" << "ETH" << "1.2345" << "1,2345";
        // Toward zero: never up, even a wei short of the next digit.
        QTest::newRow("just below") << "1.234599999999999999" << "ETH" << "≈ 1.2345" << "≈ 1,2345";
        QTest::newRow("one wei") << "0.000000000000000001" << "ETH" << "≈ 0.0000" << "≈ 0,0000";
        QTest::newRow("one wei over") << "2.000000000000000001" << "ETH" << "≈ 2.0000" << "≈ 2,0000";
        QTest::newRow("zero") << "0" << "ETH" << "0.0000" << "0,0000";
        // Negative amounts keep their sign and are cut toward zero too.
        QTest::newRow("negative") << "-1234567.8915" << "XLM" << "≈ -1,234,567.89" << "≈ -1.234.567,89";
        QTest::newRow("negative exact") << "-0.5" << "XLM" << "-0.50" << "-0,50";
        QTest::newRow("grouping") << "1234.56" << "XLM" << "1,234.56" << "1.234,56";
        QTest::newRow("grouping millions") << "12345678" << "XLM" << "12,345,678.00" << "12.345.678,00";
        QTest::newRow("three digits") << "999.99" << "XLM" << "999.99" << "999,99";
        // A display precision of 0: no decimal point at all.
        QTest::newRow("whole only") << "1234.000001" << "ALGO" << "≈ 1,234" << "≈ 1.234";
        QTest::newRow("whole only exact") << "1234" << "ALGO" << "1,234" << "1.234";
    }
    void displayPrecision()
    {
        QFETCH(QString, value);
        QFETCH(QString, asset);
        QFETCH(QString, english);
        QFETCH(QString, german);
        const Asset &a = asset == u"ETH" ? kEth : asset == u"XLM" ? kXlm : kAlgo;
        const Amount amount = parsed(value.toLatin1().constData(), a);
        QCOMPARE(displayformat::amountText(amount, a, kEnglish), english);
        QCOMPARE(displayformat::amountText(amount, a, kGerman), german);
        QCOMPARE(displayformat::isRounded(amount, a.decimals, a.displayDecimals), english.startsWith(u'≈'));
    }

    void russianSeparators()
    {
        // Russian groups with a no-break space and uses a decimal comma.
        QCOMPARE(displayformat::amountText(parsed("1234567.891", kXlm), kXlm, kRussian),
                 QStringLiteral("≈ 1\u00A0234\u00A0567,89"));
        QCOMPARE(displayformat::amountText(parsed("-0.5", kXlm), kXlm, kRussian), QStringLiteral("-0,50"));
    }

    void defaultLocaleIsTheLanguage()
    {
        const QLocale before;
        QLocale::setDefault(kGerman);
        const QString text = displayformat::amountText(parsed("1234.56", kXlm), kXlm);
        QLocale::setDefault(before);
        QCOMPARE(text, QStringLiteral("1.234,56"));
    }

    void exactText()
    {
        const Amount eth = parsed("45.686843668515307538", kEth);
        // Every digit, '.', no grouping, in every language.
        QCOMPARE(displayformat::exactAmountText(eth, kEth), QStringLiteral("45.686843668515307538"));
        QCOMPARE(displayformat::exactAmountTooltip(eth, kEth), QStringLiteral("45.686843668515307538 ETH"));
        const QLocale before;
        QLocale::setDefault(kRussian);
        const QString big = displayformat::exactAmountText(parsed("-1234567.8915", kXlm), kXlm);
        QLocale::setDefault(before);
        QCOMPARE(big, QStringLiteral("-1234567.8915"));
        QCOMPARE(displayformat::exactAmountText(parsed("0.000000000000000001", kEth), kEth),
                 QStringLiteral("0.000000000000000001"));
        QCOMPARE(displayformat::exactAmountText(parsed("30", kEth), kEth), QStringLiteral("30"));
    }

    void exactTextParsesBack()
    {
        // What Copy gives pastes back into the console's own amount fields.
        for (const char *value : {"45.686843668515307538", "0.000000000000000001", "1234567", "0"}) {
            const Amount amount = parsed(value, kEth);
            const auto back = Amount::parse(displayformat::exactAmountText(amount, kEth).toStdString(), kEth.decimals);
            QVERIFY2(back.ok(), value);
            QCOMPARE(back.value(), amount);
        }
    }

    void largestAmount()
    {
        // 2^127 - 1 base units: grouping and the cut work on the digits alone.
        QCOMPARE(displayformat::amountText(Amount::max(), kEth, kEnglish),
                 QStringLiteral("≈ 170,141,183,460,469,231,731.6873"));
        QCOMPARE(displayformat::exactAmountText(Amount::max(), kEth),
                 QStringLiteral("170141183460469231731.687303715884105727"));
    }

    void dateTime()
    {
        const QDateTime when(QDate(2026, 12, 5), QTime(22, 13, 5));
        QCOMPARE(displayformat::dateTimeText(when, kGerman), QStringLiteral("05.12.26 22:13:05"));
        QCOMPARE(displayformat::dateTimeText(when, kRussian), QStringLiteral("05.12.2026 22:13:05"));
        QCOMPARE(displayformat::dateTimeText(when, kEnglish), QStringLiteral("12/5/26 10:13:05 PM"));
        // The same instant given in UTC reads as the local time.
        QCOMPARE(displayformat::dateTimeText(when.toUTC(), kGerman), QStringLiteral("05.12.26 22:13:05"));
        QCOMPARE(displayformat::dateTimeText(when.toMSecsSinceEpoch(), kGerman), QStringLiteral("05.12.26 22:13:05"));
        QCOMPARE(displayformat::dateTimeText(qint64(0), kGerman), QString());
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
