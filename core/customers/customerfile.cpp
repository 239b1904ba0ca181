#include "core/customers/customerfile.h"

#include "core/base/message.h"
#include "core/store/customerrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

#include <map>

namespace exchange::customers {

namespace {

constexpr int kMaxName = 200;
constexpr int kMaxEmail = 254;

Error refused(int line, const std::string &why)
{
    return makeError(ErrorCode::InvalidInput, MessageId::CustomerImportRefused, {std::to_string(line), why});
}

// The fields a row must have right, whatever the format said them in.
Result<void> checkRow(const CustomerFileRow &row)
{
    if (auto valid = CustomerRepository::checkExternalId(row.externalId); !valid)
        return refused(row.line, valid.error().message);
    if (row.name.trimmed().isEmpty())
        return refused(row.line, "a customer needs a name");
    if (row.name.size() > kMaxName)
        return refused(row.line, "a name has at most " + std::to_string(kMaxName) + " characters");
    if (row.email) {
        const QString email = row.email->trimmed();
        if (email.size() > kMaxEmail || (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' ')))))
            return refused(row.line, "not an email address: " + email.left(80).toStdString());
    }
    return {};
}

// One CSV record's fields and the line it started on; RFC 4180 quoting.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

Result<std::vector<CsvRecord>> readCsv(const QString &text)
{
    std::vector<CsvRecord> records;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // A blank line (or the file's last line break) holds no record.
        if (text[i] == QLatin1Char('\n') || (text[i] == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))) {
            i += text[i] == QLatin1Char('\r') ? 2 : 1;
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        for (;;) {
            QString field;
            if (i < n && text[i] == QLatin1Char('"')) {
                ++i;
                for (;;) {
                    if (i >= n)
                        return refused(record.line, "a quoted field is not closed");
                    if (text[i] == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == QLatin1Char('\n'))
                        ++line;
                    field += text[i++];
                }
                if (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\n') && text[i] != QLatin1Char('\r'))
                    return refused(line, "a quoted field goes on after its closing quote");
            } else {
                while (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\n') && text[i] != QLatin1Char('\r')) {
                    if (text[i] == QLatin1Char('"'))
                        return refused(line, "a quote inside a field that does not start with one");
                    field += text[i++];
                }
            }
            record.fields << field;
            if (i < n && text[i] == QLatin1Char(',')) {
                ++i;
                continue;
            }
            if (i < n && text[i] == QLatin1Char('\r')) {
                if (i + 1 >= n || text[i + 1] != QLatin1Char('\n'))
                    return refused(line, "a carriage return outside quotes that does not end the line");
                ++i;
            }
            if (i < n && text[i] == QLatin1Char('\n')) {
                ++i;
                ++line;
            }
            break;
        }
        records.push_back(std::move(record));
    }
    return records;
}

Result<std::vector<CustomerFileRow>> parseCsv(const QString &text)
{
    auto records = readCsv(text);
    if (!records)
        return records.error();
    if (records.value().empty())
        return refused(1, "the file is empty: a CSV file starts with the header external_id,name,email");
    const CsvRecord &header = records.value().front();
    int externalColumn = -1, nameColumn = -1, emailColumn = -1;
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString title = header.fields[c].trimmed().toLower();
        int *column = title == QLatin1String("external_id") ? &externalColumn
                    : title == QLatin1String("name")        ? &nameColumn
                    : title == QLatin1String("email")       ? &emailColumn
                                                            : nullptr;
        if (!column)
            return refused(header.line, "unknown column \"" + title.left(40).toStdString()
                                            + "\" (the columns are external_id, name and email)");
        if (*column >= 0)
            return refused(header.line, "the column " + title.toStdString() + " is named twice");
        *column = c;
    }
    if (externalColumn < 0 || nameColumn < 0)
        return refused(header.line, "the header needs the columns external_id and name (email is optional)");
    std::vector<CustomerFileRow> rows;
    for (std::size_t r = 1; r < records.value().size(); ++r) {
        const CsvRecord &record = records.value()[r];
        if (record.fields.size() != header.fields.size())
            return refused(record.line, std::to_string(record.fields.size()) + " fields where the header has "
                                            + std::to_string(header.fields.size()));
        CustomerFileRow row;
        row.line = record.line;
        row.externalId = record.fields[externalColumn].trimmed();
        row.name = record.fields[nameColumn].trimmed();
        if (emailColumn >= 0)
            row.email = record.fields[emailColumn].trimmed();
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<CustomerFileRow>> parseJsonLines(const QString &text)
{
    std::vector<CustomerFileRow> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        const QString source = lines[l].trimmed();
        if (source.isEmpty())
            continue;
        const int lineNumber = l + 1;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(source.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return refused(lineNumber, "not a JSON object");
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("external_id") && it.key() != QLatin1String("name") && it.key() != QLatin1String("email"))
                return refused(lineNumber, "unknown key \"" + it.key().left(40).toStdString()
                                               + "\" (the keys are external_id, name and email)");
        }
        if (!object.value(QLatin1String("external_id")).isString())
            return refused(lineNumber, "external_id must be a string");
        if (!object.value(QLatin1String("name")).isString())
            return refused(lineNumber, "name must be a string");
        CustomerFileRow row;
        row.line = lineNumber;
        row.externalId = object.value(QLatin1String("external_id")).toString();
        row.name = object.value(QLatin1String("name")).toString().trimmed();
        if (object.contains(QLatin1String("email"))) {
            const QJsonValue email = object.value(QLatin1String("email"));
            if (!email.isString() && !email.isNull())
                return refused(lineNumber, "email must be a string or null");
            row.email = email.isNull() ? QString() : email.toString().trimmed();
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Result<std::vector<CustomerFileRow>> CustomerFile::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return Error{ErrorCode::InvalidInput, "an import file has at most 64 MiB; split it"};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{ErrorCode::InvalidInput, "an import file is UTF-8 text"};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    auto rows = first < text.size() && text[first] == QLatin1Char('{') ? parseJsonLines(text) : parseCsv(text);
    if (!rows)
        return rows.error();
    std::map<QString, int> seen;
    for (const CustomerFileRow &row : rows.value()) {
        if (auto checked = checkRow(row); !checked)
            return checked.error();
        const auto [where, added] = seen.emplace(row.externalId, row.line);
        if (!added)
            return refused(row.line, "the external id " + row.externalId.toStdString() + " is on line "
                                         + std::to_string(where->second) + " already");
    }
    return rows;
}

} // namespace exchange::customers
