// The Wallets screen's "Trustlines and opt-ins" tab, offscreen, against a
// test Horizon and a test algod: it shows which of the exchange's wallets
// miss the trustline or the opt-in of the demo's USDC (and which have it,
// with the issuer's authorisation and the line's limit), and how many
// Algorand deposit addresses have not opted in. Exporting warm's
// change_trust asks what it will write, then a code: refused without the
// code (nothing written, nothing audited), done with it (the file holds the
// unsigned envelope, audited). A viewer's buttons are disabled and the
// model refuses the viewer all the same.

#include "core/chains/algorand/keys.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/security/session.h"
#include "core/security/totp.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "algodtestserver.h"
#include "horizontestserver.h"
#include "models/operatorsession.h"
#include "models/tokenreadinessmodel.h"
#include "testcore.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/mainwindow.h"
#include "ui/screens/tokenreadinesspanel.h"
#include "ui/screens/walletsscreen.h"
#include "ui/widgets/messagebar.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace exchange;
using wallets::WalletTier;

namespace {

// The demo's tokens (core/demo/demotokens.cpp): Circle's USDC issuer on
// Stellar and USDC's ASA id on Algorand mainnet.
const std::string kIssuer = "GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN";
constexpr std::uint64_t kAsa = 31566704;

} // namespace

class TestTokenReadinessPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsWhatIsMissing();
    void exportIsRefusedWithoutTheCodeAndWrittenWithIt();
    void aViewerCannotPrepare();

private:
    std::string addressOf(Chain chain, WalletTier tier) const;
    QModelIndex cell(const QString &asset, WalletTier tier, int column) const;
    bool selectRow(const QString &asset, WalletTier tier);
    QMessageBox *confirmation() const;
    TotpPromptDialog *prompt() const;
    QString nextCode();
    qsizetype audited(const std::string &action) const;

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<HorizonTestServer> m_horizon;
    std::unique_ptr<AlgodTestServer> m_algod;
    std::unique_ptr<MainWindow> m_window;
    TokenReadinessPanel *m_panel = nullptr;
    std::string m_deposit1, m_deposit2;
    int m_depositCount = 0;
    qint64 m_lastStep = 0;
};

std::string TestTokenReadinessPanel::addressOf(Chain chain, WalletTier tier) const
{
    for (const wallets::Wallet &w : m_core->services().wallets().list().value())
        if (w.chain == chain && w.tier == tier)
            return w.address;
    return {};
}

void TestTokenReadinessPanel::init()
{
    m_lastStep = 0;
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_horizon = std::make_unique<HorizonTestServer>(stellar::PublicNetworkPassphrase);
    QVERIFY(m_horizon->listen());
    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());

    // Stellar: hot trusts the demo's USDC (authorised, limited), warm exists
    // without the line, cold does not exist yet.
    const QString hot = QString::fromStdString(addressOf(Chain::Stellar, WalletTier::Hot));
    const QString warm = QString::fromStdString(addressOf(Chain::Stellar, WalletTier::Warm));
    QVERIFY(!hot.isEmpty() && !warm.isEmpty());
    m_horizon->setAccount(hot, 100'0000000, 4096);
    HorizonTestServer::Trustline line;
    line.code = "USDC";
    line.issuer = kIssuer;
    line.balance = 25'0000000;
    line.limit = 1000'0000000;
    m_horizon->setTrustline(hot, line);
    m_horizon->setAccount(warm, 50'0000000, 8192);

    // Algorand: hot opted in, warm and cold not; two deposit addresses
    // with derivation indexes, one opted in.
    m_algod->setAccount(QString::fromStdString(addressOf(Chain::Algorand, WalletTier::Hot)), 10'000000);
    m_algod->setHolding(QString::fromStdString(addressOf(Chain::Algorand, WalletTier::Hot)), kAsa, 7'000000);
    m_algod->setAccount(QString::fromStdString(addressOf(Chain::Algorand, WalletTier::Warm)), 10'000000);
    m_algod->setAccount(QString::fromStdString(addressOf(Chain::Algorand, WalletTier::Cold)), 10'000000);
    m_deposit1 = algorand::addressFromSeed(crypto::sha256("token readiness test deposit 1"));
    m_deposit2 = algorand::addressFromSeed(crypto::sha256("token readiness test deposit 2"));
    Database &db = m_core->services().database();
    wallets::WalletRepository repository(db.connection(), db.dialect());
    QVERIFY(repository.add({0, Chain::Algorand, WalletTier::Deposit, "ALGO", m_deposit1, {}, 901, false, {}, 0}, 1).ok());
    QVERIFY(repository.add({0, Chain::Algorand, WalletTier::Deposit, "ALGO", m_deposit2, {}, 902, false, {}, 0}, 1).ok());
    m_algod->setAccount(QString::fromStdString(m_deposit1), 300000);
    m_algod->setHolding(QString::fromStdString(m_deposit1), kAsa, 0);
    m_algod->setAccount(QString::fromStdString(m_deposit2), 0, 0);
    // The demo's own deposit addresses have all opted in: only deposit 2 has not.
    std::set<std::string> depositAddresses;
    for (const wallets::Wallet &w : repository.list().value()) {
        if (w.chain == Chain::Algorand && w.tier == WalletTier::Deposit && w.derivationIndex) {
            depositAddresses.insert(w.address);
            if (w.address != m_deposit2)
                m_algod->setHolding(QString::fromStdString(w.address), kAsa, 0);
        }
    }
    m_depositCount = static_cast<int>(depositAddresses.size());

    // The demo admin saves the nodes (so signs them): the signer reads
    // only what an admin signed. Signed in, the admin confirms each action
    // with a code.
    auto session = m_core->services().operators().login("admin", QByteArrayLiteral("demo-admin"));
    QVERIFY(session.ok());
    auto confirmed = m_core->services().operators().confirm(*session.value(), nextCode().toStdString());
    QVERIFY2(confirmed.ok(), confirmed.ok() ? "" : confirmed.error().message.c_str());
    const security::Actor admin = confirmed.value();
    m_core->session().signIn(session.value());
    for (auto [chain, url] : {std::pair{Chain::Stellar, m_horizon->url()}, std::pair{Chain::Algorand, m_algod->url()}}) {
        auto settings = m_core->services().wallets().chainSettings(chain);
        QVERIFY(settings.ok());
        wallets::ChainSettings changed = settings.value();
        changed.nodeUrl = url.toStdString();
        if (chain == Chain::Stellar)
            changed.network = stellar::PublicNetworkPassphrase;
        QVERIFY2(m_core->services().wallets().setChainSettings(admin, changed).ok(), "chain settings not saved");
    }

    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showScreen(QStringLiteral("wallets"));
    auto *screen = qobject_cast<WalletsScreen *>(m_window->screen(QStringLiteral("wallets")));
    QVERIFY(screen);
    m_panel = screen->tokenReadiness();
    QVERIFY(m_panel);
    screen->lowerTabs()->setCurrentWidget(m_panel);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->isLoaded(), 20000);
    // Both chains were asked.
    QVERIFY2(m_panel->model()->notes().isEmpty(), qPrintable(m_panel->summaryLine()->text()));
}

void TestTokenReadinessPanel::cleanup()
{
    m_window.reset();
    m_core.reset();
    m_algod.reset();
    m_horizon.reset();
}

QModelIndex TestTokenReadinessPanel::cell(const QString &asset, WalletTier tier, int column) const
{
    QAbstractItemModel *model = m_panel->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(TokenReadinessModel::AssetRole).toString() == asset
            && index.data(TokenReadinessModel::TierRole).toInt() == static_cast<int>(tier))
            return index;
    }
    return {};
}

bool TestTokenReadinessPanel::selectRow(const QString &asset, WalletTier tier)
{
    const QModelIndex index = cell(asset, tier, TokenReadinessModel::Asset);
    if (!index.isValid())
        return false;
    m_panel->table()->setCurrentIndex(index);
    return true;
}

QMessageBox *TestTokenReadinessPanel::confirmation() const
{
    QMessageBox *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (auto *box : m_window->findChildren<QMessageBox *>(QStringLiteral("confirmTokenReadiness")))
            if (box->isVisible())
                found = box;
        return found != nullptr;
    });
    return found;
}

TotpPromptDialog *TestTokenReadinessPanel::prompt() const
{
    TotpPromptDialog *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (auto *dialog : m_window->findChildren<TotpPromptDialog *>())
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    });
    return found;
}

QString TestTokenReadinessPanel::nextCode()
{
    const QByteArray demoSecret = QByteArrayLiteral("demo-totp-not-secret");
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 30;
    m_lastStep = std::max(m_lastStep + 1, now - 1);
    return QString::fromStdString(security::Totp::codeForStep(demoSecret, m_lastStep));
}

qsizetype TestTokenReadinessPanel::audited(const std::string &action) const
{
    security::AuditFilter filter;
    filter.action = action;
    return static_cast<qsizetype>(m_core->services().audit().list(filter).value().size());
}

void TestTokenReadinessPanel::showsWhatIsMissing()
{
    const auto text = [this](const QString &asset, WalletTier tier, int column) {
        return cell(asset, tier, column).data().toString();
    };
    const QString xlm = QStringLiteral("USDCXLM"), algo = QStringLiteral("USDCALGO");
    QCOMPARE(text(xlm, WalletTier::Hot, TokenReadinessModel::Status), QStringLiteral("Trustline present"));
    QCOMPARE(text(xlm, WalletTier::Hot, TokenReadinessModel::Authorized), QStringLiteral("Authorized"));
    QCOMPARE(text(xlm, WalletTier::Hot, TokenReadinessModel::Limit), QStringLiteral("1000"));
    QCOMPARE(text(xlm, WalletTier::Hot, TokenReadinessModel::Holds), QStringLiteral("25"));
    QCOMPARE(text(xlm, WalletTier::Warm, TokenReadinessModel::Status), QStringLiteral("Trustline missing"));
    QCOMPARE(text(xlm, WalletTier::Cold, TokenReadinessModel::Status), QStringLiteral("Account not on the network yet"));
    QCOMPARE(text(algo, WalletTier::Hot, TokenReadinessModel::Status), QStringLiteral("Opted in"));
    QCOMPARE(text(algo, WalletTier::Hot, TokenReadinessModel::Holds), QStringLiteral("7"));
    QCOMPARE(text(algo, WalletTier::Warm, TokenReadinessModel::Status), QStringLiteral("Not opted in"));
    QCOMPARE(text(algo, WalletTier::Cold, TokenReadinessModel::Status), QStringLiteral("Not opted in"));
    QCOMPARE(text(algo, WalletTier::Deposit, TokenReadinessModel::Status),
             QStringLiteral("1 of %1 not opted in yet: the collection run opts them in").arg(m_depositCount));
    // Warm and cold on both chains and the deposit addresses.
    QCOMPARE(m_panel->model()->missingCount(), 5);
    QVERIFY2(m_panel->summaryLine()->text().contains(QStringLiteral("5 wallet(s) or group(s) of deposit addresses")),
             qPrintable(m_panel->summaryLine()->text()));

    // Hot is ready: nothing to establish; warm can be exported, not established.
    QVERIFY(selectRow(xlm, WalletTier::Hot));
    QVERIFY(!m_panel->establishButton()->isEnabled());
    QVERIFY(!m_panel->exportButton()->isEnabled());
    QVERIFY(selectRow(xlm, WalletTier::Warm));
    QVERIFY(!m_panel->establishButton()->isEnabled());
    QVERIFY(m_panel->exportButton()->isEnabled());

    // Opted in elsewhere, it shows after reading again.
    m_algod->setHolding(QString::fromStdString(m_deposit2), kAsa, 0);
    QTest::mouseClick(m_panel->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(text(algo, WalletTier::Deposit, TokenReadinessModel::Status),
                              QStringLiteral("All %1 address(es) opted in").arg(m_depositCount), 20000);
    QCOMPARE(m_panel->model()->missingCount(), 4);
    if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS")) {
        m_window->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/tokenready-wallets.png"));
        m_panel->table()->scrollToBottom();
        m_window->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/tokenready-deposits.png"));
    }
}

void TestTokenReadinessPanel::exportIsRefusedWithoutTheCodeAndWrittenWithIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("warm-trustline.xdr"));
    const qsizetype before = audited("stellar.trustline");

    const auto exportWarm = [&] {
        QVERIFY(selectRow(QStringLiteral("USDCXLM"), WalletTier::Warm));
        QTRY_VERIFY(m_panel->exportButton()->isEnabled());
        QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(QStringLiteral("tokenReadinessExportFile"))) != nullptr);
        emit dialog->fileSelected(file);
        dialog->close();
        QMessageBox *box = confirmation();
        QVERIFY(box);
        // The confirmation says what is written, for which account, where.
        QVERIFY2(box->text().contains(QStringLiteral("unsigned change_trust")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QString::fromStdString(addressOf(Chain::Stellar, WalletTier::Warm))));
        QVERIFY(box->text().contains(file));
        if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS"))
            box->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/tokenready-confirm.png"));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
    };

    // Without the code: refused, nothing written, nothing audited.
    exportWarm();
    if (QTest::currentTestFailed())
        return;
    TotpPromptDialog *asked = prompt();
    QVERIFY(asked);
    asked->reject();
    QTRY_VERIFY2(m_panel->messageBar()->text().contains(QStringLiteral("Not prepared")), qPrintable(m_panel->messageBar()->text()));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(audited("stellar.trustline"), before);

    // With it: the unsigned envelope, as exctl writes it, and one audit record.
    exportWarm();
    if (QTest::currentTestFailed())
        return;
    asked = prompt();
    QVERIFY(asked);
    QTest::keyClicks(asked->codeEdit(), nextCode());
    QTest::mouseClick(asked->okButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(file), qPrintable(m_panel->messageBar()->text()), 20000);
    QTRY_VERIFY2(m_panel->messageBar()->text().contains(file), qPrintable(m_panel->messageBar()->text()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray envelope = written.readAll().trimmed();
    QVERIFY(!envelope.isEmpty());
    QVERIFY(!QByteArray::fromBase64(envelope, QByteArray::AbortOnBase64DecodingErrors).isEmpty());
    QCOMPARE(audited("stellar.trustline"), before + 1);
    // Nothing was sent: warm still has no line.
    QVERIFY(!m_horizon->trustline(QString::fromStdString(addressOf(Chain::Stellar, WalletTier::Warm)), "USDC", kIssuer));
}

void TestTokenReadinessPanel::aViewerCannotPrepare()
{
    m_core->session().actAs(security::Actor::fromOperator(9, "vera", security::Role::Viewer));
    QVERIFY(selectRow(QStringLiteral("USDCXLM"), WalletTier::Warm));
    QTRY_VERIFY(!m_panel->exportButton()->isEnabled());
    QVERIFY(!m_panel->establishButton()->isEnabled());
    // Past the buttons, the model refuses as well, before any code.
    const int row = m_panel->model()->rowOf(Chain::Stellar, "USDCXLM", WalletTier::Warm);
    QVERIFY(row >= 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("viewer.xdr"));
    m_panel->model()->prepare(row, file);
    QTRY_VERIFY2(m_panel->messageBar()->text().contains(QStringLiteral("Not prepared")), qPrintable(m_panel->messageBar()->text()));
    QVERIFY(!prompt());
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(TestTokenReadinessPanel)
#include "tst_tokenreadinesspanel.moc"
