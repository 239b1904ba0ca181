#include "addassetdialog.h"

#include "models/assetadder.h"
#include "models/assetsettingsmodel.h"
#include "models/tone.h"
#include "core/chains/tokenidentity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

using exchange::AssetKind;
using exchange::Chain;

// The one kind of token each chain has here, and its page of identity fields.
AssetKind tokenKindOf(Chain chain)
{
    switch (chain) {
    case Chain::Ethereum: return AssetKind::Erc20;
    case Chain::Stellar: return AssetKind::StellarCredit;
    case Chain::Algorand: return AssetKind::AlgorandAsa;
    }
    return AssetKind::Erc20;
}

QLineEdit *lineEdit(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

AddAssetDialog::AddAssetDialog(AssetAdder *adder, QWidget *parent)
    : QDialog(parent),
      m_adder(adder),
      m_chain(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_form(new QFormLayout),
      m_contract(lineEdit(this, tr("0x followed by 40 hex digits"))),
      m_issuer(lineEdit(this, tr("G… (56 characters)"))),
      m_stellarCode(lineEdit(this, tr("As on Stellar, e.g. USDC"))),
      m_asaId(lineEdit(this, tr("A whole number, e.g. 31566704"))),
      m_code(lineEdit(this, tr("1 to 12 capital letters and digits"))),
      m_name(lineEdit(this, tr("As shown on the screens"))),
      m_decimals(new QSpinBox(this)),
      m_displayDecimals(new QSpinBox(this)),
      m_readNode(new QPushButton(tr("Ask &the node"), this)),
      m_node(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_add(nullptr)
{
    setWindowTitle(tr("Add asset"));
    auto *intro = new QLabel(tr("Add a token of a chain as an asset. Its contract, issuer or asset id decides which "
                                "transfers count as this asset's money, so adding it asks for your two-factor code "
                                "and is signed with your key. Every setting starts at 0: nothing is paid out "
                                "automatically until you set them."),
                             this);
    intro->setWordWrap(true);

    for (Chain chain : {Chain::Ethereum, Chain::Stellar, Chain::Algorand})
        m_chain->addItem(AssetSettingsModel::chainTitle(chain), QString::fromLatin1(exchange::chainName(chain)));

    m_decimals->setRange(0, 38);
    m_decimals->setValue(6);
    m_displayDecimals->setRange(0, 38);
    m_displayDecimals->setValue(2);
    m_decimals->setToolTip(tr("The token's own decimals: the node's value must agree"));
    m_displayDecimals->setToolTip(tr("Fraction digits shown at least; never more than the decimals"));
    m_readNode->setToolTip(tr("Ask the chain's node for the token's decimals"));
    for (QLabel *label : {m_node, m_problem}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_problem->setStyleSheet(tone::textStyle(tone::Tone::Attention));

    QFormLayout *form = m_form;
    form->addRow(tr("C&hain:"), m_chain);
    form->addRow(tr("&Kind:"), m_kind);
    // The token's identity: the rows of the chain's kind are shown.
    form->addRow(tr("&Contract:"), m_contract);
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("Code on &Stellar:"), m_stellarCode);
    form->addRow(tr("Asset &id:"), m_asaId);
    form->addRow(tr("Asset c&ode:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Decimals:"), m_decimals);
    form->addRow(tr("Dis&play decimals:"), m_displayDecimals);
    auto *nodeRow = new QHBoxLayout;
    nodeRow->addWidget(m_readNode);
    nodeRow->addWidget(m_node, 1);
    form->addRow(nodeRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add &asset…"), QDialogButtonBox::ActionRole);
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_chain, &QComboBox::currentIndexChanged, this, &AddAssetDialog::chainChanged);
    for (QLineEdit *edit : {m_contract, m_issuer, m_stellarCode, m_asaId})
        connect(edit, &QLineEdit::textChanged, this, &AddAssetDialog::identityChanged);
    for (QLineEdit *edit : {m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &AddAssetDialog::edited);
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        // The code on Stellar follows the asset code until it is typed.
        if (!m_stellarCode->isModified())
            m_stellarCode->setText(text);
    });
    connect(m_decimals, &QSpinBox::valueChanged, this, [this] {
        m_failure.clear();
        showNodeAnswer();
    });
    connect(m_displayDecimals, &QSpinBox::valueChanged, this, &AddAssetDialog::edited);
    connect(m_readNode, &QPushButton::clicked, this, &AddAssetDialog::readNode);
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_busy = true;
        updateControls();
        m_adder->add(typed());
    });
    connect(m_adder, &AssetAdder::nodeRead, this, &AddAssetDialog::nodeAnswered);
    connect(m_adder, &AssetAdder::nodeReadFailed, this, &AddAssetDialog::nodeFailed);
    connect(m_adder, &AssetAdder::added, this, [this] {
        m_busy = false;
        accept();
    });
    connect(m_adder, &AssetAdder::failed, this, [this](const QString &message) {
        m_busy = false;
        m_failure = message;
        updateControls();
    });
    chainChanged();
}

exchange::Asset AddAssetDialog::typed() const
{
    exchange::Asset a;
    a.code = m_code->text().trimmed().toStdString();
    a.name = m_name->text().trimmed().isEmpty() ? a.code : m_name->text().trimmed().toStdString();
    a.chain = exchange::chainFromName(m_chain->currentData().toString().toStdString()).value_or(Chain::Ethereum);
    a.decimals = m_decimals->value();
    a.displayDecimals = m_displayDecimals->value();
    switch (tokenKindOf(a.chain)) {
    case AssetKind::Native:
    case AssetKind::Erc20: a.identity = exchange::AssetIdentity::erc20(m_contract->text().trimmed().toStdString()); break;
    case AssetKind::StellarCredit:
        a.identity = exchange::AssetIdentity::stellarCredit(m_stellarCode->text().trimmed().toStdString(),
                                                            m_issuer->text().trimmed().toStdString());
        break;
    case AssetKind::AlgorandAsa: {
        // An id that does not parse stays 0, which the check refuses.
        auto id = exchange::chains::parseAsaId(m_asaId->text().trimmed().toStdString());
        a.identity = exchange::AssetIdentity::algorandAsa(id ? id.value() : 0);
        break;
    }
    }
    return a;
}

bool AddAssetDialog::decimalsFixed() const
{
    return exchange::chains::fixedTokenDecimals(typed().identity.kind).has_value();
}

void AddAssetDialog::chainChanged()
{
    const Chain chain = exchange::chainFromName(m_chain->currentData().toString().toStdString()).value_or(Chain::Ethereum);
    const AssetKind kind = tokenKindOf(chain);
    m_kind->clear();
    switch (kind) {
    case AssetKind::Native:
    case AssetKind::Erc20: m_kind->addItem(tr("ERC-20 token")); break;
    case AssetKind::StellarCredit: m_kind->addItem(tr("Stellar credit asset")); break;
    case AssetKind::AlgorandAsa: m_kind->addItem(tr("Algorand Standard Asset (ASA)")); break;
    }
    m_form->setRowVisible(m_contract, kind == AssetKind::Erc20);
    m_form->setRowVisible(m_issuer, kind == AssetKind::StellarCredit);
    m_form->setRowVisible(m_stellarCode, kind == AssetKind::StellarCredit);
    m_form->setRowVisible(m_asaId, kind == AssetKind::AlgorandAsa);
    if (const auto fixed = exchange::chains::fixedTokenDecimals(kind))
        m_decimals->setValue(*fixed);
    m_decimals->setEnabled(!exchange::chains::fixedTokenDecimals(kind).has_value());
    identityChanged();
}

void AddAssetDialog::edited()
{
    m_failure.clear();
    updateControls();
}

void AddAssetDialog::identityChanged()
{
    m_failure.clear();
    ++m_tag;
    m_nodeDecimals = -1;
    showNodeAnswer();
}

void AddAssetDialog::showNodeAnswer()
{
    if (decimalsFixed()) {
        m_node->setStyleSheet(tone::textStyle(tone::Tone::Muted));
        m_node->setText(tr("A Stellar credit asset counts in 7 decimals; no node is asked."));
    } else if (m_nodeDecimals < 0) {
        m_node->setStyleSheet(tone::textStyle(tone::Tone::Muted));
        m_node->setText(tr("Not asked yet: the node's decimals must agree before the asset is added."));
    } else {
        const bool agrees = m_nodeDecimals == m_decimals->value();
        m_node->setStyleSheet(tone::textStyle(agrees ? tone::Tone::Good : tone::Tone::Attention));
        m_node->setText(agrees ? tr("The node says %n decimal(s), as typed.", "", m_nodeDecimals)
                               : tr("The node says %n decimal(s), not as typed: correct the decimals.", "", m_nodeDecimals));
    }
    updateControls();
}

void AddAssetDialog::readNode()
{
    m_node->setStyleSheet(tone::textStyle(tone::Tone::Muted));
    m_node->setText(tr("Asking the node…"));
    m_adder->readNode(typed(), m_tag);
}

void AddAssetDialog::nodeAnswered(int tag, int decimals)
{
    if (tag != m_tag)
        return; // about what was typed before
    m_nodeDecimals = decimals;
    showNodeAnswer();
}

void AddAssetDialog::nodeFailed(int tag, const QString &message)
{
    if (tag != m_tag)
        return;
    m_nodeDecimals = -1;
    m_node->setStyleSheet(tone::textStyle(tone::Tone::Attention));
    m_node->setText(message);
    updateControls();
}

void AddAssetDialog::updateControls()
{
    const QString problem = AssetAdder::problem(typed());
    // Not red while the form is still empty: there is nothing wrong yet.
    const bool started = !m_code->text().isEmpty();
    const QString shown = !m_failure.isEmpty() ? m_failure : started ? problem : QString();
    m_problem->setText(shown);
    m_problem->setVisible(!shown.isEmpty());
    const bool nodeAgrees = decimalsFixed() || m_nodeDecimals == m_decimals->value();
    m_readNode->setEnabled(!m_busy && !decimalsFixed());
    m_add->setEnabled(!m_busy && problem.isEmpty() && nodeAgrees);
}
