#include "core/store/textdigest.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace exchange {

std::string sha256Hex(std::string_view bytes)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())), QCryptographicHash::Sha256);
    return digest.toHex().toStdString();
}

std::string utf8Prefix(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    // text[cut] is the first byte left out: while it continues a character
    // (10xxxxxx), that character would be split, so it goes too. A valid
    // sequence has at most three continuation bytes.
    std::size_t cut = maxBytes;
    for (int back = 0; back < 3 && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80; ++back)
        --cut;
    return std::string(text.substr(0, cut));
}

} // namespace exchange
