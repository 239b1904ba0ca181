#include "tokenreadinesspanel.h"

#include "models/operatorsession.h"
#include "models/tokenreadinessmodel.h"
#include "core/security/permissions.h"
#include "ui/widgets/confirmationbox.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/opendialog.h"
#include "ui/widgets/sortfilterproxy.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using exchange::wallets::WalletTier;

TokenReadinessPanel::TokenReadinessPanel(TokenReadinessModel *model, OperatorSession *session, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_session(session),
      m_table(new QTableView(this)),
      m_summary(new QLabel(this)),
      m_refresh(new QPushButton(tr("&Read the chains again"), this)),
      m_establish(new QPushButton(tr("&Establish from the vault…"), this)),
      m_export(new QPushButton(tr("E&xport for offline signing…"), this)),
      m_messages(new MessageBar(this))
{
    auto *intro = new QLabel(tr("A Stellar wallet can hold a token only with a trustline to it, an Algorand wallet only after "
                                "it opted in. Hot is made ready from the key vault; warm and cold are exported, signed "
                                "offline with their keys and sent from there. Algorand deposit addresses opt in with the "
                                "collection run, which funds them from the fee wallet."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("tokenReadinessLine"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *proxy = new SortFilterProxy(TokenReadinessModel::RawValueRole, m_table);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(false); // per chain and token, hot → warm → cold → deposit addresses
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_establish->setObjectName(QStringLiteral("establishTokenReadiness"));
    m_export->setObjectName(QStringLiteral("exportTokenReadiness"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_establish);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_model->refresh();
        showSummary();
        updateControls();
    });
    connect(m_establish, &QPushButton::clicked, this, &TokenReadinessPanel::establish);
    connect(m_export, &QPushButton::clicked, this, &TokenReadinessPanel::chooseExportFile);
    connect(m_model, &TokenReadinessModel::loaded, this, [this] {
        showSummary();
        updateControls();
    });
    connect(m_model, &TokenReadinessModel::failed, this, [this](const QString &message) {
        m_messages->showError(message);
        showSummary();
        updateControls();
    });
    connect(m_model, &TokenReadinessModel::actionDone, m_messages, &MessageBar::showInfo);
    connect(m_model, &TokenReadinessModel::actionFailed, m_messages, &MessageBar::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TokenReadinessPanel::updateControls);
    if (m_session) {
        connect(m_session, &OperatorSession::signedIn, this, &TokenReadinessPanel::updateControls);
        connect(m_session, &OperatorSession::signedOut, this, &TokenReadinessPanel::updateControls);
    }
    showSummary();
    updateControls();
}

void TokenReadinessPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_readOnce) {
        m_readOnce = true;
        m_model->refresh();
        showSummary();
    }
}

int TokenReadinessPanel::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    auto *proxy = static_cast<SortFilterProxy *>(m_table->model());
    return proxy->mapToSource(current).row();
}

void TokenReadinessPanel::showSummary()
{
    QStringList lines;
    if (m_model->isReading())
        lines << tr("Asking Horizon and algod…");
    else if (!m_model->isLoaded())
        lines << tr("Not read yet.");
    else if (m_model->rowCount() == 0)
        lines << tr("No Stellar or Algorand token is in force: nothing needs a trustline or an opt-in.");
    else if (m_model->missingCount() == 0)
        lines << tr("Every exchange wallet can receive every token in force.");
    else
        lines << tr("%n wallet(s) or group(s) of deposit addresses cannot receive a token yet.", nullptr, m_model->missingCount());
    for (const QString &note : m_model->notes())
        //: %1 why a chain could not be read
        lines << tr("Not read: %1").arg(note);
    m_summary->setText(lines.join(u'\n'));
}

void TokenReadinessPanel::updateControls()
{
    const exchange::TokenReadinessRow *row = m_model->rowAt(currentSourceRow());
    // Hiding a button is a courtesy: the core checks the role and the code.
    const bool admin = m_session && m_session->isSignedIn()
                    && exchange::security::roleAllows(m_session->actor().role, exchange::security::Action::ChangeMoneySettings);
    const bool open = row && !row->ready && row->accountExists;
    m_establish->setEnabled(admin && open && row->tier == WalletTier::Hot);
    m_export->setEnabled(admin && open && (row->tier == WalletTier::Warm || row->tier == WalletTier::Cold));
    m_refresh->setEnabled(!m_model->isReading());
    const QString why = !admin ? tr("An admin prepares trustlines and opt-ins.") : QString();
    m_establish->setToolTip(why);
    m_export->setToolTip(why);
}

void TokenReadinessPanel::establish()
{
    const int row = currentSourceRow();
    const exchange::TokenReadinessRow *r = m_model->rowAt(row);
    if (!r)
        return;
    openConfirmation(this, QStringLiteral("confirmTokenReadiness"), tr("Make the hot wallet ready for %1").arg(QString::fromStdString(r->asset)), m_model->describeAction(row, {}),
            tr("&Sign and send"), [this, chain = r->chain, asset = r->asset, tier = r->tier] {
                m_model->prepare(m_model->rowOf(chain, asset, tier), {});
            });
}

void TokenReadinessPanel::chooseExportFile()
{
    const int row = currentSourceRow();
    const exchange::TokenReadinessRow *r = m_model->rowAt(row);
    if (!r)
        return;
    const QString suggested = QStringLiteral("%1-%2-%3.%4")
                                  .arg(QString::fromStdString(r->asset).toLower(),
                                       QString::fromLatin1(exchange::wallets::walletTierName(r->tier)),
                                       r->chain == exchange::Chain::Stellar ? QStringLiteral("trustline") : QStringLiteral("optin"),
                                       r->chain == exchange::Chain::Stellar ? QStringLiteral("xdr") : QStringLiteral("txn"));
    auto *dialog = new QFileDialog(window(), tr("Export for offline signing"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested));
    dialog->setObjectName(QStringLiteral("tokenReadinessExportFile"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, chain = r->chain, asset = r->asset, tier = r->tier](const QString &path) {
        const int now = m_model->rowOf(chain, asset, tier);
        if (now < 0)
            return;
        openConfirmation(this, QStringLiteral("confirmTokenReadiness"), tr("Export for offline signing"), m_model->describeAction(now, path), tr("&Write the file"),
                [this, chain, asset, tier, path] { m_model->prepare(m_model->rowOf(chain, asset, tier), path); });
    });
    openDialog(dialog);
}
