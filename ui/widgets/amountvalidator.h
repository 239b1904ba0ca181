#pragma once
// Live validation of an amount being typed for an asset with a given number
// of decimals: what can still become a valid amount is Intermediate, what
// never can (a letter, a ninth decimal for an 8-decimal asset) is Invalid.

#include <QValidator>

class AmountValidator final : public QValidator
{
    Q_OBJECT
public:
    explicit AmountValidator(int decimals, QObject *parent = nullptr) : QValidator(parent), m_decimals(decimals) {}

    State validate(QString &input, int &pos) const override;

private:
    int m_decimals;
};
