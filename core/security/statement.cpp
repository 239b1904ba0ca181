#include "core/security/statement.h"

#include "core/crypto/hashes.h"

#include <QList>

#include <stdexcept>

namespace exchange::security {

namespace {

bool validKey(std::string_view key)
{
    if (key.empty() || key.size() > 64)
        return false;
    for (char c : key) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'))
            return false;
    }
    return true;
}

bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == 0x7f || c == '%';
}

void appendEscaped(QByteArray &out, const std::string &value)
{
    static const char digits[] = "0123456789ABCDEF";
    for (unsigned char c : value) {
        if (needsEscape(c)) {
            out.append('%');
            out.append(digits[c >> 4]);
            out.append(digits[c & 0x0f]);
        } else {
            out.append(static_cast<char>(c));
        }
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1; // lower case is not canonical
}

std::optional<std::string> unescape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexDigit(text[i + 1]);
            const int lo = hexDigit(text[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            const auto decoded = static_cast<unsigned char>(hi * 16 + lo);
            if (!needsEscape(decoded))
                return std::nullopt; // one spelling per value
            out.push_back(static_cast<char>(decoded));
            i += 2;
        } else if (needsEscape(c)) {
            return std::nullopt;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

} // namespace

Statement::Statement(std::string kind) : m_kind(std::move(kind))
{
    if (!validKey(m_kind))
        throw std::invalid_argument("a statement's kind must be [a-z0-9_.]");
}

Statement &Statement::add(std::string_view key, std::string value)
{
    if (!validKey(key) || key == "kind" || this->value(key))
        throw std::invalid_argument("a statement's key must be [a-z0-9_.], not kind, and used once");
    m_fields.emplace_back(std::string(key), std::move(value));
    return *this;
}

std::optional<std::string> Statement::value(std::string_view key) const
{
    for (const auto &[k, v] : m_fields) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

QByteArray Statement::canonical() const
{
    QByteArray out;
    out.append(kHeader.data(), static_cast<qsizetype>(kHeader.size()));
    out.append("\nkind=");
    out.append(m_kind.data(), static_cast<qsizetype>(m_kind.size()));
    out.append('\n');
    for (const auto &[key, value] : m_fields) {
        out.append(key.data(), static_cast<qsizetype>(key.size()));
        out.append('=');
        appendEscaped(out, value);
        out.append('\n');
    }
    return out;
}

QByteArray Statement::hash() const
{
    return crypto::sha256(canonical());
}

Result<Statement> Statement::parse(const QByteArray &canonical)
{
    const Error bad{ErrorCode::InvalidInput, "not a canonical statement"};
    if (!canonical.endsWith('\n'))
        return bad;
    const QList<QByteArray> lines = canonical.chopped(1).split('\n');
    if (lines.size() < 2 || lines[0] != QByteArray(kHeader.data(), static_cast<qsizetype>(kHeader.size()))
        || !lines[1].startsWith("kind="))
        return bad;
    const std::string kind = lines[1].mid(5).toStdString();
    if (!validKey(kind))
        return bad;
    Statement statement(kind);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype equals = lines[i].indexOf('=');
        if (equals <= 0)
            return bad;
        const std::string key = lines[i].left(equals).toStdString();
        auto value = unescape(std::string_view(lines[i].constData() + equals + 1,
                                               static_cast<std::size_t>(lines[i].size() - equals - 1)));
        if (!validKey(key) || key == "kind" || statement.value(key) || !value)
            return bad;
        statement.m_fields.emplace_back(key, std::move(*value));
    }
    return statement;
}

} // namespace exchange::security
