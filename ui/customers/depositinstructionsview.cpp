#include "ui/customers/depositinstructionsview.h"

#include "models/coretext.h"
#include "models/operatorsession.h"
#include "ui/dialogs/qrcodeimage.h"
#include "ui/widgets/copybutton.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using exchange::Chain;
using exchange::customers::DepositInstructions;

namespace {

constexpr Chain kChains[] = {Chain::Ethereum, Chain::Algorand, Chain::Stellar};

QLineEdit *readOnlyLine(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setReadOnly(true);
    edit->setMinimumWidth(360);
    return edit;
}

QWidget *withCopy(QLineEdit *edit, CopyButton *copy, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(copy);
    return row;
}

} // namespace

DepositInstructionsView::DepositInstructionsView(OperatorSession &session, exchange::customers::DepositAddressService &service,
                                                 QWidget *parent)
    : QWidget(parent), m_session(session), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    for (Chain chain : kChains)
        layout->addWidget(buildSection(chain));
    layout->addStretch(1);
    setCustomer(0, QString());
}

QString DepositInstructionsView::chainTitle(Chain chain)
{
    switch (chain) {
    case Chain::Ethereum: return tr("Ethereum (ETH and its tokens)");
    case Chain::Algorand: return tr("Algorand (ALGO and its assets)");
    case Chain::Stellar: return tr("Stellar (XLM and its assets)");
    }
    return QString();
}

QWidget *DepositInstructionsView::buildSection(Chain chain)
{
    auto *box = new QGroupBox(chainTitle(chain), this);
    auto *form = new QFormLayout;
    Section s;
    s.address = readOnlyLine(box);
    s.copy = new CopyButton(tr("the address"), [edit = s.address] { return edit->text(); }, box);
    form->addRow(chain == Chain::Stellar ? tr("Account:") : tr("Address:"), withCopy(s.address, s.copy, box));
    if (chain == Chain::Stellar) {
        m_memo = readOnlyLine(box);
        auto *memoCopy = new CopyButton(tr("the memo"), [edit = m_memo] { return edit->text(); }, box);
        //: MEMO_ID is Stellar's name for a numeric memo: keep it as it is
        form->addRow(tr("Memo (MEMO_ID):"), withCopy(m_memo, memoCopy, box));
        m_muxed = readOnlyLine(box);
        auto *muxedCopy = new CopyButton(tr("the muxed address"), [edit = m_muxed] { return edit->text(); }, box);
        form->addRow(tr("Or muxed address:"), withCopy(m_muxed, muxedCopy, box));
        connect(m_memo, &QLineEdit::textChanged, memoCopy, &CopyButton::refresh);
        connect(m_muxed, &QLineEdit::textChanged, muxedCopy, &CopyButton::refresh);
    }
    connect(s.address, &QLineEdit::textChanged, s.copy, &CopyButton::refresh);
    s.status = new QLabel(box);
    s.status->setWordWrap(true);
    form->addRow(s.status);
    s.qr = new QLabel(box);
    form->addRow(s.qr);
    if (chain != Chain::Stellar) {
        s.issue = new QPushButton(tr("Issue address"), box);
        s.issue->setToolTip(tr("Give the customer their own deposit address on this chain (once; audited)"));
        connect(s.issue, &QPushButton::clicked, this, [this, chain] { issue(chain); });
        form->addRow(s.issue);
    }
    box->setLayout(form);
    m_sections.emplace(chain, s);
    return box;
}

QLineEdit *DepositInstructionsView::addressEdit(Chain chain) const
{
    return m_sections.at(chain).address;
}

QPushButton *DepositInstructionsView::issueButton(Chain chain) const
{
    return m_sections.at(chain).issue;
}

QLabel *DepositInstructionsView::qrLabel(Chain chain) const
{
    return m_sections.at(chain).qr;
}

QLabel *DepositInstructionsView::statusLabel(Chain chain) const
{
    return m_sections.at(chain).status;
}

void DepositInstructionsView::setCustomer(qint64 customerId, const QString &externalId)
{
    m_customerId = customerId;
    m_externalId = externalId;
    for (Chain chain : kChains) {
        Section &s = m_sections.at(chain);
        s.address->clear();
        s.qr->clear();
        s.status->setText(customerId > 0 ? tr("Reading…") : QString());
        if (s.issue)
            s.issue->setVisible(false);
        if (chain == Chain::Stellar) {
            m_memo->clear();
            m_muxed->clear();
        }
        if (customerId > 0)
            load(chain);
    }
}

void DepositInstructionsView::load(Chain chain)
{
    auto *service = &m_service;
    const qint64 id = m_customerId;
    m_session.run<std::optional<DepositInstructions>>(
        [service, id, chain](const exchange::security::Actor &) { return service->instructions(id, chain); }, this,
        [this, chain, id](exchange::Result<std::optional<DepositInstructions>> result) {
            if (id == m_customerId)
                display(chain, result);
        });
}

void DepositInstructionsView::issue(Chain chain)
{
    auto *service = &m_service;
    const QString external = m_externalId;
    const qint64 id = m_customerId;
    Section &s = m_sections.at(chain);
    s.issue->setEnabled(false);
    s.status->setText(tr("Issuing…"));
    m_session.run<DepositInstructions>(
        [service, external, chain](const exchange::security::Actor &actor) { return service->issue(actor, external, chain); },
        this, [this, chain, id](exchange::Result<DepositInstructions> result) {
            if (id != m_customerId)
                return;
            m_sections.at(chain).issue->setEnabled(true);
            if (!result) {
                display(chain, result.error());
                return;
            }
            display(chain, std::optional<DepositInstructions>(result.value()));
            emit issued(chain, QString::fromStdString(result.value().address));
        });
}

void DepositInstructionsView::display(Chain chain, const exchange::Result<std::optional<DepositInstructions>> &result)
{
    Section &s = m_sections.at(chain);
    if (!result) {
        s.status->setText(CoreText::error(result.error()));
        if (s.issue)
            s.issue->setVisible(true);
        emit loaded(chain);
        return;
    }
    const auto &instructions = result.value();
    if (!instructions) {
        s.status->setText(tr("No address issued yet."));
        if (s.issue)
            s.issue->setVisible(true);
        emit loaded(chain);
        return;
    }
    const QString address = QString::fromStdString(instructions->address);
    s.address->setText(address);
    s.address->setCursorPosition(0); // the start shown, where a reader compares
    if (s.issue)
        s.issue->setVisible(false);
    QString scanned = address;
    if (chain == Chain::Stellar) {
        m_memo->setText(QString::fromStdString(instructions->memo));
        m_muxed->setText(QString::fromStdString(instructions->muxedAddress));
        m_muxed->setCursorPosition(0);
        // The M-address carries both the account and the id: one code.
        scanned = m_muxed->text();
        s.status->setText(tr("Pay to the account with the memo, or to the muxed address: both are credited to this customer."));
    } else if (instructions->derivationIndex) {
        s.status->setText(tr("Their own address (derivation index %1).").arg(*instructions->derivationIndex));
    }
    s.qr->setPixmap(QPixmap::fromImage(QrCodeImage::render(scanned, 4)));
    emit loaded(chain);
}
