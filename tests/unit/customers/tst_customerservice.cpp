// CustomerService on this run's backend: add, update, freeze, unfreeze and
// close, each audited with before and after in its own transaction; finding
// by internal id, external id and a fragment of id, name or email; and the
// refusals (a taken, malformed or reserved external id, a taken email, an
// unknown customer, freezing twice, unfreezing an active customer, closing
// with a balance or a hold, a role that may not, the command line's
// cli:<user>), each of which changes nothing.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/customers/customerservice.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::customers;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

QJsonObject json(const std::string &text)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

} // namespace

class TestCustomerService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addsFindsAndAudits();
    void updateFreezeUnfreezeCloseAreAuditedWithBeforeAndAfter();
    void refusalsChangeNothing();
    void closingNeedsNothingOnAnyAccountAndNothingHeld();
    void onlyOperatorsAndAdminsSignedInManageCustomers();
    void addWithoutAnExternalIdGetsTheGeneratedOne();

private:
    // Rows and audit records: what a refusal must leave as it was.
    QString snapshot();
    std::size_t auditCount() { return m_audit->list().value().size(); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<CustomerService> m_service;
    Actor m_operator = Actor::fromOperator(11, "oscar", Role::Operator);
};

void TestCustomerService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    addTestOperators(*m_db, {m_operator, Actor::fromOperator(12, "vera", Role::Viewer),
                             Actor::fromOperator(13, "april", Role::Approver), Actor::fromOperator(14, "adam", Role::Admin)});
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_service = std::make_unique<CustomerService>(*m_db, m_clock, *m_audit);
}

void TestCustomerService::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok() && report.value().clean());
        QVERIFY(m_audit->verify().value().intact);
    }
    m_service.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

QString TestCustomerService::snapshot()
{
    QString text;
    for (const Customer &c : CustomerRepository(m_db->connection()).list().value())
        text += QStringLiteral("%1|%2|%3|%4|%5|%6\n")
                    .arg(c.id)
                    .arg(c.externalId, c.name, c.email, QString::fromLatin1(customerStateName(c.state).data()))
                    .arg(c.updatedAtMs);
    return text + QString::number(auditCount());
}

void TestCustomerService::addsFindsAndAudits()
{
    auto ada = m_service->add(m_operator, QStringLiteral("web:1001"), QStringLiteral("  Ada Lovelace "), QStringLiteral("ada@example.org"));
    QVERIFY2(ada.ok(), ada.ok() ? "" : ada.error().message.c_str());
    QCOMPARE(ada.value().externalId, QStringLiteral("web:1001"));
    QCOMPARE(ada.value().name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(ada.value().email, QStringLiteral("ada@example.org"));
    QCOMPARE(ada.value().state, CustomerState::Active);
    QCOMPARE(ada.value().createdAtMs, m_clock.nowMs());
    m_clock.advance(1000);
    QVERIFY(m_service->add(m_operator, QStringLiteral("web:1002"), QStringLiteral("Grace Hopper"), QString()).ok());
    QVERIFY(m_service->add(m_operator, QStringLiteral("B-7.x_y"), QStringLiteral("Alan"), QStringLiteral("turing@example.org")).ok());

    QCOMPARE(m_service->find(ada.value().id).value().externalId, QStringLiteral("web:1001"));
    QCOMPARE(m_service->findByExternalId(QStringLiteral("web:1002")).value().name, QStringLiteral("Grace Hopper"));
    QCOMPARE(m_service->findByExternalId(QStringLiteral("web:9")).error().code, ErrorCode::NotFound);
    const auto externalIds = [&](const CustomerQuery &q) {
        QStringList ids;
        for (const Customer &c : m_service->search(q).value())
            ids << c.externalId;
        return ids;
    };
    QCOMPARE(externalIds({std::nullopt, QStringLiteral("HOPPER")}), QStringList{QStringLiteral("web:1002")});
    QCOMPARE(externalIds({std::nullopt, QStringLiteral("example.org")}), (QStringList{QStringLiteral("web:1001"), QStringLiteral("B-7.x_y")}));
    QCOMPARE(externalIds({std::nullopt, QStringLiteral("web:")}), (QStringList{QStringLiteral("web:1001"), QStringLiteral("web:1002")}));
    // LIKE's wildcards in the text match themselves only.
    QCOMPARE(externalIds({std::nullopt, QStringLiteral("x_y")}), QStringList{QStringLiteral("B-7.x_y")});
    QCOMPARE(externalIds({std::nullopt, QStringLiteral("%")}), QStringList());
    QCOMPARE(externalIds({CustomerState::Frozen, QString()}), QStringList());
    QCOMPARE(externalIds({std::nullopt, QString(), 1, 1}), QStringList{QStringLiteral("web:1002")});

    const auto entries = m_audit->list().value();
    QCOMPARE(entries.size(), std::size_t(3));
    const auto &first = entries.back(); // newest first
    QCOMPARE(first.action, std::string("customer.add"));
    QCOMPARE(first.objectType, std::string("customer"));
    QCOMPARE(first.objectId, std::to_string(ada.value().id));
    QCOMPARE(first.actorName, std::string("oscar"));
    QVERIFY(first.before.empty());
    QCOMPARE(json(first.after).value(QStringLiteral("external_id")).toString(), QStringLiteral("web:1001"));
    QCOMPARE(json(first.after).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
}

void TestCustomerService::updateFreezeUnfreezeCloseAreAuditedWithBeforeAndAfter()
{
    const Customer ada = m_service->add(m_operator, QStringLiteral("web:1"), QStringLiteral("Ada"), QStringLiteral("ada@example.org")).value();
    m_clock.advance(5000);
    auto updated = m_service->update(m_operator, QStringLiteral("web:1"), QStringLiteral("Ada King"), std::nullopt);
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().name, QStringLiteral("Ada King"));
    QCOMPARE(updated.value().email, QStringLiteral("ada@example.org")); // not given: kept
    QCOMPARE(updated.value().updatedAtMs, m_clock.nowMs());
    QCOMPARE(updated.value().createdAtMs, ada.createdAtMs);
    auto noEmail = m_service->update(m_operator, QStringLiteral("web:1"), std::nullopt, QString());
    QVERIFY(noEmail.ok());
    QCOMPARE(noEmail.value().email, QString());
    QCOMPARE(noEmail.value().name, QStringLiteral("Ada King"));

    QCOMPARE(m_service->freeze(m_operator, QStringLiteral("web:1")).value().state, CustomerState::Frozen);
    QCOMPARE(m_service->find(ada.id).value().state, CustomerState::Frozen);
    QCOMPARE(m_service->unfreeze(m_operator, QStringLiteral("web:1")).value().state, CustomerState::Active);
    QCOMPARE(m_service->freeze(m_operator, QStringLiteral("web:1")).value().state, CustomerState::Frozen);
    // A frozen customer with nothing on their accounts may be closed.
    QCOMPARE(m_service->close(m_operator, QStringLiteral("web:1")).value().state, CustomerState::Closed);

    const auto entries = m_audit->list().value(); // newest first
    const std::vector<std::pair<std::string, std::pair<const char *, const char *>>> expected{
        {"customer.close", {"frozen", "closed"}},    {"customer.freeze", {"active", "frozen"}},
        {"customer.unfreeze", {"frozen", "active"}}, {"customer.freeze", {"active", "frozen"}},
        {"customer.update", {"active", "active"}},   {"customer.update", {"active", "active"}},
        {"customer.add", {"", "active"}}};
    QCOMPARE(entries.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(entries[i].action, expected[i].first);
        QCOMPARE(entries[i].objectId, std::to_string(ada.id));
        QCOMPARE(json(entries[i].before).value(QStringLiteral("state")).toString(), QString::fromUtf8(expected[i].second.first));
        QCOMPARE(json(entries[i].after).value(QStringLiteral("state")).toString(), QString::fromUtf8(expected[i].second.second));
    }
    QCOMPARE(json(entries[5].before).value(QStringLiteral("name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(json(entries[5].after).value(QStringLiteral("name")).toString(), QStringLiteral("Ada King"));
    QCOMPARE(json(entries[4].before).value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.org"));
    QVERIFY(json(entries[4].after).value(QStringLiteral("email")).isNull());
}

void TestCustomerService::refusalsChangeNothing()
{
    QVERIFY(m_service->add(m_operator, QStringLiteral("web:1"), QStringLiteral("Ada"), QStringLiteral("ada@example.org")).ok());
    QVERIFY(m_service->add(m_operator, QStringLiteral("web:2"), QStringLiteral("Grace"), QString()).ok());
    QVERIFY(m_service->freeze(m_operator, QStringLiteral("web:2")).ok());
    const QString before = snapshot();
    m_clock.advance(1000);
    const auto refused = [&](Result<Customer> r, ErrorCode code, MessageId id) {
        if (r.ok())
            return QStringLiteral("accepted");
        if (r.error().code != code)
            return QStringLiteral("code %1: %2").arg(QString::fromLatin1(errorCodeName(r.error().code)), QString::fromStdString(r.error().message));
        if (id != MessageId::None && r.error().id != id)
            return QStringLiteral("message %1: %2").arg(QString::fromLatin1(messageName(r.error().id)), QString::fromStdString(r.error().message));
        return QString();
    };
    QCOMPARE(refused(m_service->add(m_operator, QStringLiteral("web:1"), QStringLiteral("Other"), QString()), ErrorCode::Conflict,
                     MessageId::CustomerExternalIdTaken),
             QString());
    QCOMPARE(refused(m_service->add(m_operator, QStringLiteral("web:3"), QStringLiteral("Other"), QStringLiteral("ada@example.org")),
                     ErrorCode::Conflict, MessageId::None),
             QString());
    for (const QString &bad : {QString(), QStringLiteral("has space"), QStringLiteral("a/b"), QString::fromUtf8("\xc3\xbc"), QString(65, QLatin1Char('x'))})
        QCOMPARE(refused(m_service->add(m_operator, bad, QStringLiteral("Other"), QString()), ErrorCode::InvalidInput, MessageId::None),
                 QString());
    QCOMPARE(refused(m_service->add(m_operator, QStringLiteral("c-12"), QStringLiteral("Other"), QString()), ErrorCode::InvalidInput,
                     MessageId::CustomerExternalIdReserved),
             QString());
    QCOMPARE(refused(m_service->add(m_operator, QStringLiteral("web:3"), QStringLiteral("  "), QString()), ErrorCode::InvalidInput,
                     MessageId::None),
             QString());
    QCOMPARE(refused(m_service->update(m_operator, QStringLiteral("web:9"), QStringLiteral("X"), std::nullopt), ErrorCode::NotFound,
                     MessageId::CustomerUnknown),
             QString());
    QCOMPARE(refused(m_service->update(m_operator, QStringLiteral("web:2"), std::nullopt, QStringLiteral("ada@example.org")),
                     ErrorCode::Conflict, MessageId::None),
             QString());
    QCOMPARE(refused(m_service->update(m_operator, QStringLiteral("web:2"), QString(), std::nullopt), ErrorCode::InvalidInput,
                     MessageId::None),
             QString());
    QCOMPARE(refused(m_service->freeze(m_operator, QStringLiteral("web:9")), ErrorCode::NotFound, MessageId::CustomerUnknown), QString());
    QCOMPARE(refused(m_service->freeze(m_operator, QStringLiteral("web:2")), ErrorCode::WrongState, MessageId::CustomerFrozenAlready),
             QString());
    QCOMPARE(refused(m_service->unfreeze(m_operator, QStringLiteral("web:1")), ErrorCode::WrongState, MessageId::CustomerNotFrozen),
             QString());
    QCOMPARE(refused(m_service->close(m_operator, QStringLiteral("web:9")), ErrorCode::NotFound, MessageId::CustomerUnknown), QString());
    QCOMPARE(snapshot(), before);

    // A closed customer changes no more.
    QVERIFY(m_service->close(m_operator, QStringLiteral("web:2")).ok());
    const QString closed = snapshot();
    QCOMPARE(refused(m_service->close(m_operator, QStringLiteral("web:2")), ErrorCode::WrongState, MessageId::CustomerClosedAlready),
             QString());
    QCOMPARE(refused(m_service->unfreeze(m_operator, QStringLiteral("web:2")), ErrorCode::WrongState, MessageId::CustomerClosedAlready),
             QString());
    QCOMPARE(refused(m_service->freeze(m_operator, QStringLiteral("web:2")), ErrorCode::WrongState, MessageId::CustomerClosedAlready),
             QString());
    QCOMPARE(refused(m_service->update(m_operator, QStringLiteral("web:2"), QStringLiteral("G"), std::nullopt), ErrorCode::WrongState,
                     MessageId::CustomerClosedAlready),
             QString());
    QCOMPARE(snapshot(), closed);
}

void TestCustomerService::closingNeedsNothingOnAnyAccountAndNothingHeld()
{
    const Customer ada = m_service->add(m_operator, QStringLiteral("web:1"), QStringLiteral("Ada"), QString()).value();
    const auto hot = ledger::walletAccount(ledger::owner::HotWallet, "XLM");
    QVERIFY(m_ledger->submit(ledger::TransferRequest::posted("d:1", ledger::TransferCode::Deposit, hot,
                                                             ledger::customerAccount(ada.id, "XLM"), xlm("12.5")))
                .ok());
    QString before = snapshot();
    auto refused = m_service->close(m_operator, QStringLiteral("web:1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(refused.error().id, MessageId::CustomerHasFunds);
    QCOMPARE(QString::fromStdString(refused.error().message),
             QStringLiteral("customer web:1 cannot be closed: 12.50 XLM is on their account or held; nothing was changed"));
    QCOMPARE(snapshot(), before);

    // All of it held for a withdrawal: the posted balance is still theirs.
    QVERIFY(m_ledger->submit(ledger::TransferRequest::pending("w:1", ledger::TransferCode::Withdrawal,
                                                              ledger::customerAccount(ada.id, "XLM"), hot, xlm("12.5")))
                .ok());
    QCOMPARE(m_service->close(m_operator, QStringLiteral("web:1")).error().id, MessageId::CustomerHasFunds);
    // Paid out: the balance is zero, nothing held; the account exists still.
    QVERIFY(m_ledger->submit(ledger::TransferRequest::post("w:1:post", "w:1")).ok());
    QVERIFY(m_ledger->account(ledger::customerAccount(ada.id, "XLM")).value().balance().isZero());
    QCOMPARE(snapshot(), before);

    // A hold alone, with the posted balance zero after it is voided: a
    // pending credit, as a trade's settlement might leave, also refuses.
    QVERIFY(m_ledger->submit(ledger::TransferRequest::pending("d:2", ledger::TransferCode::Deposit, hot,
                                                              ledger::customerAccount(ada.id, "XLM"), xlm("1")))
                .ok());
    QCOMPARE(m_service->close(m_operator, QStringLiteral("web:1")).error().id, MessageId::CustomerHasFunds);
    QVERIFY(m_ledger->submit(ledger::TransferRequest::voidHold("d:2:void", "d:2")).ok());

    auto closed = m_service->close(m_operator, QStringLiteral("web:1"));
    QVERIFY2(closed.ok(), closed.ok() ? "" : closed.error().message.c_str());
    QCOMPARE(closed.value().state, CustomerState::Closed);
}

void TestCustomerService::onlyOperatorsAndAdminsSignedInManageCustomers()
{
    QVERIFY(m_service->add(m_operator, QStringLiteral("web:1"), QStringLiteral("Ada"), QString()).ok());
    const QString before = snapshot();
    const Actor viewer = Actor::fromOperator(12, "vera", Role::Viewer);
    Actor approver = Actor::fromOperator(13, "april", Role::Approver);
    approver.secondFactor = true;
    for (const Actor &actor : {viewer, approver, Actor::cli("root"), Actor::system("deposits")}) {
        QCOMPARE(m_service->add(actor, QStringLiteral("web:2"), QStringLiteral("Grace"), QString()).error().code, ErrorCode::Unauthorized);
        QCOMPARE(m_service->freeze(actor, QStringLiteral("web:1")).error().code, ErrorCode::Unauthorized);
        QCOMPARE(m_service->update(actor, QStringLiteral("web:1"), QStringLiteral("X"), std::nullopt).error().code, ErrorCode::Unauthorized);
        QCOMPARE(m_service->import(actor, "external_id,name\nweb:3,Alan\n").error().code, ErrorCode::Unauthorized);
    }
    QCOMPARE(snapshot(), before);
    // An operator demoted to viewer since they signed in is refused at once.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE operators SET role = 'viewer' WHERE id = 11")).ok());
    QCOMPARE(m_service->freeze(m_operator, QStringLiteral("web:1")).error().code, ErrorCode::Unauthorized);
    QCOMPARE(snapshot(), before);
    // An admin needs no code for this.
    QVERIFY(m_service->freeze(Actor::fromOperator(14, "adam", Role::Admin), QStringLiteral("web:1")).ok());
}

void TestCustomerService::addWithoutAnExternalIdGetsTheGeneratedOne()
{
    // What the demo data and the trade API's traders do.
    CustomerRepository repo(m_db->connection());
    const Customer trader = repo.add(QStringLiteral("trader stellar GA7Q"), QString(), 1).value();
    QCOMPARE(trader.externalId, QStringLiteral("c-%1").arg(trader.id));
    QCOMPARE(trader.state, CustomerState::Active);
    // Its generated id can be found and is reserved.
    QCOMPARE(m_service->findByExternalId(trader.externalId).value().id, trader.id);
    QCOMPARE(m_service->add(m_operator, QStringLiteral("c-%1").arg(trader.id + 1), QStringLiteral("Next"), QString()).error().id,
             MessageId::CustomerExternalIdReserved);
    auto next = repo.add(QStringLiteral("trader ethereum 0xab"), QString(), 2);
    QVERIFY(next.ok());
    QCOMPARE(next.value().externalId, QStringLiteral("c-%1").arg(next.value().id));
}

QTEST_GUILESS_MAIN(TestCustomerService)
#include "tst_customerservice.moc"
