#pragma once
// Initialises libsodium exactly once before first use (sodium_init is
// thread-safe and idempotent); throws if the library cannot start.

namespace exchange::crypto {

void ensureSodium();

} // namespace exchange::crypto
