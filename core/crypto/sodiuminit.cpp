#include "core/crypto/sodiuminit.h"

#include <sodium.h>

#include <stdexcept>

namespace exchange::crypto {

void ensureSodium()
{
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        throw std::runtime_error("libsodium failed to initialise");
}

} // namespace exchange::crypto
