# Thin wrappers over libsodium, libsecp256k1 and OpenSSL, and the text
# encodings the chains use.
target_sources(exchange_core PRIVATE
  crypto/base32.h crypto/base32.cpp
  crypto/base58.h crypto/base58.cpp
  crypto/base64.h crypto/base64.cpp
  crypto/bip32key.h crypto/bip32key.cpp
  crypto/bip32publickey.h crypto/bip32publickey.cpp
  crypto/bip39.h crypto/bip39.cpp
  crypto/bip39wordlist.h crypto/bip39wordlist.cpp
  crypto/derivationpath.h crypto/derivationpath.cpp
  crypto/ed25519.h crypto/ed25519.cpp
  crypto/hashes.h crypto/hashes.cpp
  crypto/hex.h crypto/hex.cpp
  crypto/secp256k1.h crypto/secp256k1.cpp
  crypto/slip10ed25519key.h crypto/slip10ed25519key.cpp
  crypto/sodiuminit.h crypto/sodiuminit.cpp
  crypto/uint256.h crypto/uint256.cpp)
