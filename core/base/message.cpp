#include "core/base/message.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <array>
#include <cctype>

namespace exchange {

namespace {

struct Entry {
    MessageId id;
    const char *name;
    std::string_view kinds;
    const char *english;
};

constexpr Entry kEntries[] = {
#define EXCHANGE_MESSAGE_ENTRY(id, kinds, english) {MessageId::id, #id, kinds, english},
    EXCHANGE_MESSAGES(EXCHANGE_MESSAGE_ENTRY)
#undef EXCHANGE_MESSAGE_ENTRY
};

constexpr std::array<MessageId, std::size(kEntries)> kIds = [] {
    std::array<MessageId, std::size(kEntries)> ids{};
    for (std::size_t i = 0; i < ids.size(); ++i)
        ids[i] = kEntries[i].id;
    return ids;
}();

const Entry *entry(MessageId id)
{
    const auto index = static_cast<std::size_t>(id);
    if (index == 0 || index > std::size(kEntries))
        return nullptr;
    return &kEntries[index - 1];
}

bool isPlainDecimal(std::string_view text)
{
    std::size_t i = text.starts_with('-') ? 1 : 0;
    std::size_t digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        ++i;
        ++digits;
    }
    if (digits == 0)
        return false;
    if (i == text.size())
        return true;
    if (text[i] != '.' || i + 1 == text.size())
        return false;
    for (++i; i < text.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

// The pattern that reads an English text back: the literal parts escaped,
// each placeholder a group that accepts what its kind may be.
QRegularExpression pattern(const Entry &e)
{
    const QString english = QString::fromUtf8(e.english);
    QString regex = QStringLiteral("\\A");
    qsizetype literalStart = 0;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english[i] != u'%' || i + 1 >= english.size() || !english[i + 1].isDigit())
            continue;
        regex += QRegularExpression::escape(english.mid(literalStart, i - literalStart));
        const auto index = static_cast<std::size_t>(english[i + 1].digitValue() - 1);
        const char kind = index < e.kinds.size() ? e.kinds[index] : 't';
        switch (kind) {
        case 'n': regex += QStringLiteral("(-?[0-9][0-9,]*)"); break;
        case 'a': regex += QStringLiteral("(-?[0-9][0-9,]*(?:\\.[0-9]+)?)"); break;
        case 'm': regex += QStringLiteral("(.+?)"); break;
        // A name or a code never holds "; ", which joins several messages
        // in one stored line ("24h: …; 72h: …").
        default: regex += QStringLiteral("((?:(?!; ).)+?)"); break;
        }
        literalStart = i + 2;
        ++i;
    }
    regex += QRegularExpression::escape(english.mid(literalStart)) + QStringLiteral("\\z");
    return QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
}

struct Pattern {
    const Entry *entry;
    QRegularExpression regex;
    std::vector<int> groupOfArg; // placeholder index -> capture group
    std::string_view suffix;     // the literal English after the last placeholder
    std::size_t literalSize = 0; // of the literal prefix and suffix together
};

// The patterns, and a trie of their literal prefixes (the English before the
// first placeholder): a text is tried only against the few patterns whose
// prefix it starts with and whose suffix it ends with, in the order of
// EXCHANGE_MESSAGES, so the first that matches still wins. A message that
// starts with a placeholder has the empty prefix, at the root.
struct PatternIndex {
    struct Node {
        std::vector<std::pair<char, std::size_t>> children; // byte -> node
        std::vector<std::size_t> patterns;                  // ending their prefix here
    };
    std::vector<Pattern> patterns; // in EXCHANGE_MESSAGES order
    std::vector<Node> trie{Node{}};

    void add(std::string_view prefix, std::size_t pattern)
    {
        std::size_t node = 0;
        for (const char c : prefix) {
            auto &children = trie[node].children;
            const auto found = std::find_if(children.begin(), children.end(), [c](const auto &child) { return child.first == c; });
            if (found != children.end()) {
                node = found->second;
                continue;
            }
            children.emplace_back(c, trie.size());
            node = trie.size();
            trie.emplace_back();
        }
        trie[node].patterns.push_back(pattern);
    }

    // The patterns whose prefix and suffix the text has, in order.
    void candidates(std::string_view text, std::vector<std::size_t> &out) const
    {
        out.clear();
        std::size_t node = 0;
        for (std::size_t i = 0;; ++i) {
            for (const std::size_t p : trie[node].patterns) {
                if (text.size() >= patterns[p].literalSize && text.ends_with(patterns[p].suffix))
                    out.push_back(p);
            }
            if (i == text.size())
                break;
            const auto &children = trie[node].children;
            const char c = text[i];
            const auto next = std::find_if(children.begin(), children.end(), [c](const auto &child) { return child.first == c; });
            if (next == children.end())
                break;
            node = next->second;
        }
        std::sort(out.begin(), out.end());
    }
};

const PatternIndex &patternIndex()
{
    static const PatternIndex built = [] {
        PatternIndex out;
        out.patterns.reserve(std::size(kEntries));
        for (const Entry &e : kEntries) {
            Pattern p{&e, pattern(e), {}, {}, 0};
            p.regex.optimize();
            p.groupOfArg.assign(e.kinds.size(), 0);
            int group = 0;
            const std::string_view english = e.english;
            std::size_t prefixEnd = std::string_view::npos;
            std::size_t suffixStart = 0;
            for (std::size_t i = 0; i + 1 < english.size(); ++i) {
                if (english[i] == '%' && std::isdigit(static_cast<unsigned char>(english[i + 1]))) {
                    const std::size_t index = static_cast<std::size_t>(english[i + 1] - '1');
                    ++group;
                    if (index < p.groupOfArg.size() && p.groupOfArg[index] == 0)
                        p.groupOfArg[index] = group;
                    if (prefixEnd == std::string_view::npos)
                        prefixEnd = i;
                    suffixStart = i + 2;
                    ++i;
                }
            }
            // Without a placeholder, the whole text is the prefix.
            const std::string_view prefix = english.substr(0, prefixEnd);
            p.suffix = prefixEnd == std::string_view::npos ? std::string_view() : english.substr(suffixStart);
            p.literalSize = prefix.size() + p.suffix.size();
            out.patterns.push_back(std::move(p));
            out.add(prefix, out.patterns.size() - 1);
        }
        return out;
    }();
    return built;
}

std::string withoutGrouping(std::string text)
{
    std::erase(text, ',');
    return text;
}

} // namespace

std::string groupedDecimal(std::string_view plain)
{
    if (!isPlainDecimal(plain))
        return std::string(plain);
    const bool negative = plain.starts_with('-');
    const std::string_view unsignedPart = negative ? plain.substr(1) : plain;
    const std::size_t point = unsignedPart.find('.');
    const std::string_view whole = unsignedPart.substr(0, point);
    std::string out = negative ? "-" : "";
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += ',';
        out += whole[i];
    }
    if (point != std::string_view::npos)
        out += unsignedPart.substr(point);
    return out;
}

std::string Message::english() const
{
    const Entry *e = entry(id);
    if (!e)
        return {};
    const std::string_view text = e->english;
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            const std::size_t index = static_cast<std::size_t>(text[i + 1] - '1');
            if (index < args.size()) {
                const char kind = index < e->kinds.size() ? e->kinds[index] : 't';
                out += kind == 'a' || kind == 'n' ? groupedDecimal(args[index]) : args[index];
            }
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::optional<Message> Message::parse(std::string_view english)
{
    const PatternIndex &index = patternIndex();
    thread_local std::vector<std::size_t> candidates;
    index.candidates(english, candidates);
    if (candidates.empty())
        return std::nullopt;
    const QString text = QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size()));
    for (const std::size_t candidate : candidates) {
        const Pattern &p = index.patterns[candidate];
        const QRegularExpressionMatch match = p.regex.match(text);
        if (!match.hasMatch())
            continue;
        Message message{p.entry->id, {}};
        for (std::size_t i = 0; i < p.groupOfArg.size(); ++i) {
            std::string arg = match.captured(p.groupOfArg[i]).toStdString();
            const char kind = p.entry->kinds[i];
            message.args.push_back(kind == 'a' || kind == 'n' ? withoutGrouping(std::move(arg)) : std::move(arg));
        }
        return message;
    }
    return std::nullopt;
}

std::span<const MessageId> allMessageIds()
{
    return kIds;
}

const char *messageName(MessageId id)
{
    const Entry *e = entry(id);
    return e ? e->name : "None";
}

const char *messageEnglish(MessageId id)
{
    const Entry *e = entry(id);
    return e ? e->english : "";
}

std::string_view messageKinds(MessageId id)
{
    const Entry *e = entry(id);
    return e ? e->kinds : std::string_view();
}

} // namespace exchange
