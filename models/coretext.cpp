#include "coretext.h"

#include "displayformat.h"

#include <QStringList>

using exchange::MessageId;

QString CoreText::pattern(MessageId id)
{
    switch (id) {
    case MessageId::None: return QString();
    // general
    case MessageId::NothingChanged: return tr("nothing was changed: %1");
    // security
    case MessageId::WrongCredentials: return tr("wrong username or password");
    // withdrawals
    case MessageId::LimitWindowExceeded: return tr("%1h: %2 of %3 %4");
    // deposits
    // settings
    // trade
    // duties
    }
    return QString();
}

QString CoreText::text(MessageId id, const std::vector<std::string> &args, const QLocale &locale)
{
    QString text = pattern(id);
    if (text.isEmpty())
        return QString::fromStdString(exchange::Message{id, args}.english());
    const std::string_view kinds = exchange::messageKinds(id);
    // One pass, so that an argument containing "%2" is never substituted.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const auto index = static_cast<std::size_t>(text[i + 1].digitValue() - 1);
            if (index < args.size()) {
                const QString arg = QString::fromStdString(args[index]);
                switch (index < kinds.size() ? kinds[index] : 't') {
                case 'a':
                case 'n': out += displayformat::decimalText(arg, locale); break;
                case 'm': out += stored(arg, locale); break;
                default: out += arg; break;
                }
            }
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

QString CoreText::text(const exchange::Message &message, const QLocale &locale)
{
    return text(message.id, message.args, locale);
}

QString CoreText::error(const exchange::Error &error, const QLocale &locale)
{
    if (error.id == MessageId::None)
        return stored(error.message, locale);
    return text(error.id, error.args, locale);
}

QString CoreText::stored(const std::string &english, const QLocale &locale)
{
    if (english.empty())
        return QString();
    if (const auto message = exchange::Message::parse(english))
        return text(*message, locale);
    // Several reasons in one line ("24h: …; 72h: …").
    if (english.find("; ") != std::string::npos) {
        QStringList parts;
        bool any = false;
        std::size_t start = 0;
        while (start <= english.size()) {
            const std::size_t end = english.find("; ", start);
            const std::string part = english.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (const auto message = exchange::Message::parse(part)) {
                parts << text(*message, locale);
                any = true;
            } else {
                parts << QString::fromStdString(part);
            }
            if (end == std::string::npos)
                break;
            start = end + 2;
        }
        if (any)
            return parts.join(QStringLiteral("; "));
    }
    return QString::fromStdString(english);
}

QString CoreText::stored(const QString &english, const QLocale &locale)
{
    return stored(english.toStdString(), locale);
}
