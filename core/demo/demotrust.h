#pragma once
// The demo's people and its chain of trust, set up as an exchange's admin
// sets them up, so that the payout signer and the screens verify the demo
// as they would a real exchange: the four demo operators (the README's
// passwords; admin and approver enrolled with the README's TOTP secret),
// the key vault created by the demo admin (which pins their key; the
// passphrase is kDemoVaultPassphrase), the approver's key registered by
// the admin's signature, the USDC tokens added by the admin (signed
// asset.identity statements, demotokens.h), every asset's money settings
// and the four-eyes amounts of XLM and the tokens changed by the admin with
// a code (signed asset.settings statements), and each chain's settings
// signed as they stand. Demo only:
// every secret here is published.

#include "core/base/result.h"
#include "core/security/actor.h"

#include <QByteArray>

#include <string>

namespace exchange {

class Database;
class ManualClock;
namespace security {
class OperatorService;
}

// The demo vault's passphrase, published like the demo's passwords.
inline constexpr const char *kDemoVaultPassphrase = "demo-vault-passphrase";
// The demo's TOTP secret (base32 MRSW23ZNORXXI4BNNZXXILLTMVRXEZLU).
inline constexpr const char *kDemoTotpSecret = "demo-totp-not-secret";

// Adds the operators and signs the trust set-up at clock's time, moving it
// on as each step takes a code. Operators that exist already are left as
// they are; a vault that exists already is not replaced.
Result<void> addDemoTrust(Database &database, ManualClock &clock);

// The admin signs the demo's hot, warm and cold addresses as the wallets
// rows have them (collections and replenishments send only to signed ones;
// the demo's vault holds no hot key to derive hot's from).
Result<void> signDemoWallets(Database &database, ManualClock &clock);

// A demo operator signed in with their demo password who has just
// confirmed a code from the demo secret at clock's time (moved on 30 s, so
// that no code is taken twice): the actor of one signed decision.
Result<security::Actor> demoConfirmed(security::OperatorService &operators, ManualClock &clock,
                                      const std::string &username);

} // namespace exchange
