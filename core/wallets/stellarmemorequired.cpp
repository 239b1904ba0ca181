#include "core/wallets/stellarmemorequired.h"

#include "core/base/clock.h"
#include "core/chains/stellar/horizonaccount.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/stellarownaccount.h"
#include "core/wallets/stellarvaultsigning.h"
#include "core/wallets/walletservice.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace exchange::wallets {

namespace {

// SEP-29: wallets look for exactly this value.
const QByteArray kRequired = QByteArrayLiteral("1");

const char *requirementName(MemoRequirement r)
{
    switch (r) {
    case MemoRequirement::Set:
        return "set";
    case MemoRequirement::NotSet:
        return "not_set";
    case MemoRequirement::AccountMissing:
        return "account_missing";
    }
    return "account_missing";
}

} // namespace

StellarMemoRequired::StellarMemoRequired(Database &database, const Clock &clock, security::AuditLog &audit, WalletService &wallets,
                                         stellar::HorizonClient &horizon, std::string networkPassphrase)
    : m_database(database), m_clock(clock), m_audit(audit), m_wallets(wallets), m_horizon(horizon),
      m_passphrase(std::move(networkPassphrase))
{
}

Result<std::string> StellarMemoRequired::baseAccount() const
{
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    const auto it = std::find_if(all.value().begin(), all.value().end(),
                                 [](const Wallet &w) { return w.chain == Chain::Stellar && w.tier == WalletTier::Hot; });
    if (it == all.value().end())
        return Error{ErrorCode::NotFound,
                     "there is no hot wallet on stellar (the base account): exctl wallet add --chain stellar --tier hot --address G…"};
    return it->address;
}

Result<MemoRequiredState> StellarMemoRequired::stateOf(const std::string &address, std::int64_t *sequence, Amount *spendable)
{
    MemoRequiredState s;
    s.address = address;
    auto account = readStellarAccount(m_horizon, address);
    if (!account)
        return account.error();
    if (!account.value())
        return s;
    s.value = account.value()->dataEntry(kEntryName);
    s.requirement = s.value == kRequired ? MemoRequirement::Set : MemoRequirement::NotSet;
    if (sequence)
        *sequence = account.value()->sequence();
    if (spendable)
        *spendable = account.value()->spendableLumens();
    return s;
}

Result<MemoRequiredState> StellarMemoRequired::state()
{
    auto address = baseAccount();
    if (!address)
        return address.error();
    return stateOf(address.value(), nullptr, nullptr);
}

bool StellarMemoRequired::vaultSigns(const security::KeyVault *vault, const security::Actor &actor)
{
    if (!vault || !vault->isUnlocked())
        return false;
    auto keys = vault->keys(actor);
    return keys && std::any_of(keys.value().begin(), keys.value().end(),
                               [](const security::VaultKeyInfo &k) { return k.name == kVaultKey; });
}

Result<MemoRequiredOutcome> StellarMemoRequired::set(const security::Actor &actor, bool required, const security::KeyVault *vault)
{
    if (auto allowed = security::authorizeNow(m_database.connection(), actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    if (m_passphrase.empty())
        return Error{ErrorCode::InvalidInput, "Stellar has no network passphrase: exctl chain set stellar --network "
                                              "\"Public Global Stellar Network ; September 2015\"; nothing made"};
    auto address = baseAccount();
    if (!address)
        return address.error();
    std::int64_t sequence = 0;
    Amount spendable;
    auto state = stateOf(address.value(), &sequence, &spendable);
    if (!state)
        return state.error();
    MemoRequiredOutcome outcome;
    outcome.before = state.value();
    const std::string where = "the base account (hot, " + address.value() + ")";
    if (state.value().requirement == MemoRequirement::AccountMissing)
        return Error{ErrorCode::InvalidInput, where + " does not exist on the network: send it XLM first; nothing made"};
    if (required ? state.value().requirement == MemoRequirement::Set : !state.value().value) {
        outcome.unchanged = true;
        return outcome;
    }
    // A new entry is one more subentry: half a lumen more reserve.
    const bool newEntry = required && !state.value().value;
    const Amount needed = Amount::fromBaseUnits((newEntry ? stellar::HorizonAccount::kBaseReserve : 0) + kFee);
    if (spendable < needed)
        return Error{ErrorCode::InvalidInput, where + " can spend " + spendable.format(7) + " XLM above its reserve; this needs "
                                                  + needed.format(7) + " XLM" + (newEntry ? " (0.5 XLM more reserve and the fee)" : " (the fee)")
                                                  + "; send it XLM first; nothing made"};
    if (sequence == std::numeric_limits<std::int64_t>::max())
        return Error{ErrorCode::Conflict, where + " has used its last sequence number"};

    auto source = stellar::StellarAccount::fromString(address.value());
    if (!source || source.value().muxedId)
        return Error{ErrorCode::InvalidInput, where + " is not a Stellar G… account"};
    const bool signs = vaultSigns(vault, actor);
    stellar::PaymentTransaction tx;
    tx.source = source.value();
    tx.fee = kFee;
    tx.sequence = sequence + 1;
    tx.operation = stellar::OperationType::ManageData;
    tx.dataName = kEntryName;
    if (required)
        tx.dataValue = kRequired;
    // Sent now, or an export that waits for its signer, unbounded as the
    // SDK's TimeoutInfinite writes it.
    tx.timeBounds = signs ? stellar::TimeBounds{0, static_cast<std::uint64_t>(m_clock.nowMs() / 1000 + kValiditySeconds)}
                          : stellar::TimeBounds{0, 0};
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    if (signs) {
        if (auto signedTx = signWithStellarVaultKey(*vault, kVaultKey, address.value(), tx, m_passphrase); !signedTx)
            return signedTx.error();
    }
    outcome.envelope = tx.envelopeBase64();
    outcome.txid = tx.hashHex(m_passphrase);

    if (signs) {
        if (auto sent = submitStellarTransaction(m_horizon, outcome.envelope, "the base account's manage_data",
                                                 "exctl stellar memo-required");
            !sent)
            return sent.error();
        outcome.submitted = true;
    }
    const QJsonObject details{{QStringLiteral("address"), QString::fromStdString(address.value())},
                              {QStringLiteral("required"), required},
                              {QStringLiteral("before"), QString::fromLatin1(requirementName(state.value().requirement))},
                              {QStringLiteral("txid"), QString::fromStdString(outcome.txid)},
                              {QStringLiteral("submitted"), outcome.submitted}};
    if (auto audited = m_audit.record(actor, "stellar.memo_required", "wallet", address.value(), {}, details); !audited)
        return audited.error();
    return outcome;
}

} // namespace exchange::wallets
