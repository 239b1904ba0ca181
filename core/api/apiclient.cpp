#include "core/api/apiclient.h"

#include "core/base/message.h"

#include <QStringList>

namespace exchange::api {

namespace {
constexpr ApiScope kAllScopes[] = {ApiScope::Read, ApiScope::Customers, ApiScope::Withdrawals};
}

std::string_view apiScopeName(ApiScope scope)
{
    switch (scope) {
    case ApiScope::Read: return "read";
    case ApiScope::Customers: return "customers";
    case ApiScope::Withdrawals: return "withdrawals";
    }
    return "unknown";
}

Result<ApiScopes> parseApiScopes(const QString &commaList)
{
    ApiScopes scopes = 0;
    const QStringList names = commaList.split(u',');
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        bool known = false;
        for (ApiScope scope : kAllScopes) {
            if (name == QLatin1String(apiScopeName(scope).data())) {
                scopes |= static_cast<unsigned>(scope);
                known = true;
            }
        }
        if (!known)
            return makeError(ErrorCode::InvalidInput, MessageId::ApiClientUnknownScope, {name.toStdString()});
    }
    return scopes;
}

QString apiScopesText(ApiScopes scopes)
{
    QStringList names;
    for (ApiScope scope : kAllScopes)
        if (scopes & static_cast<unsigned>(scope))
            names << QString::fromLatin1(apiScopeName(scope).data());
    return names.join(u',');
}

} // namespace exchange::api
