// Replays every input under tests/fuzz/regressions/<target>/ (crashes the
// fuzzers found, plus seed inputs) through the same entry functions the
// libFuzzer targets use, in every ordinary test run.

#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(EXCHANGE_FUZZ_REGRESSIONS));
        for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(root.filePath(target));
            for (const QString &file : dir.entryList(QDir::Files))
                QTest::newRow(qPrintable(target + QLatin1Char('/') + file)) << target << dir.filePath(file);
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const auto entry = fuzzentries::byName(target.toStdString());
        QVERIFY2(entry, "unknown fuzz target directory");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        // A regression aborts the process; reaching the end is the pass.
        QCOMPARE(entry(reinterpret_cast<const std::uint8_t *>(input.constData()), static_cast<std::size_t>(input.size())), 0);
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
