#include "dashboardscreen.h"

#include "models/tone.h"

#include "models/cellstyle.h"
#include "models/coretext.h"
#include "models/dashboardsource.h"
#include "models/displayformat.h"
#include "models/dutyboard.h"
#include "models/payoutblocktext.h"
#include "models/referencetext.h"
#include "ui/widgets/dutylines.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/screenheading.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using exchange::wallets::WalletTier;

namespace {

QString waited(qint64 sinceMs)
{
    const qint64 minutes = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - sinceMs) / 60'000);
    if (minutes < 60)
        return DashboardScreen::tr("%n min", nullptr, static_cast<int>(minutes));
    if (minutes < 48 * 60)
        return DashboardScreen::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return DashboardScreen::tr("%n days", nullptr, static_cast<int>(minutes / (24 * 60)));
}

QString when(qint64 ms)
{
    return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(ms));
}

// A background duty as an operator would name it.
QString dutyTitle(DutyBoard::Kind kind, const QString &name)
{
    if (kind == DutyBoard::Kind::Payouts)
        return DashboardScreen::tr("Payouts on %1").arg(name);
    if (name == u"stellar" || name == u"ethereum" || name == u"algorand")
        return DashboardScreen::tr("Deposit watcher %1").arg(name);
    if (name == u"balances")
        return DashboardScreen::tr("Chain balance reader");
    return CoreText::stored(name); // e.g. "collection ethereum", named so already
}

// Whether a message is `id` or wraps it in an inner message ("waiting: %1"
// around "%1; trying again in %2 s" around the cause).
bool says(const exchange::Message &message, exchange::MessageId id)
{
    if (message.id == id)
        return true;
    const std::string_view kinds = exchange::messageKinds(message.id);
    for (std::size_t i = 0; i < message.args.size() && i < kinds.size(); ++i) {
        if (kinds[i] != 'm')
            continue;
        if (const auto inner = exchange::Message::parse(message.args[i]); inner && says(*inner, id))
            return true;
    }
    return false;
}

// Where an operator resolves a duty that is down: the key vault for a
// watcher waiting for its tokens' signed identities (locked, or no admin key
// pinned), the chain's settings otherwise.
std::pair<QString, QString> remedy(const exchange::DutyStatus &status)
{
    using exchange::MessageId;
    using Reason = exchange::PayoutBlock::Reason;
    if (const auto said = exchange::Message::parse(status.text.toStdString())) {
        for (const auto &[id, reason] : {std::pair{MessageId::DepositTokensVaultLocked, Reason::VaultLocked},
                                         std::pair{MessageId::DepositTokensNoPin, Reason::NoPin}}) {
            if (says(*said, id))
                return {PayoutBlockText::action(reason), PayoutBlockText::screenId(reason)};
        }
    }
    return {DashboardScreen::tr("Chain settings"), QStringLiteral("settings")};
}

QTableWidgetItem *amountItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFont(cellstyle::amountFont().value<QFont>());
    item->setTextAlignment(Qt::Alignment(cellstyle::alignment(true).toInt()));
    return item;
}

} // namespace

DashboardScreen::DashboardScreen(DashboardSource *source, DutyBoard *duties, QWidget *parent)
    : QWidget(parent),
      m_source(source),
      m_duties(duties),
      m_messages(new MessageBar(this)),
      m_attentionBox(new QGroupBox(tr("Needs you now"), this)),
      m_attention(new QVBoxLayout),
      m_calm(new QLabel(this)),
      m_wallets(new QTableWidget(this)),
      m_watchers(new QLabel(tr("Deposit watchers: starting…"), this)),
      m_recent(new QTreeWidget(this)),
      m_footer(new QLabel(this)),
      m_demoNotice(new QLabel(this))
{
    auto *heading = makeScreenHeading(tr("Dashboard"), this);
    auto *again = new QPushButton(tr("&Refresh"), this);
    again->setShortcut(QKeySequence::Refresh);
    again->setToolTip(tr("Read everything again and verify the audit chain (F5)"));
    connect(again, &QPushButton::clicked, m_source, [this] {
        m_source->reload();
        m_source->verifyAuditChain();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(again);

    m_calm->setWordWrap(true);
    auto *attentionLayout = new QVBoxLayout(m_attentionBox);
    attentionLayout->addLayout(m_attention);
    attentionLayout->addWidget(m_calm);

    auto *walletsBox = new QGroupBox(tr("Hot, warm and cold per asset (ledger; chain as last read)"), this);
    m_wallets->setColumnCount(5);
    m_wallets->setHorizontalHeaderLabels({tr("Asset"), tr("Hot"), tr("Warm"), tr("Cold"), tr("Hot covers the queue")});
    m_wallets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_wallets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wallets->verticalHeader()->hide();
    m_wallets->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_wallets->horizontalHeader()->setStretchLastSection(true);
    m_wallets->setSortingEnabled(true);
    m_watchers->setWordWrap(true);
    m_watchers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *walletsLayout = new QVBoxLayout(walletsBox);
    walletsLayout->addWidget(m_wallets);
    walletsLayout->addWidget(m_watchers);

    auto *recentBox = new QGroupBox(tr("Recent activity (audit log)"), this);
    m_recent->setColumnCount(4);
    m_recent->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("On")});
    m_recent->setRootIsDecorated(false);
    m_recent->setAlternatingRowColors(true);
    m_recent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_recent, &QTreeWidget::itemActivated, this, [this] { emit openScreen(QStringLiteral("audit")); });
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);

    m_footer->setWordWrap(true);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    m_demoNotice->setObjectName(QStringLiteral("demoNotice"));
    m_demoNotice->setWordWrap(true);
    m_demoNotice->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(tone::color(tone::Tone::Attention).name()));
    m_demoNotice->hide();
    layout->addWidget(m_demoNotice);
    layout->addWidget(m_attentionBox);
    layout->addWidget(walletsBox, 2);
    layout->addWidget(recentBox, 3);
    layout->addWidget(m_footer);
    // Many lines that need an operator push the tables down: the screen
    // scrolls rather than squeezing one over the other.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_source, &DashboardSource::changed, this, &DashboardScreen::refresh);
    connect(m_source, &DashboardSource::failed, m_messages, &MessageBar::showError);
    connect(m_duties, &DutyBoard::changed, this, &DashboardScreen::showDuties);
    refresh();
}

void DashboardScreen::showDuties()
{
    m_watchers->setText(dutyLinesHtml(tr("Deposit watchers:"), m_duties->lines(DutyBoard::Kind::Watcher)));
    // A duty down is a line of what needs you. Rebuilt only when that list
    // changes: a running watcher's new block every few seconds would
    // otherwise rebuild the buttons under the operator's keyboard focus.
    QStringList down;
    for (const DutyBoard::Down &d : m_duties->down())
        down << QString::number(static_cast<int>(d.kind)) + u'|' + d.name + u'|' + QString::number(d.sinceMs) + u'|' + d.status.text;
    if (down == m_shownDown)
        return;
    m_shownDown = down;
    fillAttention();
}

QStringList DashboardScreen::attentionTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_attention->count(); ++i) {
        if (auto *row = m_attention->itemAt(i)->widget()) {
            if (auto *label = row->findChild<QLabel *>(QStringLiteral("attentionText")))
                texts << label->text();
        }
    }
    return texts;
}

void DashboardScreen::refresh()
{
    fillAttention();
    fillWallets();
    fillRecent();
}

void DashboardScreen::addAttention(const QString &text, const QString &action, const QString &screenId, bool severe)
{
    auto *row = new QWidget(m_attentionBox);
    auto *mark = new QLabel(QStringLiteral("●"), row);
    // The same colours as the states everywhere: red for what failed, amber
    // for what waits for someone.
    mark->setStyleSheet(QStringLiteral("color: %1;").arg(tone::color(severe ? tone::Tone::Attention : tone::Tone::Waiting).name()));
    auto *label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("attentionText"));
    label->setWordWrap(true);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mark);
    layout->addWidget(label, 1);
    // A line no screen resolves has no button.
    if (!action.isEmpty()) {
        auto *go = new QPushButton(action, row);
        go->setObjectName(QStringLiteral("attentionAction"));
        go->setToolTip(tr("Open the screen that resolves this"));
        connect(go, &QPushButton::clicked, this, [this, screenId] { emit openScreen(screenId); });
        layout->addWidget(go);
    }
    m_attention->addWidget(row);
}

void DashboardScreen::fillAttention()
{
    while (QLayoutItem *item = m_attention->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // What this console knows of its own duties comes first: deposits not
    // seen and payouts not sent while they are down.
    for (const DutyBoard::Down &down : m_duties->down()) {
        const auto [action, screenId] = remedy(down.status);
        addAttention(tr("%1: down since %2. %3").arg(dutyTitle(down.kind, down.name), when(down.sinceMs), CoreText::stored(down.status.text)),
                     action, screenId, true);
    }
    const auto &report = m_source->report();
    if (!report) {
        m_calm->setText(tr("Reading…"));
        m_calm->show();
        return;
    }
    const exchange::AttentionReport &r = *report;
    addDatabaseAttention(r);
    if (r.underReview > 0)
        addAttention(tr("Withdrawals waiting for review: %1; the oldest has waited %2.")
                         .arg(r.underReview)
                         .arg(waited(r.oldestReviewRequestedAtMs)),
                     tr("Review"), QStringLiteral("withdrawals"), false);
    if (r.inError > 0)
        addAttention(tr("Withdrawals in error or failed: %1. Retry, cancel or pay them manually.").arg(r.inError),
                     tr("Open"), QStringLiteral("withdrawals"), true);
    if (r.heldForIntegrity > 0)
        addAttention(tr("Withdrawals held because the payout signer could not verify them: %1. Each one's note and the "
                        "audit log say which check failed; investigate, then an admin releases each hold.")
                         .arg(r.heldForIntegrity),
                     tr("Open"), QStringLiteral("withdrawals"), true);
    if (r.collectionsRefused > 0)
        addAttention(tr("Collections the signer refused because their destination is not one it can verify: %n deposit "
                        "address(es) wait. A warm, cold or hot wallet address was changed without an admin's signature; the "
                        "audit log says which check failed.",
                        nullptr, r.collectionsRefused),
                     tr("Wallets"), QStringLiteral("wallets"), true);
    if (r.manualWaiting > 0)
        addAttention(tr("Manual payouts waiting for their TxId: %1.").arg(r.manualWaiting), tr("Upload TxId"),
                     QStringLiteral("withdrawals"), false);
    if (r.unattributedDeposits > 0)
        addAttention(tr("Deposits not attributed to a customer: %1.").arg(r.unattributedDeposits),
                     tr("Assign"), QStringLiteral("deposits"), false);
    if (r.webhooksFailing > 0 || r.webhooksFailed > 0) {
        //: Webhooks: the signed notices the exchange's web app receives of deposits, withdrawals and customers.
        addAttention(tr("Webhooks not getting through to the exchange's web app: %1 being retried, %2 failed; the oldest "
                        "event is from %3. Once the web app answers again, an admin sends the failed ones again.")
                         .arg(r.webhooksFailing)
                         .arg(r.webhooksFailed)
                         .arg(when(r.oldestWebhookEventAtMs)),
                     tr("Webhooks"), QStringLiteral("webhooks"), r.webhooksFailed > 0);
    }
    for (const exchange::HotShortfall &shortfall : r.hotShort) {
        const auto asset = r.assets.find(shortfall.asset);
        const QString amount = asset == r.assets.end()
                                   ? displayformat::decimalText(QString::fromStdString(shortfall.shortfall().toBaseUnitString()))
                                   : displayformat::fullAmountText(shortfall.shortfall(), asset->second);
        addAttention(tr("Hot %1 is short by %2 %1 for the payouts queued on it (%3). Replenish it from warm.")
                         .arg(QString::fromStdString(shortfall.asset), amount)
                         .arg(shortfall.queuedCount),
                     tr("Wallets"), QStringLiteral("wallets"), true);
    }
    if (r.feeWalletShort) {
        const exchange::FeeWalletShort &fee = *r.feeWalletShort;
        const std::string &coin = exchange::nativeAssetOf(fee.chain).code;
        const auto asset = r.assets.find(coin);
        auto format = [&](const exchange::Amount &amount) {
            return asset == r.assets.end() ? displayformat::decimalText(QString::fromStdString(amount.toBaseUnitString()))
                                           : displayformat::fullAmountText(amount, asset->second);
        };
        if (!fee.registered)
            addAttention(tr("Token sweeps wait for gas on %n Ethereum deposit address(es), and no fee wallet is registered "
                            "to send it. An admin registers one (exctl wallet add --tier fee) and imports its key.",
                            nullptr, fee.addressesWaiting),
                         tr("Wallets"), QStringLiteral("wallets"), true);
        else if (fee.needed.isZero())
            //: %1 the fee wallet's balance, %2 the coin's code
            addAttention(tr("The Ethereum fee wallet holds %1 %2, and the token sweeps waiting on %n deposit address(es) need "
                            "gas. Send it %2, then record the funding (exctl collect fund-fee).",
                            nullptr, fee.addressesWaiting)
                             .arg(format(fee.spendable), QString::fromStdString(coin)),
                         tr("Wallets"), QStringLiteral("wallets"), true);
        else
            //: %1 the fee wallet's balance, %2 what the waiting sweeps need (an estimate), %3 the coin's code
            addAttention(tr("The Ethereum fee wallet holds %1 %3, short of about %2 %3 that the token sweeps waiting on %n "
                            "deposit address(es) need for gas. Send it %3, then record the funding (exctl collect fund-fee).",
                            nullptr, fee.addressesWaiting)
                             .arg(format(fee.spendable), format(fee.needed), QString::fromStdString(coin)),
                         tr("Wallets"), QStringLiteral("wallets"), true);
    }
    for (const exchange::FeeWalletLow &low : r.feeWalletLow) {
        const std::string &coin = exchange::nativeAssetOf(low.chain).code;
        const auto asset = r.assets.find(coin);
        auto format = [&](const exchange::Amount &amount) {
            return asset == r.assets.end() ? displayformat::decimalText(QString::fromStdString(amount.toBaseUnitString()))
                                           : displayformat::fullAmountText(amount, asset->second);
        };
        const QString chain = low.chain == exchange::Chain::Algorand ? tr("Algorand") : tr("Ethereum");
        if (low.max)
            //: %1 chain name, %2 the fee wallet's balance, %3 its low-balance alert, %4 the coin's code, %5 what fills it to its max, %6 the max
            addAttention(tr("The %1 fee wallet holds %2 %4, below its low-balance alert of %3 %4. Fund it from warm with %5 %4 "
                            "to its max of %6 %4: exctl replenish export --asset %4 --tier fee.")
                             .arg(chain, format(low.balance), format(low.low), QString::fromStdString(coin), format(low.toMax()),
                                  format(*low.max)),
                         tr("Wallets"), QStringLiteral("wallets"), true);
        else
            //: %1 chain name, %2 the fee wallet's balance, %3 its low-balance alert, %4 the coin's code
            addAttention(tr("The %1 fee wallet holds %2 %4, below its low-balance alert of %3 %4. Set its max balance "
                            "(Settings, Chains) and fund it from warm, or send it %4 and record the funding "
                            "(exctl collect fund-fee).")
                             .arg(chain, format(low.balance), format(low.low), QString::fromStdString(coin)),
                         tr("Settings"), QStringLiteral("settings"), true);
    }
    // Payouts that wait and cannot start: nothing else would say so here.
    for (const exchange::PayoutBlock &block : r.payoutBlocks)
        addAttention(PayoutBlockText::describe(block), PayoutBlockText::action(block.reason),
                     PayoutBlockText::screenId(block.reason), true);
    for (const exchange::HotOverMax &over : r.hotOverMax) {
        const auto asset = r.assets.find(over.asset);
        auto format = [&](const exchange::Amount &amount) {
            return asset == r.assets.end() ? displayformat::decimalText(QString::fromStdString(amount.toBaseUnitString()))
                                           : displayformat::fullAmountText(amount, asset->second);
        };
        //: %1 asset code, %2 hot's balance, %3 its max balance, %4 the surplus
        addAttention(tr("Hot %1 holds %2 %1, above its max balance of %3 %1. Collect the surplus (%4 %1) to warm.")
                         .arg(QString::fromStdString(over.asset), format(over.balance), format(over.maxBalance),
                              format(over.excess())),
                     tr("Wallets"), QStringLiteral("wallets"), false);
    }
    if (r.depositXpubMismatch)
        addAttention(CoreText::text(exchange::MessageId::DepositXpubMismatch, {}, QLocale()), tr("Audit log"),
                     QStringLiteral("audit"), true);
    if (r.algorandPoolLow)
        addAttention(CoreText::text(exchange::MessageId::DepositPoolLow,
                                    {std::to_string(r.algorandPoolLow->available), std::to_string(r.algorandPoolLow->size)},
                                    QLocale()),
                     tr("Operators"), QStringLiteral("operators"), false);
    if (!r.lastLedgerCheck)
        addAttention(tr("The books have never been checked on this database."), tr("Check"), QStringLiteral("ledger"),
                     false);
    else if (!r.lastLedgerCheck->clean())
        addAttention(tr("The last ledger check (%1) found discrepancies: %2.")
                         .arg(when(r.lastLedgerCheck->checkedAtMs))
                         .arg(r.lastLedgerCheck->discrepancies.size()),
                     tr("Ledger"), QStringLiteral("ledger"), true);
    if (const auto &audit = m_source->auditChain(); audit && !audit->intact)
        addAttention(tr("The audit chain is broken at record %1: %2")
                         .arg(audit->firstBadSeq.value_or(0))
                         .arg(QString::fromStdString(audit->problem)),
                     tr("Audit log"), QStringLiteral("audit"), true);
    m_calm->setText(tr("Nothing needs you now: no withdrawal waits for review, nothing is in error, every deposit "
                       "is attributed, every hot wallet covers its queue and no watcher is down."));
    m_calm->setVisible(m_attention->count() == 0);

    QStringList footer;
    if (const auto &audit = m_source->auditChain())
        //: %1 when it was verified, %2 how many records that covered
        footer << (audit->intact ? tr("Audit chain intact, verified %1: %2 records.").arg(when(m_source->auditCheckedAtMs())).arg(audit->records)
                                 : tr("Audit chain BROKEN."));
    if (r.lastLedgerCheck)
        footer << (r.lastLedgerCheck->clean() ? tr("Books checked %1: clean.").arg(when(r.lastLedgerCheck->checkedAtMs))
                                              : tr("Books checked %1: NOT clean.").arg(when(r.lastLedgerCheck->checkedAtMs)));
    m_footer->setText(footer.join(u' '));
}

void DashboardScreen::addDatabaseAttention(const exchange::AttentionReport &r)
{
    m_demoNotice->setText(tr("This is a demo database: its keys are published, so anyone can spend from its "
                             "addresses. Never use it for real money."));
    m_demoNotice->setVisible(r.demoDatabase);
    if (!r.databaseDamage.empty())
        addAttention(tr("The database file is damaged (%n problem(s)), first: %1. Stop working on it, restore it "
                        "from a backup and run exctl ledger check.",
                        nullptr, static_cast<int>(r.databaseDamage.size()))
                         .arg(QString::fromStdString(r.databaseDamage.front())),
                     tr("Ledger"), QStringLiteral("ledger"), true);
    for (const exchange::PublishedKeyInUse &key : r.publishedKeys)
        addAttention(tr("The exchange's address %1 (%2) has a published key: anyone can spend from it. Replace it "
                        "with the exchange's own.")
                         .arg(QString::fromStdString(key.address), QString::fromStdString(key.what)),
                     tr("Wallets"), QStringLiteral("wallets"), true);
}

void DashboardScreen::fillWallets()
{
    const auto &report = m_source->report();
    m_wallets->setSortingEnabled(false);
    m_wallets->setRowCount(0);
    if (!report)
        return;
    const exchange::AttentionReport &r = *report;
    std::map<std::string, std::map<WalletTier, const exchange::wallets::TierOverview *>> byAsset;
    for (const auto &tier : r.tiers)
        byAsset[tier.asset][tier.tier] = &tier;
    for (const auto &[code, tiers] : byAsset) {
        const auto asset = r.assets.find(code);
        auto text = [&](WalletTier t) -> QString {
            const auto it = tiers.find(t);
            if (it == tiers.end() || asset == r.assets.end())
                return tr("—");
            QString s = displayformat::amountText(it->second->ledgerBalance, asset->second);
            if (it->second->chainBalance && *it->second->chainBalance != it->second->ledgerBalance)
                s += tr(" (chain %1)").arg(displayformat::amountText(*it->second->chainBalance, asset->second));
            return s;
        };
        const int row = m_wallets->rowCount();
        m_wallets->insertRow(row);
        m_wallets->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(code)));
        m_wallets->setItem(row, 1, amountItem(text(WalletTier::Hot)));
        m_wallets->setItem(row, 2, amountItem(text(WalletTier::Warm)));
        m_wallets->setItem(row, 3, amountItem(text(WalletTier::Cold)));
        const bool isShort = std::any_of(r.hotShort.begin(), r.hotShort.end(),
                                         [&](const exchange::HotShortfall &s) { return s.asset == code; });
        auto *covers = new QTableWidgetItem(isShort ? tr("No: replenish from warm") : tr("Yes"));
        if (isShort)
            covers->setForeground(tone::brush(tone::Tone::Attention));
        m_wallets->setItem(row, 4, covers);
    }
    m_wallets->setSortingEnabled(true);
    // Every asset in sight, the tokens too (up to eight: then it scrolls).
    constexpr int kRowsShown = 8;
    int height = m_wallets->horizontalHeader()->sizeHint().height() + 2 * m_wallets->frameWidth();
    for (int row = 0; row < std::min(m_wallets->rowCount(), kRowsShown); ++row)
        height += m_wallets->verticalHeader()->sectionSize(row);
    m_wallets->setMinimumHeight(height);
}

void DashboardScreen::fillRecent()
{
    m_recent->clear();
    for (const auto &entry : m_source->recent()) {
        auto *item = new QTreeWidgetItem(m_recent);
        item->setText(0, when(entry.atMs));
        item->setText(1, QString::fromStdString(entry.actorName));
        item->setText(2, QString::fromStdString(entry.action));
        item->setText(3, ReferenceText::object(entry.objectType, entry.objectId));
    }
}
