#include "core/encoding/exactjson.h"

#include <iterator>

namespace exchange::encoding {

JsonValue::JsonValue() = default;
JsonValue::JsonValue(const JsonValue &) = default;
JsonValue::JsonValue(JsonValue &&) noexcept = default;
JsonValue &JsonValue::operator=(const JsonValue &) = default;
JsonValue &JsonValue::operator=(JsonValue &&) noexcept = default;
JsonValue::~JsonValue() = default;

const JsonValue *JsonValue::member(std::string_view key) const
{
    for (const auto &[k, v] : members) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

namespace {

constexpr int kMaxDepth = 32;

class Parser final
{
public:
    // `records`: the member names that lead from the document to its list
    // of records, or nullptr to read strictly.
    Parser(std::string_view in, const std::vector<std::string_view> *records) : m_in(in), m_records(records) {}

    Result<JsonValue> document()
    {
        skipSpace();
        auto v = value(0, 0);
        if (!v)
            return v;
        skipSpace();
        if (m_pos != m_in.size())
            return fail("unexpected data after the JSON value");
        return v;
    }

private:
    // A break in the grammar: where the value ends is unknown.
    Error fail(const std::string &what)
    {
        m_recoverable = false;
        return Error{ErrorCode::InvalidInput, "invalid JSON: " + what + " at byte " + std::to_string(m_pos)};
    }

    // A value whose shape is still JSON, but which breaks a rule of this
    // reader: in records mode, only the record holding it is refused.
    Error refuse(const std::string &what)
    {
        Error e = fail(what);
        m_recoverable = true;
        return e;
    }

    void skipSpace()
    {
        while (m_pos < m_in.size()
               && (m_in[m_pos] == ' ' || m_in[m_pos] == '\t' || m_in[m_pos] == '\n' || m_in[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(std::string_view word)
    {
        if (m_in.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    // `along`: how many of the names leading to the records this value
    // is reached by, or -1 when it is off that path.
    Result<JsonValue> value(int depth, int along)
    {
        if (depth > kMaxDepth)
            return refuse("nesting too deep");
        if (m_pos >= m_in.size())
            return fail("unexpected end");
        const std::size_t start = m_pos;
        JsonValue v;
        const char c = m_in[m_pos];
        if (c == '{') {
            v.kind = JsonValue::Kind::Object;
            ++m_pos;
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == '}') {
                ++m_pos;
            } else {
                auto &members = m_members[static_cast<std::size_t>(depth)];
                members.clear();
                for (;;) {
                    skipSpace();
                    if (m_pos >= m_in.size() || m_in[m_pos] != '"')
                        return fail("expected a member name");
                    auto key = string();
                    if (!key)
                        return key.error();
                    for (const auto &[name, earlier] : members) {
                        if (name == key.value())
                            return refuse("member \"" + key.value() + "\" given twice");
                    }
                    skipSpace();
                    if (m_pos >= m_in.size() || m_in[m_pos] != ':')
                        return fail("expected ':'");
                    ++m_pos;
                    skipSpace();
                    auto member = value(depth + 1, followRecords(along, key.value()));
                    if (!member)
                        return member;
                    members.emplace_back(std::move(key).value(), std::move(member).value());
                    skipSpace();
                    if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                        ++m_pos;
                        continue;
                    }
                    if (m_pos < m_in.size() && m_in[m_pos] == '}') {
                        ++m_pos;
                        v.members.assign(std::make_move_iterator(members.begin()), std::make_move_iterator(members.end()));
                        members.clear();
                        break;
                    }
                    return fail("expected ',' or '}'");
                }
            }
        } else if (c == '[') {
            v.kind = JsonValue::Kind::Array;
            ++m_pos;
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == ']') {
                ++m_pos;
            } else {
                auto &items = m_items[static_cast<std::size_t>(depth)];
                items.clear();
                for (;;) {
                    skipSpace();
                    auto item = arrayItem(depth + 1, isRecordList(along));
                    if (!item)
                        return item;
                    items.push_back(std::move(item).value());
                    skipSpace();
                    if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                        ++m_pos;
                        continue;
                    }
                    if (m_pos < m_in.size() && m_in[m_pos] == ']') {
                        ++m_pos;
                        v.items.assign(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
                        items.clear();
                        break;
                    }
                    return fail("expected ',' or ']'");
                }
            }
        } else if (c == '"') {
            v.kind = JsonValue::Kind::String;
            auto s = string();
            if (!s)
                return s.error();
            v.text = std::move(s).value();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            v.kind = JsonValue::Kind::Number;
            if (auto n = number(); !n)
                return n.error();
            v.text = std::string(m_in.substr(start, m_pos - start));
        } else if (literal("true")) {
            v.kind = JsonValue::Kind::Bool;
            v.text = "true";
        } else if (literal("false")) {
            v.kind = JsonValue::Kind::Bool;
            v.text = "false";
        } else if (literal("null")) {
            v.kind = JsonValue::Kind::Null;
        } else {
            return fail("unexpected character");
        }
        v.raw = m_in.substr(start, m_pos - start);
        return v;
    }

    int followRecords(int along, const std::string &name) const
    {
        if (!m_records || along < 0 || static_cast<std::size_t>(along) >= m_records->size()
            || (*m_records)[static_cast<std::size_t>(along)] != name)
            return -1;
        return along + 1;
    }

    bool isRecordList(int along) const
    {
        return m_records && along >= 0 && static_cast<std::size_t>(along) == m_records->size();
    }

    // An item of an array. An item of the list of records is a record: an
    // error inside it marks it Invalid if its end can be found, and reading
    // goes on after it.
    Result<JsonValue> arrayItem(int depth, bool record)
    {
        if (!record)
            return value(depth, -1);
        const std::size_t start = m_pos;
        auto item = value(depth, -1);
        if (item || !m_recoverable)
            return item;
        m_pos = start;
        if (!skipRecord(start))
            return item; // the record's end is unknown: the page is broken
        JsonValue bad;
        bad.kind = JsonValue::Kind::Invalid;
        bad.raw = m_in.substr(start, m_pos - start);
        bad.text = std::move(item).error().message;
        return bad;
    }

    // Moves past one array item by its brackets and strings alone, without
    // recursion (the item may be nested too deep to parse). False when its
    // brackets do not balance or the input ends inside it.
    bool skipRecord(std::size_t start)
    {
        std::vector<char> closers;
        bool inString = false;
        for (; m_pos < m_in.size(); ++m_pos) {
            const char c = m_in[m_pos];
            if (inString) {
                if (c == '\\')
                    ++m_pos;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                closers.push_back(c == '{' ? '}' : ']');
            } else if (c == '}' || c == ']') {
                if (closers.empty()) {
                    if (c == ']')
                        break; // the end of the list: the item ends before it
                    return false;
                }
                if (closers.back() != c)
                    return false;
                closers.pop_back();
            } else if (c == ',' && closers.empty()) {
                break;
            }
        }
        if (m_pos >= m_in.size() || m_pos == start || !closers.empty() || inString)
            return false;
        // Trailing white space belongs between the items, not to the record.
        while (m_pos > 0 && (m_in[m_pos - 1] == ' ' || m_in[m_pos - 1] == '\t' || m_in[m_pos - 1] == '\n' || m_in[m_pos - 1] == '\r'))
            --m_pos;
        return true;
    }

    Result<void> number()
    {
        auto digits = [&] {
            const std::size_t from = m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_in[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_in.size() && m_in[m_pos] == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return fail("bad number");
        }
        if (m_pos < m_in.size() && m_in[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail("bad number");
        }
        if (m_pos < m_in.size() && (m_in[m_pos] == 'e' || m_in[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == '+' || m_in[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return fail("bad number");
        }
        return {};
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    Result<unsigned> hex4()
    {
        if (m_pos + 4 > m_in.size())
            return refuse("bad \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_in[m_pos++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= static_cast<unsigned>(h - 'A' + 10);
            else
                return refuse("bad \\u escape");
        }
        return v;
    }

    // Validates one UTF-8 sequence starting at m_pos and copies it.
    Result<void> utf8(std::string &out)
    {
        const auto b0 = static_cast<unsigned char>(m_in[m_pos]);
        int extra = 0;
        unsigned cp = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            extra = 1;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            extra = 2;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            extra = 3;
            cp = b0 & 0x07;
        } else {
            return refuse("invalid UTF-8");
        }
        if (m_pos + static_cast<std::size_t>(extra) >= m_in.size())
            return refuse("invalid UTF-8");
        for (int i = 1; i <= extra; ++i) {
            const auto b = static_cast<unsigned char>(m_in[m_pos + static_cast<std::size_t>(i)]);
            if ((b & 0xC0) != 0x80)
                return refuse("invalid UTF-8");
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return refuse("invalid UTF-8");
        out.append(m_in.substr(m_pos, static_cast<std::size_t>(extra) + 1));
        m_pos += static_cast<std::size_t>(extra) + 1;
        return {};
    }

    static bool isPlain(char c)
    {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x20 && b < 0x80 && c != '"' && c != '\\';
    }

    Result<std::string> string()
    {
        ++m_pos; // opening quote
        std::string out;
        while (m_pos < m_in.size()) {
            // Plain ASCII runs, the bulk of every string, are copied at once.
            std::size_t end = m_pos;
            while (end < m_in.size() && isPlain(m_in[end]))
                ++end;
            out.append(m_in.data() + m_pos, end - m_pos);
            m_pos = end;
            if (m_pos >= m_in.size())
                break;
            const char c = m_in[m_pos];
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return refuse("control character in a string");
            if (c == '\\') {
                if (++m_pos >= m_in.size())
                    break;
                const char e = m_in[m_pos++];
                switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    auto cp = hex4();
                    if (!cp)
                        return cp.error();
                    unsigned code = cp.value();
                    if (code >= 0xD800 && code <= 0xDBFF) {
                        if (m_in.substr(m_pos, 2) != "\\u")
                            return refuse("unpaired surrogate");
                        m_pos += 2;
                        auto low = hex4();
                        if (!low)
                            return low.error();
                        if (low.value() < 0xDC00 || low.value() > 0xDFFF)
                            return refuse("unpaired surrogate");
                        code = 0x10000 + ((code - 0xD800) << 10) + (low.value() - 0xDC00);
                    } else if (code >= 0xDC00 && code <= 0xDFFF) {
                        return refuse("unpaired surrogate");
                    }
                    appendUtf8(out, code);
                    break;
                }
                default: return refuse("bad escape");
                }
                continue;
            }
            if (static_cast<unsigned char>(c) >= 0x80) {
                if (auto u = utf8(out); !u)
                    return u.error();
                continue;
            }
            out += c;
            ++m_pos;
        }
        return fail("unterminated string");
    }

    std::string_view m_in;
    std::size_t m_pos = 0;
    const std::vector<std::string_view> *m_records = nullptr;
    // Per depth, the members or items of the container being read there:
    // they grow once per document and each container gets a vector of
    // exactly its size.
    std::vector<std::vector<std::pair<std::string, JsonValue>>> m_members =
        std::vector<std::vector<std::pair<std::string, JsonValue>>>(kMaxDepth + 1);
    std::vector<std::vector<JsonValue>> m_items = std::vector<std::vector<JsonValue>>(kMaxDepth + 1);
    bool m_recoverable = false; // of the last error
};

} // namespace

Result<JsonValue> parseJson(std::string_view input)
{
    return Parser(input, nullptr).document();
}

Result<JsonValue> parseJsonRecords(std::string_view input, const std::vector<std::string_view> &recordsPath)
{
    return Parser(input, &recordsPath).document();
}

} // namespace exchange::encoding
