#include "core/chains/ethereum/rpcresponse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>

namespace exchange::ethereum {

namespace {

using Kind = encoding::JsonValue::Kind;

// At most `length` bytes of the node's text, never half a character.
std::string cut(const std::string &text, std::size_t length)
{
    if (text.size() <= length)
        return text;
    while (length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
        --length;
    return text.substr(0, length) + "…";
}

} // namespace

QJsonValue toQJsonValue(const encoding::JsonValue &value)
{
    switch (value.kind) {
    case Kind::Null:
    case Kind::Invalid: return QJsonValue(QJsonValue::Null);
    case Kind::Bool: return QJsonValue(value.text == "true");
    case Kind::String: return QJsonValue(QString::fromStdString(value.text));
    case Kind::Number: {
        qint64 integer = 0;
        const char *end = value.text.data() + value.text.size();
        if (const auto [ptr, ec] = std::from_chars(value.text.data(), end, integer); ec == std::errc() && ptr == end)
            return QJsonValue(integer);
        return QJsonValue(QString::fromStdString(value.text).toDouble());
    }
    case Kind::Array: {
        QJsonArray array;
        for (const encoding::JsonValue &item : value.items)
            array.append(toQJsonValue(item));
        return array;
    }
    case Kind::Object: {
        QJsonObject object;
        for (const auto &[name, member] : value.members)
            object.insert(QString::fromStdString(name), toQJsonValue(member));
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

RpcResponse readRpcResponse(const encoding::JsonValue &response)
{
    RpcResponse out;
    if (response.kind != Kind::Object) {
        out.detail = "the node's answer is not a JSON-RPC response";
        return out;
    }
    if (const encoding::JsonValue *error = response.member("error"); error && error->kind != Kind::Null) {
        if (error->kind != Kind::Object) {
            out.detail = "the node's answer has an error that is not an error object";
            return out;
        }
        const encoding::JsonValue *code = error->member("code");
        const encoding::JsonValue *message = error->member("message");
        out.kind = RpcResponse::Kind::Refused;
        out.detail = (code && code->kind == Kind::Number ? cut(code->text, 20) : std::string("no code")) + ": "
            + (message && message->kind == Kind::String ? cut(message->text, 200) : std::string());
        return out;
    }
    const encoding::JsonValue *result = response.member("result");
    if (!result) {
        out.detail = "the node's answer has neither result nor error";
        return out;
    }
    out.kind = RpcResponse::Kind::Result;
    out.result = toQJsonValue(*result);
    return out;
}

} // namespace exchange::ethereum
