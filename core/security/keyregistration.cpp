#include "core/security/keyregistration.h"

#include <charconv>

namespace exchange::security {

Statement KeyRegistration::statement() const
{
    Statement s(kKind);
    s.add("operator_id", operatorId)
        .add("username", username)
        .add("role", std::string(roleName(role)))
        .add("disabled", disabled ? "1" : "0")
        .add("public_key", publicKey.toHex().toStdString());
    return s;
}

std::optional<KeyRegistration> KeyRegistration::from(const Statement &statement)
{
    if (statement.kind() != kKind)
        return std::nullopt;
    const auto id = statement.value("operator_id");
    const auto username = statement.value("username");
    const auto role = statement.value("role");
    const auto disabled = statement.value("disabled");
    const auto key = statement.value("public_key");
    if (!id || !username || !role || !disabled || !key)
        return std::nullopt;
    KeyRegistration r;
    const auto [end, ec] = std::from_chars(id->data(), id->data() + id->size(), r.operatorId);
    if (ec != std::errc() || end != id->data() + id->size() || r.operatorId <= 0)
        return std::nullopt;
    const auto parsedRole = roleFromName(*role);
    if (!parsedRole || (*disabled != "0" && *disabled != "1") || key->size() != 64)
        return std::nullopt;
    r.username = *username;
    r.role = *parsedRole;
    r.disabled = *disabled == "1";
    r.publicKey = QByteArray::fromHex(QByteArray::fromStdString(*key));
    if (r.publicKey.size() != 32 || r.publicKey.toHex() != QByteArray::fromStdString(*key))
        return std::nullopt; // lower-case hex only: one spelling
    return r;
}

} // namespace exchange::security
