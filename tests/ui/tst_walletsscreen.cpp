// The Wallets screen offscreen, through its controls: walk the table with
// the keyboard to a wallet and copy its address with the button (or
// Ctrl+C): the clipboard gets the whole address the store holds, not the
// shortened one on screen; a row of several deposit addresses has none to
// copy. Below the table, the watchers as the console's duty board has
// them, a watcher down marked as such. A token's tiers follow its chain's
// coin, and beside the button the selected row's token is named in full.

#include "core/base/dutystatus.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/base/changenotifier.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "models/gasleftoversmodel.h"
#include "models/walletsmodel.h"
#include "testcore.h"
#include "ui/mainwindow.h"
#include "ui/screens/walletsscreen.h"
#include "ui/widgets/copybutton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace exchange;
using exchange::wallets::WalletTier;

class TestWalletsScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void copiesTheWholeAddressOfTheSelectedWallet();
    void showsAWatcherDown();
    void theChainReadLineAgreesWithTheColumn();
    void showsTheGasLeftOverOnDepositAddresses();
    void aTokensRowsFollowItsCoinAndNameTheToken();

private:
    // Moves the current row with the Down key until the row's asset and
    // wallet columns read so; false if never.
    bool walkTo(const QString &asset, const QString &tier);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    WalletsScreen *m_screen = nullptr;
};

void TestWalletsScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    m_screen = qobject_cast<WalletsScreen *>(m_window->screen(QStringLiteral("wallets")));
    QVERIFY(m_screen);
    QVERIFY(m_screen->isVisible());
    QTRY_VERIFY(m_screen->table()->model()->rowCount() > 0); // one read fills it
}

void TestWalletsScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
}

bool TestWalletsScreen::walkTo(const QString &asset, const QString &tier)
{
    QTableView *table = m_screen->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i <= table->model()->rowCount(); ++i) {
        const QModelIndex current = table->currentIndex();
        if (current.isValid() && current.siblingAtColumn(WalletsModel::AssetCode).data().toString() == asset
            && current.siblingAtColumn(WalletsModel::Tier).data().toString().startsWith(tier))
            return true;
        QTest::keyClick(table, Qt::Key_Down);
    }
    return false;
}

void TestWalletsScreen::copiesTheWholeAddressOfTheSelectedWallet()
{
    auto all = m_core->services().wallets().list();
    QVERIFY(all.ok());
    std::string hotAlgo;
    for (const auto &w : all.value()) {
        if (w.asset == "ALGO" && w.tier == WalletTier::Hot)
            hotAlgo = w.address;
    }
    QVERIFY(!hotAlgo.empty());
    const QString expected = QString::fromStdString(hotAlgo);

    QVERIFY(walkTo(QStringLiteral("ALGO"), WalletsModel::tierTitle(WalletTier::Hot)));
    QTableView *table = m_screen->table();
    // On screen the address is shortened in the middle.
    const QString shown = table->currentIndex().siblingAtColumn(WalletsModel::Address).data().toString();
    QVERIFY2(shown.contains(u'…') && shown != expected, qPrintable(shown));

    CopyButton *copy = m_screen->copyAddressButton();
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->setFocus();
    QTest::keyClick(copy, Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(copy->text(), QStringLiteral("Copied")); // it says so
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy address"), 3000);

    // Ctrl+C on the table copies the same address whole when only that cell is selected.
    QGuiApplication::clipboard()->clear();
    table->setFocus();
    table->selectionModel()->setCurrentIndex(table->currentIndex().siblingAtColumn(WalletsModel::Address),
                                             QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // The deposit addresses of an asset are many: nothing to copy there.
    QVERIFY(walkTo(QStringLiteral("ALGO"), WalletsModel::tierTitle(WalletTier::Deposit)));
    QVERIFY(!copy->isEnabled());
}

void TestWalletsScreen::showsAWatcherDown()
{
    QLabel *watchers = nullptr;
    for (QLabel *l : m_screen->findChildren<QLabel *>()) {
        if (l->text().startsWith(QStringLiteral("Deposit watchers")))
            watchers = l;
    }
    QVERIFY(watchers);
    m_window->setWatcherStatus(QStringLiteral("ethereum"),
                               DutyStatus::down(QStringLiteral("waiting: Connection refused; trying again in 2 s")));
    m_window->setWatcherStatus(QStringLiteral("stellar"), DutyStatus::running(QStringLiteral("streaming")));
    const QString text = watchers->text();
    QVERIFY2(text.contains(QStringLiteral("<b>ethereum: waiting: Connection refused; trying again in 2 s</b>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("stellar: streaming")) && !text.contains(QStringLiteral("<b>stellar")),
             qPrintable(text));
}

// The line that says when the chain balances were read takes the times of
// the Chain read column: its oldest and newest, and the tiers never read.
void TestWalletsScreen::theChainReadLineAgreesWithTheColumn()
{
    auto *line = m_screen->findChild<QLabel *>(QStringLiteral("chainReadLine"));
    QVERIFY(line);
    QAbstractItemModel *rows = m_screen->table()->model();
    QTRY_VERIFY(rows->rowCount() > 0 && !line->text().isEmpty());
    std::vector<std::pair<qint64, QString>> read; // when, as the column shows it
    QStringList never;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString at = rows->index(r, WalletsModel::ReadAt).data().toString();
        const QString address = rows->index(r, WalletsModel::Address).data().toString();
        if (at == u"never") {
            if (address != u"none registered")
                never << rows->index(r, WalletsModel::AssetCode).data().toString() + u' '
                        + rows->index(r, WalletsModel::Tier).data().toString().toLower();
        } else {
            read.emplace_back(rows->index(r, WalletsModel::ReadAt).data(WalletsModel::RawValueRole).toLongLong(), at);
        }
    }
    QVERIFY2(!read.empty(), "the demo has chain balances read");
    std::sort(read.begin(), read.end());
    const QString text = line->text();
    QVERIFY2(text.contains(read.front().second) && text.contains(read.back().second), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("never read from the chains")), qPrintable(text));
    for (const QString &tier : never)
        QVERIFY2(text.contains(tier), qPrintable(text + QStringLiteral(" | ") + tier));
    QCOMPARE(text.contains(QStringLiteral("Never read:")), !never.isEmpty());
}

// Below the wallets, the gas left over on Ethereum deposit addresses as the
// chain balances were last read: an address holding ether it owes nobody
// shows it all as left over, and the line above the table says gas is left.
void TestWalletsScreen::showsTheGasLeftOverOnDepositAddresses()
{
    // An EIP-55 example address: a deposit address of nobody, with no deposits.
    const std::string address = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
    exchange::Database &db = m_core->services().database();
    auto added = wallets::WalletRepository(db.connection(), db.dialect())
                     .add({0, Chain::Ethereum, WalletTier::Deposit, "ETH", address, {}, {}, false, {}, 0}, 1);
    QVERIFY2(added.ok(), added ? "" : added.error().message.c_str());
    QVERIFY(m_core->services().wallets().recordChainBalance(added.value().id, Amount::fromBaseUnits(4'000'000'000'000'000)).ok());
    m_core->services().notifier().publish(ChangeNotifier::Topic::Wallet, QString());

    QAbstractItemModel *rows = m_screen->leftoversTable()->model();
    const auto rowOf = [&] {
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (rows->index(r, GasLeftoversModel::Address).data().toString() == QString::fromStdString(address))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(rowOf() >= 0);
    const int row = rowOf();
    QVERIFY2(rows->index(row, GasLeftoversModel::Leftover).data().toString().contains(QStringLiteral("0.004")),
             qPrintable(rows->index(row, GasLeftoversModel::Leftover).data().toString()));
    QVERIFY2(rows->index(row, GasLeftoversModel::Owed).data().toString().startsWith(u'0'),
             qPrintable(rows->index(row, GasLeftoversModel::Owed).data().toString()));
    const QString line = m_screen->leftoversLine()->text();
    QVERIFY2(line.startsWith(QStringLiteral("Gas left over on Ethereum deposit addresses:")), qPrintable(line));
}

void TestWalletsScreen::aTokensRowsFollowItsCoinAndNameTheToken()
{
    // The demo's USDC is Circle's ERC-20 (its published contract), on the
    // addresses of Ethereum: its four tiers right after ETH's.
    QAbstractItemModel *rows = m_screen->table()->model();
    QStringList order;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString code = rows->index(r, WalletsModel::AssetCode).data().toString();
        if (order.isEmpty() || order.last() != code)
            order << code;
    }
    QCOMPARE(order, (QStringList{QStringLiteral("ALGO"), QStringLiteral("USDCALGO"), QStringLiteral("ETH"), QStringLiteral("USDC"),
                                 QStringLiteral("XLM"), QStringLiteral("USDCXLM")}));

    auto *line = m_screen->findChild<QLabel *>(QStringLiteral("assetIdentityLine"));
    QVERIFY(line);
    QVERIFY(walkTo(QStringLiteral("USDC"), WalletsModel::tierTitle(WalletTier::Hot)));
    QVERIFY2(line->text().contains(QStringLiteral("ERC-20 token at 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")),
             qPrintable(line->text()));
    QVERIFY(walkTo(QStringLiteral("USDCALGO"), WalletsModel::tierTitle(WalletTier::Warm)));
    QVERIFY2(line->text().contains(QStringLiteral("Algorand Standard Asset 31566704")), qPrintable(line->text()));
    QVERIFY(walkTo(QStringLiteral("ETH"), WalletsModel::tierTitle(WalletTier::Cold)));
    QVERIFY2(line->text().contains(QStringLiteral("native coin of Ethereum")), qPrintable(line->text()));
}

QTEST_MAIN(TestWalletsScreen)
#include "tst_walletsscreen.moc"
