// exctl vault init and vault pin through the real exctl binary, on the
// backend of this run: a vault created without --operator pins no admin
// key and says that nothing is signed until one is; `vault pin` needs an
// admin signed in with --operator, pins that admin's signing key with the
// passphrase, says so, and is a no-op for the same admin again; another
// admin cannot swap the pin, and nothing changes when refused.

#include "core/security/role.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include "core/store/database.h"
#include "core/store/existingdatabase.h"
#include "core/store/sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestExctlVaultPin : public QObject
{
    Q_OBJECT
private slots:
    void aVaultInitWithoutAnAdminPinsNothingUntilVaultPin();

private:
    int pins(const QString &url) const;
};

int TestExctlVaultPin::pins(const QString &url) const
{
    auto db = exchange::openExistingDatabase(url);
    if (!db)
        return -1;
    auto q = exchange::sql::run(db.value()->connection(),
                                QStringLiteral("SELECT COUNT(*) FROM vault_keys WHERE name = 'trust:admin-key'"));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestExctlVaultPin::aVaultInitWithoutAnAdminPinsNothingUntilVaultPin()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString passphraseFile = dir.filePath(QStringLiteral("passphrase"));
    {
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("vault pin test passphrase\n");
    }
    const QStringList withPassphrase{QStringLiteral("--vault-passphrase-file"), passphraseFile};
    QCOMPARE(runExctl(db.url(), {QStringLiteral("init")}).code, 0);
    ExctlPeople people(db.url());
    for (const QString &name : {QStringLiteral("ada"), QStringLiteral("bob")}) {
        const QString refused = people.enrol(name, exchange::security::Role::Admin);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

    const ExctlRun made = runExctl(db.url(), QStringList{QStringLiteral("vault"), QStringLiteral("init")} + withPassphrase);
    QCOMPARE(made.code, 0);
    QVERIFY2(made.out.contains(QStringLiteral("nothing is signed")) && made.out.contains(QStringLiteral("vault pin")),
             qPrintable(made.out));
    QCOMPARE(pins(db.url()), 0);

    // Without --operator there is nobody to pin.
    const ExctlRun nobody = runExctl(db.url(), QStringList{QStringLiteral("vault"), QStringLiteral("pin")} + withPassphrase);
    QCOMPARE(nobody.code, 1);
    QVERIFY2(nobody.err.contains(QStringLiteral("exctl --operator ADMIN vault pin")), qPrintable(nobody.err));
    QCOMPARE(pins(db.url()), 0);

    const ExctlRun pinned = people.as(QStringLiteral("ada"), QStringList{QStringLiteral("vault"), QStringLiteral("pin")} + withPassphrase);
    QVERIFY2(pinned.code == 0, qPrintable(pinned.err));
    QVERIFY2(pinned.out.contains(QStringLiteral("pins ada's signing key")), qPrintable(pinned.out));
    QCOMPARE(pins(db.url()), 1);
    // The same admin again: nothing to do, and said so the same way.
    const ExctlRun again = people.as(QStringLiteral("ada"), QStringList{QStringLiteral("vault"), QStringLiteral("pin")} + withPassphrase);
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(pins(db.url()), 1);
    // Another admin cannot swap it.
    const ExctlRun swap = people.as(QStringLiteral("bob"), QStringList{QStringLiteral("vault"), QStringLiteral("pin")} + withPassphrase);
    QCOMPARE(swap.code, 1);
    QVERIFY2(swap.err.contains(QStringLiteral("already pins")), qPrintable(swap.err));
    QCOMPARE(pins(db.url()), 1);
}

QTEST_GUILESS_MAIN(TestExctlVaultPin)
#include "tst_exctlvaultpin.moc"
