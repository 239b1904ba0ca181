#include "core/crypto/base64.h"

namespace exchange::base64 {

std::string encode(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

Result<QByteArray> decode(std::string_view text)
{
    if (text.size() % 4 != 0)
        return makeError(ErrorCode::InvalidInput, "base64 text length is not a multiple of 4");
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '+' || c == '/' || c == '=';
        if (!ok)
            return makeError(ErrorCode::InvalidInput, "base64 text has a character outside the alphabet");
    }
    const QByteArray input(text.data(), static_cast<qsizetype>(text.size()));
    auto decoded = QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(ErrorCode::InvalidInput, "base64 text is malformed");
    // Re-encoding catches misplaced padding and non-zero trailing bits, which
    // Qt tolerates.
    if (decoded.decoded.toBase64() != input)
        return makeError(ErrorCode::InvalidInput, "base64 text is not canonical");
    return decoded.decoded;
}

} // namespace exchange::base64
