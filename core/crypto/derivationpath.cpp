#include "core/crypto/derivationpath.h"

namespace exchange::crypto {

Result<std::vector<std::uint32_t>> parseDerivationPath(std::string_view path)
{
    if (path.empty() || path[0] != 'm')
        return makeError(ErrorCode::InvalidInput, "a derivation path starts with m");
    std::vector<std::uint32_t> indexes;
    size_t pos = 1;
    while (pos < path.size()) {
        if (path[pos] != '/')
            return makeError(ErrorCode::InvalidInput, "derivation path segments are separated by /");
        ++pos;
        const size_t start = pos;
        std::uint64_t value = 0;
        while (pos < path.size() && path[pos] >= '0' && path[pos] <= '9') {
            value = value * 10 + static_cast<std::uint64_t>(path[pos] - '0');
            if (value >= HardenedBit)
                return makeError(ErrorCode::InvalidInput, "derivation path index is 2^31 or more");
            ++pos;
        }
        if (pos == start)
            return makeError(ErrorCode::InvalidInput, "derivation path segment has no index");
        if (pos - start > 1 && path[start] == '0')
            return makeError(ErrorCode::InvalidInput, "derivation path index has a leading zero");
        auto index = static_cast<std::uint32_t>(value);
        if (pos < path.size() && (path[pos] == '\'' || path[pos] == 'h' || path[pos] == 'H')) {
            index |= HardenedBit;
            ++pos;
        }
        indexes.push_back(index);
    }
    return indexes;
}

std::string formatDerivationPath(const std::vector<std::uint32_t> &indexes)
{
    std::string path = "m";
    for (std::uint32_t index : indexes) {
        path += '/';
        path += std::to_string(index & ~HardenedBit);
        if (index & HardenedBit)
            path += '\'';
    }
    return path;
}

} // namespace exchange::crypto
