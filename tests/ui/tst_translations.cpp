// The translations are complete and current: every message of
// translations/*.ts is translated (none unfinished, none empty, every
// plural form of the language filled), keeps its placeholders and its one
// accelerator, every tr() string of the sources is in every file (lupdate
// run afresh finds nothing new), and the compiled-in German and Russian
// translations load and translate. The core has no tr() strings (it speaks
// English through core/base/message.h; models/coretext translates), so
// lupdate reads only the console's folders.

#include "ui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // of the translation: "" when finished
    QStringList forms; // the translation, or each plural form
};

QList<Message> readTs(const QString &path, QString *language = nullptr)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS" && language)
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        else if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = Message{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus) {
                current.forms << xml.readElementText();
                messages << current;
            } else {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
                messages << current;
            }
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    return static_cast<int>(text.count(u'&'));
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(EXCHANGE_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("exchange_*.ts")}, QDir::Files))
        files << dir.absoluteFilePath(name);
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanAndRussianAreThere()
    {
        QStringList names;
        for (const QString &file : tsFiles())
            names << QFileInfo(file).fileName();
        QCOMPARE(names, (QStringList{QStringLiteral("exchange_de.ts"), QStringLiteral("exchange_ru.ts")}));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QString language;
        const QList<Message> messages = readTs(file, &language);
        QVERIFY(messages.size() > 500);
        const int forms = language == u"ru" ? 3 : 2;
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(" is ") + m.type;
            if (m.numerus && m.forms.size() != forms)
                problems << where + QStringLiteral(" has %1 plural forms, %2 wanted").arg(m.forms.size()).arg(forms);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" is untranslated");
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << where + QStringLiteral(" -> \"") + form + QStringLiteral("\" changes the placeholders");
                if (accelerators(form) != accelerators(m.source))
                    problems << where + QStringLiteral(" -> \"") + form + QStringLiteral("\" changes the & accelerators");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    // lupdate over the sources now: every string it finds is in the files.
    void everySourceStringIsInTheFiles()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(EXCHANGE_SOURCE_DIR));
        lupdate.start(QStringLiteral(EXCHANGE_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("app/exconsole"), QStringLiteral("ui"), QStringLiteral("models"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> wanted;
        for (const Message &m : readTs(fresh))
            wanted << m.context + u'\x1f' + m.source;
        QVERIFY(wanted.size() > 500);
        for (const QString &file : tsFiles()) {
            QSet<QString> have;
            for (const Message &m : readTs(file))
                have << m.context + u'\x1f' + m.source;
            QStringList missing;
            for (const QString &key : wanted - have)
                missing << QString(key).replace(u'\x1f', QStringLiteral(": "));
            missing.sort();
            QVERIFY2(missing.isEmpty(), qPrintable(QFileInfo(file).fileName() + QStringLiteral(" lacks (run scripts/update-translations.sh):\n")
                                                   + missing.mid(0, 20).join(u'\n')));
        }
    }

    void theCompiledTranslationsLoad()
    {
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));
        const QString dashboard = QCoreApplication::translate("MainWindow", "Dashboard");
        QVERIFY(!dashboard.isEmpty());
        QVERIFY2(dashboard != u"Dashboard" || QCoreApplication::translate("MainWindow", "&View") != u"&View",
                 "the German translation does not translate the main window");
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("ru")));
        QVERIFY(QCoreApplication::translate("MainWindow", "&Help").contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))));
        QVERIFY(!installLanguage(*QCoreApplication::instance(), QStringLiteral("fr"))); // no French
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
