#include "core/api/backofficepage.h"

#include <QUrlQuery>

namespace exchange::api {

namespace {

constexpr char kCursorPrefix[] = "before:";

std::optional<std::int64_t> digits(const QByteArray &text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    return text.toLongLong();
}

Error invalid(const std::string &what)
{
    return Error{ErrorCode::InvalidInput, what};
}

} // namespace

Result<BackOfficePage> BackOfficePage::fromTarget(const QByteArray &target)
{
    BackOfficePage page;
    const qsizetype mark = target.indexOf('?');
    if (mark < 0)
        return page;
    const QUrlQuery query(QString::fromUtf8(target.mid(mark + 1)));
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const auto limit = digits(query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).toUtf8(), 3);
        if (!limit || *limit < 1 || *limit > kMaxLimit)
            return invalid("limit is a whole number from 1 to " + std::to_string(kMaxLimit));
        page.limit = static_cast<int>(*limit);
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const QByteArray encoded = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded).toUtf8();
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray text = decoded ? *decoded : QByteArray();
        const auto id = text.startsWith(kCursorPrefix) ? digits(text.mid(sizeof(kCursorPrefix) - 1), 18) : std::nullopt;
        if (!id || *id < 1 || cursorAfter(*id) != encoded)
            return invalid("cursor is not one this server gave (pass next_cursor as it was)");
        page.beforeId = *id;
    }
    return page;
}

QByteArray BackOfficePage::cursorAfter(std::int64_t lastId)
{
    return (QByteArray(kCursorPrefix) + QByteArray::number(static_cast<qlonglong>(lastId)))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonValue BackOfficePage::nextCursor(bool more, std::int64_t lastId)
{
    return more ? QJsonValue(QString::fromLatin1(cursorAfter(lastId))) : QJsonValue();
}

} // namespace exchange::api
