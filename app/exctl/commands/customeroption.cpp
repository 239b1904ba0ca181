#include "customeroption.h"

#include "core/store/customerrepository.h"

using namespace exchange;

namespace customercli {

Result<qint64> customerNumber(const QSqlDatabase &db, const QString &value)
{
    QString text = value.trimmed();
    const bool onlyNumber = text.startsWith(u'#');
    const bool onlyExternal = text.startsWith(u'@');
    if (onlyNumber || onlyExternal)
        text.remove(0, 1);
    bool isNumber = false;
    const qint64 number = onlyExternal ? 0 : text.toLongLong(&isNumber);
    isNumber = isNumber && number > 0 && text.front().isDigit();
    if (onlyNumber) {
        if (!isNumber)
            return Error{ErrorCode::InvalidInput, "--customer #" + text.toStdString() + ": not a customer number"};
        return number;
    }
    auto byExternal = CustomerRepository(db).findByExternalId(text);
    if (!byExternal && byExternal.error().code != ErrorCode::NotFound && byExternal.error().code != ErrorCode::InvalidInput)
        return byExternal.error();
    if (byExternal) {
        const qint64 id = byExternal.value().id;
        if (isNumber && id != number) {
            return Error{ErrorCode::InvalidInput,
                         "--customer " + text.toStdString() + " is ambiguous: it is customer number " + std::to_string(number)
                             + " and the external id of customer number " + std::to_string(id) + "; write #" + text.toStdString()
                             + " for the first or @" + text.toStdString() + " for the second"};
        }
        return id;
    }
    if (isNumber)
        return number;
    return Error{ErrorCode::NotFound, "--customer " + text.toStdString()
                                          + ": no customer has this external id (and it is not a customer number)"};
}

} // namespace customercli
