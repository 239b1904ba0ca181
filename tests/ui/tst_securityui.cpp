// The sign-in, first-run, two-factor and audit views driven through their
// real controls on the offscreen platform: wrong and right passwords, the
// first admin, enrolment with a known secret, a settings change that asks
// for a code and is audited under the operator's name, the idle lock, and
// the audit screen's chain banner. In German, the core's refusals (a wrong
// password, a code used already, a wrong vault passphrase) are said in
// German on the screens that show them.

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/operatorservice.h"
#include "core/security/session.h"
#include "core/security/keyvault.h"
#include "core/security/totp.h"
#include "models/assetsettingsmodel.h"
#include "models/coretext.h"
#include "models/operatorsession.h"
#include "testdatabase.h"
#include "testenrolment.h"
#include "ui/dialogs/firstrundialog.h"
#include "ui/dialogs/idlelock.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/totpenroldialog.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/screens/auditscreen.h"
#include "ui/screens/operatorsscreen.h"
#include "ui/screens/settingsscreen.h"
#include "ui/widgets/messagebar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace exchange;
using namespace exchange::security;

namespace {

// The console in German for one test, English again afterwards.
class German final
{
public:
    German() : m_locale(QLocale()) { m_installed = installLanguage(*QCoreApplication::instance(), QStringLiteral("de")); }
    ~German()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_locale);
    }
    German(const German &) = delete;
    German &operator=(const German &) = delete;
    bool installed() const { return m_installed; }

private:
    QLocale m_locale;
    bool m_installed = false;
};

// The screen's text says the core's message in German, not its English.
bool saysInGerman(const QString &shown, MessageId id)
{
    const QString english = QString::fromUtf8(messageEnglish(id));
    const QString german = CoreText::pattern(id);
    if (german == english) {
        qWarning("no German for %s: %s", messageName(id), qPrintable(shown));
        return false;
    }
    if (shown.contains(english)) {
        qWarning("English core text on a German screen: %s", qPrintable(shown));
        return false;
    }
    return shown.contains(german);
}

} // namespace

class TestSecurityUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loginRefusesAWrongPasswordThenSignsIn();
    void firstRunCreatesTheAdmin();
    void enrolmentWithAKnownSecret();
    void settingsChangeAsksForACodeAndIsAudited();
    void vaultIsCreatedWithACodeAndLocked();
    void idleLockFiresOnlyWithoutInput();
    void germanSignInSaysAWrongPasswordInGerman();
    void germanSettingsSayACodeUsedAlreadyInGerman();
    void germanVaultSaysAWrongPassphraseInGerman();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
};

void TestSecurityUi::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
}

void TestSecurityUi::cleanup()
{
    Database *db = m_services ? &m_services->database() : nullptr;
    if (m_runtime)
        m_runtime->stop([db] { if (db) db->releaseThreadConnection(); });
    m_runtime.reset();
    m_services.reset();
    m_testDb.reset();
}

void TestSecurityUi::loginRefusesAWrongPasswordThenSignsIn()
{
    QVERIFY(m_services->operators().add(Actor::cli("setup"), "olga", Role::Operator, "olga-password").ok());
    LoginDialog dialog(*m_runtime, m_services->operators());
    dialog.show();
    QSignalSpy signedIn(&dialog, &LoginDialog::signedIn);
    QVERIFY(!dialog.signInButton()->isEnabled());
    QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("olga"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not-her-password"));
    QVERIFY(dialog.signInButton()->isEnabled());
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY(dialog.passwordEdit()->text().isEmpty()); // cleared at once
    QTRY_VERIFY(dialog.messageLabel()->text().contains(QStringLiteral("wrong username or password")));
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(dialog.isVisible());

    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("olga-password"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE(signedIn.count(), 1);
    const auto session = signedIn.at(0).at(0).value<std::shared_ptr<Session>>();
    QCOMPARE(session->actor().username, std::string("olga"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSecurityUi::firstRunCreatesTheAdmin()
{
    FirstRunDialog dialog(*m_runtime, m_services->operators());
    dialog.show();
    QSignalSpy signedIn(&dialog, &FirstRunDialog::signedIn);
    QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("alice"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("short"));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("at least 8")));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("-but-now-long"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("different"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("differ")));
    dialog.repeatEdit()->clear();
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("short-but-now-long"));
    QVERIFY(dialog.createButton()->isEnabled());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QTRY_COMPARE(signedIn.count(), 1);
    auto all = m_services->operators().list(Actor::cli("t")).value();
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all.front().username, std::string("alice"));
    QCOMPARE(all.front().role, Role::Admin);
}

void TestSecurityUi::enrolmentWithAKnownSecret()
{
    QVERIFY(m_services->operators().add(Actor::cli("setup"), "anna", Role::Approver, "anna-password").ok());
    auto session = m_services->operators().login("anna", "anna-password").value();
    const QByteArray secret = QByteArrayLiteral("12345678901234567890"); // RFC 6238's
    TotpEnrolDialog dialog(*m_runtime, m_services->operators(), session);
    QSignalSpy enrolled(&dialog, &TotpEnrolDialog::enrolled);
    dialog.start(secret);
    dialog.show();
    QTRY_VERIFY(!dialog.qrLabel()->pixmap().isNull());
    QVERIFY(dialog.qrLabel()->pixmap().width() >= 150);
    QTest::keyClicks(dialog.codeEdit(), QStringLiteral("12345"));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.codeEdit()->clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTest::keyClicks(dialog.codeEdit(), QString::fromStdString(Totp::codeAt(secret, now)));
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(enrolled.count(), 1);
    QVERIFY(session->totpEnrolled());
    QVERIFY(m_services->operators().list(Actor::cli("t")).value().front().totpEnrolled);
}

void TestSecurityUi::settingsChangeAsksForACodeAndIsAudited()
{
    SystemClock clock;
    QVERIFY(addDemoData(m_services->database(), clock).ok());
    auto session = m_services->operators().login("admin", "demo-admin").value();
    QVERIFY(session->totpEnrolled());
    OperatorSession operatorSession(*m_runtime, m_services->operators());
    operatorSession.signIn(session);
    MainWindow window(*m_runtime, *m_services, operatorSession);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(QStringLiteral("settings"));
    auto *settings = qobject_cast<SettingsScreen *>(window.screen(QStringLiteral("settings")));
    QTRY_VERIFY(settings->model()->isLoaded());
    QSignalSpy saved(settings->model(), &AssetSettingsModel::saved);

    // Change ETH's hot max through the view's model as an edit would.
    QModelIndex cell;
    for (int row = 0; row < settings->table()->model()->rowCount(); ++row) {
        const QModelIndex code = settings->table()->model()->index(row, AssetSettingsModel::Code);
        if (code.data().toString() == QStringLiteral("ETH"))
            cell = settings->table()->model()->index(row, AssetSettingsModel::HotMax);
    }
    QVERIFY(cell.isValid());
    QVERIFY(settings->table()->model()->setData(cell, QStringLiteral("75.5")));
    QTest::mouseClick(settings->applyButton(), Qt::LeftButton);
    TotpPromptDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = window.findChild<TotpPromptDialog *>()) != nullptr);
    QTRY_VERIFY(prompt->isVisible());
    QVERIFY(!prompt->okButton()->isEnabled());
    // The demo enrolment used this step; the next one is within the window.
    const QByteArray demoSecret = QByteArrayLiteral("demo-totp-not-secret");
    const qint64 nextStep = QDateTime::currentSecsSinceEpoch() / 30 + 1;
    QTest::keyClicks(prompt->codeEdit(), QString::fromStdString(Totp::codeForStep(demoSecret, nextStep)));
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_services->assetSettings().find("ETH").value().settings.hotMax,
             nativeAsset("ETH")->parse("75.5").value());
    const AuditEntry last = m_services->audit().list().value().front();
    QCOMPARE(last.action, std::string("settings.change"));
    QCOMPARE(last.actorName, std::string("admin"));
    QVERIFY(last.after.find(R"("hot_max":"75.5")") != std::string::npos);

    // The same code again is refused, and nothing changes.
    QSignalSpy refused(settings->model(), &AssetSettingsModel::saveFailed);
    QVERIFY(settings->table()->model()->setData(cell, QStringLiteral("80")));
    QTest::mouseClick(settings->applyButton(), Qt::LeftButton);
    QTRY_VERIFY((prompt = window.findChild<TotpPromptDialog *>()) != nullptr && prompt->isVisible());
    QTest::keyClicks(prompt->codeEdit(), QString::fromStdString(Totp::codeForStep(demoSecret, nextStep)));
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("used already")));
    QCOMPARE(m_services->assetSettings().find("ETH").value().settings.hotMax,
             nativeAsset("ETH")->parse("75.5").value());

    // The audit screen shows the record and an intact chain.
    window.showScreen(QStringLiteral("audit"));
    auto *audit = qobject_cast<AuditScreen *>(window.screen(QStringLiteral("audit")));
    QVERIFY(audit->verifyButton()->isEnabled());
    QTest::mouseClick(audit->verifyButton(), Qt::LeftButton);
    QTRY_VERIFY(audit->chainLabel()->text().startsWith(QStringLiteral("Audit chain intact")));
    QTRY_VERIFY(audit->table()->model()->rowCount() > 0);
    audit->actorFilter()->setText(QStringLiteral("admin"));
    QTest::mouseClick(audit->applyButton(), Qt::LeftButton);
    auto onlyAdmin = [audit] {
        const QAbstractItemModel *m = audit->table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, 2).data().toString() != QStringLiteral("admin"))
                return false;
        }
        return m->rowCount() >= 3; // enrolment, sign-ins, the change
    };
    QTRY_VERIFY(onlyAdmin());
}

void TestSecurityUi::vaultIsCreatedWithACodeAndLocked()
{
    // Not the demo, whose admin made its vault: an exchange without one.
    const QByteArray demoSecret = QByteArrayLiteral("demo-totp-not-secret");
    QVERIFY(enrolTestOperator(m_services->database(), "admin", Role::Admin, "demo-admin", demoSecret).ok());
    QVERIFY(enrolTestOperator(m_services->database(), "viewer", Role::Viewer, "demo-viewer", demoSecret).ok());
    OperatorSession operatorSession(*m_runtime, m_services->operators());
    operatorSession.signIn(m_services->operators().login("admin", "demo-admin").value());
    MainWindow window(*m_runtime, *m_services, operatorSession);
    window.show();
    window.showScreen(QStringLiteral("operators"));
    auto *screen = qobject_cast<OperatorsScreen *>(window.screen(QStringLiteral("operators")));
    QTRY_VERIFY(screen->vaultStatus()->text().contains(QStringLiteral("No key vault yet")));
    QVERIFY(!screen->vaultLockButton()->isEnabled());
    QTest::keyClicks(screen->vaultPassphrase(), QStringLiteral("ui-test-vault-passphrase"));
    QVERIFY(screen->vaultUnlockButton()->isEnabled());
    QTest::mouseClick(screen->vaultUnlockButton(), Qt::LeftButton);
    QVERIFY(screen->vaultPassphrase()->text().isEmpty());
    TotpPromptDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = window.findChild<TotpPromptDialog *>()) != nullptr && prompt->isVisible());
    const qint64 nextStep = QDateTime::currentSecsSinceEpoch() / 30 + 1;
    QTest::keyClicks(prompt->codeEdit(),
                     QString::fromStdString(Totp::codeForStep(QByteArrayLiteral("demo-totp-not-secret"), nextStep)));
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(screen->vaultStatus()->text().contains(QStringLiteral("unlocked")), 20000);
    QVERIFY(m_services->vault().isUnlocked());
    QTRY_VERIFY(screen->vaultLockButton()->isEnabled());
    QTest::mouseClick(screen->vaultLockButton(), Qt::LeftButton);
    QTRY_VERIFY(screen->vaultStatus()->text().contains(QStringLiteral("locked: automatic payouts wait")));
    QVERIFY(!m_services->vault().isUnlocked());
    // Viewers see the state but cannot open it.
    operatorSession.signIn(m_services->operators().login("viewer", "demo-viewer").value());
    QTRY_VERIFY(!screen->vaultPassphrase()->isEnabled());
    QVERIFY(!screen->vaultUnlockButton()->isEnabled());
    QVERIFY(!screen->addButton()->isEnabled());
}

void TestSecurityUi::idleLockFiresOnlyWithoutInput()
{
    QWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    IdleLock lock(std::chrono::milliseconds(300));
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.restart();
    for (int i = 0; i < 6; ++i) { // 600 ms of typing keeps it awake
        QTest::qWait(100);
        QTest::keyClick(&widget, Qt::Key_A);
    }
    QCOMPARE(idle.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 2000);
    QTest::qWait(400);
    QCOMPARE(idle.count(), 1); // once, until restarted
}

void TestSecurityUi::germanSignInSaysAWrongPasswordInGerman()
{
    QVERIFY(m_services->operators().add(Actor::cli("setup"), "olga", Role::Operator, "olga-password").ok());
    German german;
    QVERIFY(german.installed());
    LoginDialog dialog(*m_runtime, m_services->operators());
    dialog.show();
    QTest::keyClicks(dialog.usernameEdit(), QStringLiteral("olga"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not-her-password"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.messageLabel()->text() != QCoreApplication::translate("LoginDialog", "Checking…"));
    QVERIFY2(saysInGerman(dialog.messageLabel()->text(), MessageId::WrongCredentials),
             qPrintable(dialog.messageLabel()->text()));
}

void TestSecurityUi::germanSettingsSayACodeUsedAlreadyInGerman()
{
    SystemClock clock;
    QVERIFY(addDemoData(m_services->database(), clock).ok());
    German german;
    QVERIFY(german.installed());
    OperatorSession operatorSession(*m_runtime, m_services->operators());
    operatorSession.signIn(m_services->operators().login("admin", "demo-admin").value());
    MainWindow window(*m_runtime, *m_services, operatorSession);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(QStringLiteral("settings"));
    auto *settings = qobject_cast<SettingsScreen *>(window.screen(QStringLiteral("settings")));
    QTRY_VERIFY(settings->model()->isLoaded());
    QModelIndex cell;
    for (int row = 0; row < settings->table()->model()->rowCount(); ++row) {
        if (settings->table()->model()->index(row, AssetSettingsModel::Code).data().toString() == QStringLiteral("ETH"))
            cell = settings->table()->model()->index(row, AssetSettingsModel::HotMax);
    }
    QVERIFY(cell.isValid());
    // One change with the next code, then another with the same code.
    const QByteArray demoSecret = QByteArrayLiteral("demo-totp-not-secret");
    const qint64 nextStep = QDateTime::currentSecsSinceEpoch() / 30 + 1;
    QSignalSpy saved(settings->model(), &AssetSettingsModel::saved);
    QSignalSpy refused(settings->model(), &AssetSettingsModel::saveFailed);
    for (const QString &value : {QStringLiteral("75.5"), QStringLiteral("80")}) {
        QVERIFY(settings->table()->model()->setData(cell, value));
        QTest::mouseClick(settings->applyButton(), Qt::LeftButton);
        TotpPromptDialog *prompt = nullptr;
        QTRY_VERIFY((prompt = window.findChild<TotpPromptDialog *>()) != nullptr && prompt->isVisible());
        QTest::keyClicks(prompt->codeEdit(), QString::fromStdString(Totp::codeForStep(demoSecret, nextStep)));
        QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count() + refused.count(), value == QStringLiteral("75.5") ? 1 : 2);
    }
    QCOMPARE(saved.count(), 1);
    QCOMPARE(refused.count(), 1);
    const QString shown = refused.at(0).at(0).toString();
    QVERIFY2(saysInGerman(shown, MessageId::TotpCodeUsed), qPrintable(shown));
}

void TestSecurityUi::germanVaultSaysAWrongPassphraseInGerman()
{
    // The demo's vault, locked; its passphrase is another.
    SystemClock clock;
    QVERIFY(addDemoData(m_services->database(), clock).ok());
    QVERIFY(!m_services->vault().isUnlocked());
    German german;
    QVERIFY(german.installed());
    OperatorSession operatorSession(*m_runtime, m_services->operators());
    operatorSession.signIn(m_services->operators().login("admin", "demo-admin").value());
    MainWindow window(*m_runtime, *m_services, operatorSession);
    window.show();
    window.showScreen(QStringLiteral("operators"));
    auto *screen = qobject_cast<OperatorsScreen *>(window.screen(QStringLiteral("operators")));
    QTRY_VERIFY(screen->vaultPassphrase()->isEnabled());
    QTest::keyClicks(screen->vaultPassphrase(), QStringLiteral("a-wrong-vault-passphrase"));
    QTRY_VERIFY(screen->vaultUnlockButton()->isEnabled());
    QTest::mouseClick(screen->vaultUnlockButton(), Qt::LeftButton);
    TotpPromptDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = window.findChild<TotpPromptDialog *>()) != nullptr && prompt->isVisible());
    const qint64 nextStep = QDateTime::currentSecsSinceEpoch() / 30 + 1;
    QTest::keyClicks(prompt->codeEdit(),
                     QString::fromStdString(Totp::codeForStep(QByteArrayLiteral("demo-totp-not-secret"), nextStep)));
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(screen->messageBar()->isError(), 20000);
    QVERIFY(!m_services->vault().isUnlocked());
    QVERIFY2(saysInGerman(screen->messageBar()->text(), MessageId::WrongVaultPassphrase),
             qPrintable(screen->messageBar()->text()));
}

QTEST_MAIN(TestSecurityUi)
#include "tst_securityui.moc"
