#pragma once
// "Add asset": an admin adds a token of a chain (an ERC-20 contract, a
// Stellar credit asset, an Algorand ASA). The form takes the chain, the
// kind, the token's identity, the code, name, decimals and display
// decimals; what cannot be added is said in red under it. For an ERC-20 or
// an ASA the node is asked for the token's decimals (off the GUI thread,
// AssetAdder::readNode) and "Add asset…" waits until they agree with what
// was typed; adding asks for a two-factor code first (the console's code
// prompt) and the dialog closes once the asset is stored. Opened with
// open(), never exec().

#include "core/money/asset.h"

#include <QDialog>

class AssetAdder;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;
class QSpinBox;

class AddAssetDialog final : public QDialog
{
    Q_OBJECT
public:
    AddAssetDialog(AssetAdder *adder, QWidget *parent = nullptr);

    // The asset as typed (its identity not yet in canonical spelling).
    exchange::Asset typed() const;

    QComboBox *chainField() const { return m_chain; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *contractField() const { return m_contract; }
    QLineEdit *issuerField() const { return m_issuer; }
    QLineEdit *stellarCodeField() const { return m_stellarCode; }
    QLineEdit *asaIdField() const { return m_asaId; }
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *nameField() const { return m_name; }
    QSpinBox *decimalsField() const { return m_decimals; }
    QSpinBox *displayDecimalsField() const { return m_displayDecimals; }
    QPushButton *readNodeButton() const { return m_readNode; }
    QPushButton *addButton() const { return m_add; }
    QLabel *nodeLabel() const { return m_node; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void chainChanged();
    // The token changed (chain, contract, issuer, id): the node's answer
    // no longer applies.
    void identityChanged();
    // The node's answer against the decimals typed now.
    void showNodeAnswer();
    void updateControls();
    // Something was typed: a refusal of the last try no longer applies.
    void edited();
    void readNode();
    void nodeAnswered(int tag, int decimals);
    void nodeFailed(int tag, const QString &message);
    bool decimalsFixed() const;

    AssetAdder *m_adder;
    QComboBox *m_chain;
    QComboBox *m_kind;
    QFormLayout *m_form;
    QLineEdit *m_contract;
    QLineEdit *m_issuer;
    QLineEdit *m_stellarCode;
    QLineEdit *m_asaId;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QSpinBox *m_decimals;
    QSpinBox *m_displayDecimals;
    QPushButton *m_readNode;
    QLabel *m_node;
    QLabel *m_problem;
    QPushButton *m_add;
    int m_tag = 0;
    int m_nodeDecimals = -1; // what the node said for the current tag; -1: not asked or failed
    bool m_busy = false;
    QString m_failure; // why the last try was refused, until something is edited
};
