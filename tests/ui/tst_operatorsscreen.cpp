// The Operators screen offscreen, through its controls, signed in as the
// demo admin: it opens with Ctrl+8 and lists the stored operators; a new
// operator typed in and added with the Add button is stored with the role
// picked, the role combo and Set role change it, Disable disables it (it can
// no longer sign in), and each change is in the audit log under the admin's
// name. Signed in as the demo viewer, every change control is off, and the
// core refuses a change asked for anyway.

#include "core/runtime/coreservices.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/security/totp.h"
#include "models/operatorsession.h"
#include "models/operatorsmodel.h"
#include "testcore.h"
#include "testenrolment.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/mainwindow.h"
#include "ui/screens/operatorsscreen.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QApplication>
#include <QTest>

#include <optional>

using namespace exchange;
using namespace exchange::security;

class TestOperatorsScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheStoredOperators();
    void adminAddsChangesAndDisablesAnOperator();
    void viewerCannotChangeOperators();
    void adminRegistersASigningKey();

private:
    void signIn(const char *username, const char *password);
    std::vector<OperatorInfo> storedOperators() const;
    std::optional<OperatorInfo> stored(const std::string &username) const;
    int rowOf(const QString &username) const;
    bool selectRow(const QString &username);
    static bool pickWithKeyboard(QComboBox *combo, const QString &text);
    // Answers the code prompt the change opens, as the admin would.
    bool answerCode(const QString &purpose);
    qint64 m_lastStep = 0;

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    OperatorsScreen *m_screen = nullptr;
};

void TestOperatorsScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // remembered columns and geometry in a test location
}

void TestOperatorsScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_lastStep = 0; // a new database: no code used yet
    signIn("admin", "demo-admin");
    QVERIFY(!QTest::currentTestFailed());
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    m_screen = qobject_cast<OperatorsScreen *>(m_window->screen(QStringLiteral("operators")));
    QVERIFY(m_screen);
    QTRY_VERIFY(m_screen->isVisible());
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), int(storedOperators().size()));
}

bool TestOperatorsScreen::answerCode(const QString &purpose)
{
    TotpPromptDialog *prompt = nullptr;
    if (!QTest::qWaitFor([&] { return (prompt = m_window->findChild<TotpPromptDialog *>()) && prompt->isVisible(); }, 5000))
        return false;
    bool says = false;
    for (QLabel *label : prompt->findChildren<QLabel *>())
        says |= label->text().contains(purpose);
    if (!says)
        return false;
    // Each step once, one either side of now: the demo enrolled long ago.
    m_lastStep = std::max(m_lastStep + 1, QDateTime::currentSecsSinceEpoch() / 30 - 1);
    // A code is accepted one step either side of now: past that, wait.
    while (m_lastStep > QDateTime::currentSecsSinceEpoch() / 30 + 1)
        QTest::qWait(500);
    QTest::keyClicks(prompt->codeEdit(), QString::fromStdString(Totp::codeForStep(QByteArrayLiteral("demo-totp-not-secret"), m_lastStep)));
    QTest::keyClick(prompt->codeEdit(), Qt::Key_Return);
    return true;
}

void TestOperatorsScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
}

void TestOperatorsScreen::signIn(const char *username, const char *password)
{
    auto session = m_core->services().operators().login(username, QByteArray(password));
    QVERIFY2(session.ok(), session.ok() ? "" : session.error().message.c_str());
    m_core->session().signIn(session.value());
    QCOMPARE(m_core->session().actor().username, std::string(username));
}

std::vector<OperatorInfo> TestOperatorsScreen::storedOperators() const
{
    auto all = m_core->services().operators().list(Actor::cli("test"));
    if (!all.ok()) {
        qWarning("the operators could not be read: %s", all.error().message.c_str());
        return {};
    }
    return std::move(all).value();
}

std::optional<OperatorInfo> TestOperatorsScreen::stored(const std::string &username) const
{
    for (const OperatorInfo &o : storedOperators()) {
        if (o.username == username)
            return o;
    }
    return std::nullopt;
}

int TestOperatorsScreen::rowOf(const QString &username) const
{
    const QAbstractItemModel *rows = m_screen->table()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, OperatorsModel::Username).data().toString() == username)
            return row;
    }
    return -1;
}

// Clicks the operator's row in the table, as the mouse would.
bool TestOperatorsScreen::selectRow(const QString &username)
{
    QTableView *table = m_screen->table();
    const int row = rowOf(username);
    if (row < 0)
        return false;
    const QModelIndex cell = table->model()->index(row, OperatorsModel::Username);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    return selected.size() == 1 && selected.first().data(OperatorsModel::UsernameRole).toString() == username;
}

// Home, then Down until the wanted item is current.
bool TestOperatorsScreen::pickWithKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

void TestOperatorsScreen::listsTheStoredOperators()
{
    // The demo data's four operators, one per role, and the admin the test
    // acts as (TestCore's "tester").
    const std::vector<OperatorInfo> all = storedOperators();
    QCOMPARE(all.size(), size_t(5));
    const QAbstractItemModel *rows = m_screen->table()->model();
    for (const OperatorInfo &o : all) {
        const int row = rowOf(QString::fromStdString(o.username));
        QVERIFY2(row >= 0, o.username.c_str());
        QCOMPARE(rows->index(row, OperatorsModel::Role).data().toString(), OperatorsModel::roleTitle(o.role));
        QCOMPARE(rows->index(row, OperatorsModel::State).data().toString(), QStringLiteral("Active"));
    }
    QCOMPARE(rows->index(rowOf(QStringLiteral("approver")), OperatorsModel::Role).data().toString(),
             QStringLiteral("Approver"));
    // Ctrl+8 put the keyboard on the table, on its first row.
    QCOMPARE(QApplication::focusWidget(), m_screen->table());
    QVERIFY(m_screen->table()->selectionModel()->hasSelection());
    // Nothing selected: only adding is possible, once a name and a password are typed.
    m_screen->table()->clearSelection();
    QVERIFY(!m_screen->setRoleButton()->isEnabled());
    QVERIFY(!m_screen->disableButton()->isEnabled());
    QVERIFY(!m_screen->addButton()->isEnabled());
}

void TestOperatorsScreen::adminAddsChangesAndDisablesAnOperator()
{
    const QString name = QStringLiteral("nadia");
    const QString password = QStringLiteral("nadia-first-password");
    QVERIFY(!stored("nadia"));

    // Add: name, role and first password typed in, then the Add button.
    QTest::mouseClick(m_screen->newUsername(), Qt::LeftButton);
    QTest::keyClicks(m_screen->newUsername(), name);
    QCOMPARE(m_screen->newUsername()->text(), name);
    QVERIFY(!m_screen->addButton()->isEnabled()); // no password yet
    QVERIFY(pickWithKeyboard(m_screen->newRole(), QStringLiteral("Operator")));
    QTest::mouseClick(m_screen->newPassword(), Qt::LeftButton);
    QTest::keyClicks(m_screen->newPassword(), password);
    QVERIFY(m_screen->addButton()->isEnabled());
    QTest::mouseClick(m_screen->addButton(), Qt::LeftButton);
    QVERIFY(m_screen->newPassword()->text().isEmpty()); // not left on screen
    QVERIFY(m_screen->newUsername()->text().isEmpty());
    // Confirmed with a code, like every change of who may do what.
    QVERIFY(!stored("nadia").has_value());
    QVERIFY(answerCode(QStringLiteral("Add nadia as Operator")));
    QTRY_VERIFY(stored("nadia").has_value());
    QCOMPARE(stored("nadia")->role, Role::Operator);
    QVERIFY(!stored("nadia")->disabled);
    QCOMPARE(storedOperators().size(), size_t(6));
    QTRY_COMPARE(m_screen->messageBar()->text(), QStringLiteral("nadia added as Operator."));
    QVERIFY(!m_screen->messageBar()->isError());
    QTRY_VERIFY(rowOf(name) >= 0);
    QCOMPARE(m_screen->table()->model()->rowCount(), 6);
    {
        auto session = m_core->services().operators().login("nadia", password.toUtf8());
        QVERIFY2(session.ok(), session.ok() ? "" : session.error().message.c_str());
        QCOMPARE(session.value()->actor().role, Role::Operator);
    }

    // Set role: select the row, pick the role, Set role.
    QVERIFY(selectRow(name));
    QTRY_VERIFY(m_screen->setRoleButton()->isEnabled());
    QVERIFY(m_screen->disableButton()->isEnabled());
    QCOMPARE(m_screen->roleCombo()->currentText(), QStringLiteral("Operator")); // follows the selection
    QVERIFY(pickWithKeyboard(m_screen->roleCombo(), QStringLiteral("Approver")));
    QTest::mouseClick(m_screen->setRoleButton(), Qt::LeftButton);
    QVERIFY(answerCode(QStringLiteral("Make nadia Approver")));
    QTRY_COMPARE(stored("nadia")->role, Role::Approver);
    QTRY_COMPARE(m_screen->messageBar()->text(), QStringLiteral("nadia is now Approver."));
    QTRY_COMPARE(m_screen->table()->model()->index(rowOf(name), OperatorsModel::Role).data().toString(),
                 QStringLiteral("Approver"));
    QVERIFY(!stored("nadia")->disabled);

    // Disable: the selection stays on her row; the button says what it does.
    const QModelIndexList selected = m_screen->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(OperatorsModel::UsernameRole).toString(), name);
    QCOMPARE(m_screen->disableButton()->text(), QStringLiteral("&Disable"));
    QTest::mouseClick(m_screen->disableButton(), Qt::LeftButton);
    QVERIFY(answerCode(QStringLiteral("Disable nadia")));
    QTRY_VERIFY(stored("nadia")->disabled);
    QCOMPARE(stored("nadia")->role, Role::Approver);
    QTRY_COMPARE(m_screen->disableButton()->text(), QStringLiteral("&Enable"));
    QCOMPARE(m_screen->table()->model()->index(rowOf(name), OperatorsModel::State).data().toString(),
             QStringLiteral("Disabled"));
    QTRY_COMPARE(m_screen->messageBar()->text(), QStringLiteral("nadia can no longer sign in."));
    {
        auto refused = m_core->services().operators().login("nadia", password.toUtf8());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.find("disabled") != std::string::npos, refused.error().message.c_str());
    }

    // The others are as they were.
    QCOMPARE(storedOperators().size(), size_t(6));
    QCOMPARE(stored("admin")->role, Role::Admin);
    QVERIFY(!stored("admin")->disabled);

    // The audit log has the three changes, newest first, by the admin.
    AuditFilter filter;
    filter.action = "operator.";
    std::vector<AuditEntry> changes;
    for (AuditEntry &e : m_core->services().audit().list(filter).value()) {
        if (e.objectType == "operator" && e.objectId == "nadia")
            changes.push_back(std::move(e));
    }
    QCOMPARE(changes.size(), size_t(3));
    QCOMPARE(changes[0].action, std::string("operator.disable"));
    QCOMPARE(changes[1].action, std::string("operator.set_role"));
    QCOMPARE(changes[2].action, std::string("operator.add"));
    for (const AuditEntry &e : changes) {
        QCOMPARE(e.actorName, std::string("admin"));
        QCOMPARE(e.actorKind, std::string("operator"));
    }
    QVERIFY(changes[2].after.find(R"("role":"operator")") != std::string::npos);
    QVERIFY(changes[1].before.find(R"("role":"operator")") != std::string::npos);
    QVERIFY(changes[1].after.find(R"("role":"approver")") != std::string::npos);
    QVERIFY(changes[0].before.find(R"("disabled":false)") != std::string::npos);
    QVERIFY(changes[0].after.find(R"("disabled":true)") != std::string::npos);
    QVERIFY(m_core->services().audit().verify().value().intact);
}

void TestOperatorsScreen::viewerCannotChangeOperators()
{
    signIn("viewer", "demo-viewer");
    QVERIFY(!QTest::currentTestFailed());
    // The list stays readable.
    QTRY_COMPARE(m_screen->table()->model()->rowCount(), int(storedOperators().size()));
    QTest::keyClicks(m_screen->newUsername(), QStringLiteral("victor"));
    QTest::keyClicks(m_screen->newPassword(), QStringLiteral("victor-password"));
    QVERIFY(selectRow(QStringLiteral("operator")));
    QTest::keyClicks(m_screen->resetPasswordEdit(), QStringLiteral("another-password"));
    for (QPushButton *button : {m_screen->addButton(), m_screen->setRoleButton(), m_screen->disableButton(),
                                m_screen->resetButton()}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QCOMPARE(button->toolTip(), QStringLiteral("Only admins change operators."));
    }

    // Hiding the buttons is a courtesy; asked anyway, the change is refused
    // by the core's rules before any code is asked for, and says so.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_screen->table()->model());
    QVERIFY(proxy);
    auto *model = qobject_cast<OperatorsModel *>(proxy->sourceModel());
    QVERIFY(model);
    model->setRole(QStringLiteral("operator"), Role::Admin);
    QTRY_VERIFY(m_screen->messageBar()->isError());
    QVERIFY2(m_screen->messageBar()->text().startsWith(QStringLiteral("The role of operator was not changed")),
             qPrintable(m_screen->messageBar()->text()));
    QCOMPARE(stored("operator")->role, Role::Operator);
    QVERIFY(!stored("victor"));

    // Signed in as the admin again, the same controls are on.
    signIn("admin", "demo-admin");
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY(m_screen->addButton()->isEnabled());
    QVERIFY(m_screen->table()->selectionModel()->hasSelection()); // kept across the sign-in
    QTRY_VERIFY(m_screen->setRoleButton()->isEnabled());
    QVERIFY(m_screen->disableButton()->isEnabled());
    QVERIFY(m_screen->resetButton()->isEnabled());
    QVERIFY(m_screen->addButton()->toolTip().isEmpty());
}

void TestOperatorsScreen::adminRegistersASigningKey()
{
    // The demo admin registered the demo approver's key when the demo was
    // made. otto, a new approver, enrolled and got a key; no admin has
    // signed it yet.
    const QAbstractItemModel *rows = m_screen->table()->model();
    auto keyText = [&](const char *name) {
        return rows->index(rowOf(QString::fromLatin1(name)), OperatorsModel::SigningKey).data().toString();
    };
    QCOMPARE(stored("approver")->signingKey, SigningKeyState::Registered);
    QCOMPARE(keyText("approver"), QStringLiteral("Registered by admin"));
    QVERIFY(enrolTestOperator(m_core->services().database(), "otto", Role::Approver, "otto-password-1",
                              QByteArrayLiteral("12345678901234567890"))
                .ok());
    signIn("admin", "demo-admin"); // the screen reads the operators again
    QTRY_COMPARE(rows->rowCount(), int(storedOperators().size()));
    QCOMPARE(stored("otto")->signingKey, SigningKeyState::Unregistered);
    QCOMPARE(keyText("otto"), QStringLiteral("Needs an admin's signature"));
    QVERIFY(selectRow(QStringLiteral("viewer")));
    QVERIFY(!m_screen->registerKeyButton()->isEnabled()); // the viewer has not enrolled: no key
    QCOMPARE(stored("viewer")->signingKey, SigningKeyState::None);

    QVERIFY(selectRow(QStringLiteral("otto")));
    QVERIFY(m_screen->registerKeyButton()->isEnabled());
    QTest::mouseClick(m_screen->registerKeyButton(), Qt::LeftButton);
    QVERIFY(answerCode(QStringLiteral("Register the signing key of otto")));
    QTRY_VERIFY2(keyText("otto") == QStringLiteral("Registered by admin"),
                 qPrintable(m_screen->findChild<MessageBar *>()->text()));
    QCOMPARE(stored("otto")->signingKey, SigningKeyState::Registered);
    QTRY_VERIFY(!m_screen->registerKeyButton()->isEnabled());
}

QTEST_MAIN(TestOperatorsScreen)
#include "tst_operatorsscreen.moc"
