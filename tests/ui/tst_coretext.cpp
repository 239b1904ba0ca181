// What the core says reaches the operator in the operator's language:
// every message of core/base/message.h has its tr() text in CoreText, which
// reads like the core's English (same words, same placeholders), reads back
// from its stored English as itself, and is translated into German and
// Russian with the same placeholders. Amounts and numbers in a message
// follow the language's format. Stored English that is not a message is
// shown as it is.

#include "models/coretext.h"
#include "ui/language.h"

#include "core/base/message.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using exchange::Message;
using exchange::MessageId;

namespace {

// Arguments of the kinds a message takes, distinct from each other so that a
// swapped placeholder shows.
std::vector<std::string> sampleArgs(MessageId id)
{
    std::vector<std::string> args;
    int n = 0;
    for (char kind : exchange::messageKinds(id)) {
        ++n;
        switch (kind) {
        case 'n': args.push_back(std::to_string(1200 + n)); break;
        case 'a': args.push_back(std::to_string(10500 + n) + ".25"); break;
        case 'm': args.push_back(exchange::messageEnglish(MessageId::WrongCredentials)); break;
        default: args.push_back("Name" + std::to_string(n)); break;
        }
    }
    return args;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestCoreText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everyMessageReadsLikeTheCoresEnglish()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QVERIFY(!exchange::allMessageIds().empty());
        for (MessageId id : exchange::allMessageIds()) {
            const Message message{id, sampleArgs(id)};
            QCOMPARE(CoreText::pattern(id), QString::fromUtf8(exchange::messageEnglish(id)));
            QCOMPARE(CoreText::text(message, english), QString::fromStdString(message.english()));
        }
    }

    void everyMessageReadsBackAsItself()
    {
        for (MessageId id : exchange::allMessageIds()) {
            const Message message{id, sampleArgs(id)};
            const auto back = Message::parse(message.english());
            QVERIFY2(back.has_value(), exchange::messageName(id));
            QVERIFY2(back->id == id, qPrintable(QStringLiteral("%1 reads back as %2")
                                                    .arg(QLatin1String(exchange::messageName(id)),
                                                         QLatin1String(exchange::messageName(back->id)))));
            QVERIFY2(back->args == message.args, exchange::messageName(id));
        }
    }

    void storedTextThatIsNoMessageIsShownAsItIs()
    {
        QCOMPARE(CoreText::stored(std::string("the node said: 502 Bad Gateway")),
                 QStringLiteral("the node said: 502 Bad Gateway"));
        QCOMPARE(CoreText::stored(std::string()), QString());
        const exchange::Error plain{exchange::ErrorCode::Internal, "disk I/O error"};
        QCOMPARE(CoreText::error(plain), QStringLiteral("disk I/O error"));
    }

    void errorsCarryTheirMessage()
    {
        const exchange::Error e = exchange::makeError(exchange::ErrorCode::LimitExceeded, MessageId::LimitWindowExceeded,
                                                      {"24", "10500.00", "10000.00", "XLM"});
        QCOMPARE(e.message, std::string("24h: 10,500.00 of 10,000.00 XLM"));
        QCOMPARE(e.id, MessageId::LimitWindowExceeded);
        QCOMPARE(e.args.size(), std::size_t(4));
    }

    void germanAndRussianSayEveryMessage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void germanAndRussianSayEveryMessage()
    {
        QFETCH(QString, language);
        QVERIFY(installLanguage(*QCoreApplication::instance(), language));
        QStringList untranslated;
        for (MessageId id : exchange::allMessageIds()) {
            const QString english = QString::fromUtf8(exchange::messageEnglish(id));
            const QString translated = CoreText::pattern(id);
            if (translated == english)
                untranslated << QLatin1String(exchange::messageName(id));
            else
                QVERIFY2(placeholders(translated) == placeholders(english), exchange::messageName(id));
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(language + QStringLiteral(" lacks: ") + untranslated.join(u", ")));
        installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void aStoredLineIsSaidReasonByReasonOrAsOneMessage()
    {
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));
        const QLocale german(QLocale::German, QLocale::Germany);
        // Two reasons, each a message: each said on its own.
        const Message first{MessageId::LimitWindowExceeded, {"24", "10500.00", "10000.00", "XLM"}};
        const Message second{MessageId::LimitWindowExceeded, {"72", "30500.00", "30000.00", "XLM"}};
        QCOMPARE(CoreText::stored(first.english() + "; " + second.english(), german),
                 CoreText::text(first, german) + QStringLiteral("; ") + CoreText::text(second, german));
        // One message with "; " in its own text: said as that message.
        const Message wait{MessageId::WrongCredentialsWait, {"40"}};
        QCOMPARE(CoreText::stored(wait.english(), german), CoreText::text(wait, german));
        installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void amountsFollowTheLanguage()
    {
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));
        const QString german = CoreText::stored(std::string("24h: 10,500.00 of 10,000.00 XLM; 72h: 30,500.00 of 30,000.00 XLM"),
                                                QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(german.contains(QStringLiteral("10.500,00")) && german.contains(QStringLiteral("30.000,00")),
                 qPrintable(german));
        QVERIFY2(!german.contains(QStringLiteral(" of ")), qPrintable(german));
        installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestCoreText)
#include "tst_coretext.moc"
