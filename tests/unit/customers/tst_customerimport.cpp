// Importing customers on this run's backend: a CSV file with a header
// (RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes)
// or JSON lines adds or updates by external id and says per line what it
// did; importing the same file again changes nothing and says so; a
// malformed line 3, a duplicate external id or a change the store refuses
// (an email another customer has) refuses the whole file with its line
// number and writes nothing; 1,000 lines go in at once.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/customers/customerfile.h"
#include "core/customers/customerservice.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QTest>

using namespace exchange;
using namespace exchange::customers;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// What an import said, one "line:outcome:external id" per line.
QStringList said(const std::vector<ImportLine> &lines)
{
    QStringList out;
    for (const ImportLine &l : lines)
        out << QStringLiteral("%1:%2:%3").arg(l.line).arg(QLatin1String(importOutcomeName(l.outcome)), l.externalId);
    return out;
}

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *text : list)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace

class TestCustomerImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void csvAddsThenUpdatesAndSaysWhatItDid();
    void jsonLinesAddAndUpdate();
    void aBadLineThreeRefusesTheWholeFile_data();
    void aBadLineThreeRefusesTheWholeFile();
    void aChangeTheStoreRefusesRefusesTheWholeFile();
    void aThousandLinesAtOnce();

private:
    QString snapshot();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<CustomerService> m_service;
    Actor m_operator = Actor::fromOperator(11, "oscar", Role::Operator);
};

void TestCustomerImport::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    addTestOperators(*m_db, {m_operator});
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_service = std::make_unique<CustomerService>(*m_db, m_clock, *m_audit);
}

void TestCustomerImport::cleanup()
{
    m_service.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

QString TestCustomerImport::snapshot()
{
    QString text;
    for (const Customer &c : CustomerRepository(m_db->connection()).list().value())
        text += QStringLiteral("%1|%2|%3|%4\n").arg(c.externalId, c.name, c.email).arg(c.updatedAtMs);
    return text + QString::number(m_audit->list().value().size());
}

void TestCustomerImport::csvAddsThenUpdatesAndSaysWhatItDid()
{
    // Line 3's name holds a comma and quotes; line 4's name runs over two
    // lines of the file, so line 6 is the next record. CRLF as RFC 4180 writes it.
    const QByteArray file = "external_id,name,email\r\n"
                            "web:1,Ada Lovelace,ada@example.org\r\n"
                            "web:2,\"Hopper, Grace \"\"Amazing\"\"\",\r\n"
                            "web:3,\"Alan\r\nTuring\",alan@example.org\r\n"
                            "\r\n"
                            "web:4,Edsger,\r\n";
    auto first = m_service->import(m_operator, file);
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(said(first.value()), texts({"2:added:web:1", "3:added:web:2", "4:added:web:3", "7:added:web:4"}));
    CustomerRepository repo(m_db->connection());
    QCOMPARE(repo.findByExternalId(QStringLiteral("web:2")).value().name, QStringLiteral("Hopper, Grace \"Amazing\""));
    QCOMPARE(repo.findByExternalId(QStringLiteral("web:2")).value().email, QString());
    QCOMPARE(repo.findByExternalId(QStringLiteral("web:3")).value().name, QStringLiteral("Alan\r\nTuring"));
    QCOMPARE(repo.findByExternalId(QStringLiteral("web:1")).value().email, QStringLiteral("ada@example.org"));
    QCOMPARE(first.value()[0].customerId, repo.findByExternalId(QStringLiteral("web:1")).value().id);
    QCOMPARE(m_audit->list().value().size(), std::size_t(4));

    // The same file again: nothing changes, every line says so.
    const QString before = snapshot();
    m_clock.advance(1000);
    auto again = m_service->import(m_operator, file);
    QVERIFY(again.ok());
    QCOMPARE(said(again.value()), texts({"2:unchanged:web:1", "3:unchanged:web:2", "4:unchanged:web:3", "7:unchanged:web:4"}));
    QCOMPARE(snapshot(), before);

    // Columns in another order, without email: the stored email is kept.
    auto renamed = m_service->import(m_operator, "name,external_id\nAda King,web:1\nEdsger,web:4\nBarbara,web:5\n");
    QVERIFY(renamed.ok());
    QCOMPARE(said(renamed.value()), texts({"2:updated:web:1", "3:unchanged:web:4", "4:added:web:5"}));
    const Customer ada = repo.findByExternalId(QStringLiteral("web:1")).value();
    QCOMPARE(ada.name, QStringLiteral("Ada King"));
    QCOMPARE(ada.email, QStringLiteral("ada@example.org"));
    QCOMPARE(ada.updatedAtMs, m_clock.nowMs());
    const auto audit = m_audit->list().value(); // newest first
    QCOMPARE(audit.size(), std::size_t(6));
    QCOMPARE(audit[1].action, std::string("customer.update"));
    QVERIFY(audit[1].before.find("Ada Lovelace") != std::string::npos);
    QVERIFY(audit[1].after.find("Ada King") != std::string::npos);
}

void TestCustomerImport::jsonLinesAddAndUpdate()
{
    const QByteArray file = "{\"external_id\": \"u-1\", \"name\": \"Ada\", \"email\": \"ada@example.org\"}\n"
                            "\n"
                            "{\"external_id\": \"u-2\", \"name\": \"Grace\", \"email\": null}\n"
                            "{\"name\": \"Alan\", \"external_id\": \"u-3\"}\n";
    auto first = m_service->import(m_operator, file);
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(said(first.value()), texts({"1:added:u-1", "3:added:u-2", "4:added:u-3"}));
    QCOMPARE(said(m_service->import(m_operator, file).value()), texts({"1:unchanged:u-1", "3:unchanged:u-2", "4:unchanged:u-3"}));
    auto second = m_service->import(m_operator, "{\"external_id\": \"u-1\", \"name\": \"Ada\", \"email\": null}\n");
    QVERIFY(second.ok());
    QCOMPARE(said(second.value()), texts({"1:updated:u-1"}));
    QCOMPARE(CustomerRepository(m_db->connection()).findByExternalId(QStringLiteral("u-1")).value().email, QString());
}

void TestCustomerImport::aBadLineThreeRefusesTheWholeFile_data()
{
    QTest::addColumn<QByteArray>("file");
    const QByteArray csv = "external_id,name,email\nweb:1,Ada,ada@example.org\n";
    QTest::newRow("csv: too few fields") << csv + "web:2,Grace\nweb:3,Alan,\n";
    QTest::newRow("csv: too many fields") << csv + "web:2,Grace,,x\nweb:3,Alan,\n";
    QTest::newRow("csv: bad external id") << csv + "web 2,Grace,\nweb:3,Alan,\n";
    QTest::newRow("csv: no name") << csv + "web:2,,\nweb:3,Alan,\n";
    QTest::newRow("csv: not an email") << csv + "web:2,Grace,grace at example\nweb:3,Alan,\n";
    QTest::newRow("csv: a quote inside a field") << csv + "web:2,Gr\"ace,\nweb:3,Alan,\n";
    QTest::newRow("csv: text after a closing quote") << csv + "web:2,\"Grace\"x,\nweb:3,Alan,\n";
    QTest::newRow("csv: a quote never closed") << csv + "web:2,\"Grace,\nweb:3,Alan,\n";
    QTest::newRow("csv: an external id twice") << csv + "web:1,Grace,\nweb:3,Alan,\n";
    QTest::newRow("csv: a reserved id") << csv + "c-99,Grace,\nweb:3,Alan,\n";
    const QByteArray jsonl = "{\"external_id\": \"u-1\", \"name\": \"Ada\"}\n{\"external_id\": \"u-2\", \"name\": \"Grace\"}\n";
    QTest::newRow("jsonl: not JSON") << jsonl + "{\"external_id\": \"u-3\", \"name\": \n";
    QTest::newRow("jsonl: an array") << jsonl + "[\"u-3\", \"Alan\"]\n";
    QTest::newRow("jsonl: an unknown key") << jsonl + "{\"external_id\": \"u-3\", \"name\": \"Alan\", \"phone\": \"1\"}\n";
    QTest::newRow("jsonl: a number for a name") << jsonl + "{\"external_id\": \"u-3\", \"name\": 7}\n";
    QTest::newRow("jsonl: no external id") << jsonl + "{\"name\": \"Alan\"}\n";
    QTest::newRow("jsonl: an external id twice") << jsonl + "{\"external_id\": \"u-1\", \"name\": \"Alan\"}\n";
}

void TestCustomerImport::aBadLineThreeRefusesTheWholeFile()
{
    QFETCH(QByteArray, file);
    QVERIFY(m_service->add(m_operator, QStringLiteral("old:1"), QStringLiteral("Old"), QString()).ok());
    const QString before = snapshot();
    auto refused = m_service->import(m_operator, file);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().id, MessageId::CustomerImportRefused);
    QCOMPARE(refused.error().args.front(), std::string("3"));
    QVERIFY2(refused.error().message.rfind("line 3: ", 0) == 0, refused.error().message.c_str());
    QCOMPARE(snapshot(), before);
}

void TestCustomerImport::aChangeTheStoreRefusesRefusesTheWholeFile()
{
    QVERIFY(m_service->add(m_operator, QStringLiteral("old:1"), QStringLiteral("Old"), QStringLiteral("taken@example.org")).ok());
    const QString before = snapshot();
    auto refused = m_service->import(m_operator, "external_id,name,email\nweb:1,Ada,\nold:1,Old Renamed,taken@example.org\nweb:2,Grace,taken@example.org\n");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(refused.error().args.front(), std::string("4"));
    QCOMPARE(snapshot(), before);
}

void TestCustomerImport::aThousandLinesAtOnce()
{
    QByteArray file = "external_id,name,email\n";
    for (int i = 1; i <= 1000; ++i)
        file += QStringLiteral("acme:%1,\"Customer %1, Ltd\",c%1@example.org\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
    auto imported = m_service->import(m_operator, file);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(imported.value().size(), std::size_t(1000));
    QCOMPARE(imported.value().back().line, 1001);
    QCOMPARE(imported.value().back().outcome, ImportOutcome::Added);
    QCOMPARE(CustomerRepository(m_db->connection()).count().value(), qint64(1000));
    QCOMPARE(CustomerRepository(m_db->connection()).findByExternalId(QStringLiteral("acme:0500")).value().name,
             QStringLiteral("Customer 0500, Ltd"));
    auto again = m_service->import(m_operator, file);
    QVERIFY(again.ok());
    for (const ImportLine &l : again.value())
        QCOMPARE(l.outcome, ImportOutcome::Unchanged);
    QVERIFY(m_audit->verify().value().intact);
}

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
