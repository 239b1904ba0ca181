#include "referencetext.h"

#include <QStringList>

namespace {

bool isId(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

QString ReferenceText::object(const std::string &type, const std::string &id)
{
    const QString number = QString::fromStdString(id);
    if (isId(number)) {
        if (type == "withdrawal")
            //: a reference to one withdrawal by its number
            return tr("Withdrawal #%1").arg(number);
        if (type == "customer")
            return tr("Customer #%1").arg(number);
        if (type == "deposit")
            return tr("Deposit #%1").arg(number);
    }
    if (id.empty())
        return QString::fromStdString(type);
    return QString::fromStdString(type + ' ' + id);
}

QString ReferenceText::ledgerReference(const std::string &reference)
{
    const QString text = QString::fromStdString(reference);
    const QStringList parts = text.split(u':');
    // The key of a withdrawal's holds (WithdrawalRecord::holdId), with or
    // without the ":fee" of the fee's.
    if (parts.size() >= 2 && parts.size() <= 3 && parts.at(0) == QLatin1String("withdrawal") && isId(parts.at(1))
        && (parts.size() == 2 || parts.at(2) == QLatin1String("fee")))
        return object("withdrawal", parts.at(1).toStdString());
    return text;
}
