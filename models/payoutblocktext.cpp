#include "payoutblocktext.h"

using exchange::PayoutBlock;

QString PayoutBlockText::describe(const PayoutBlock &block)
{
    const QString chain = QString::fromLatin1(exchange::chainName(block.chain));
    switch (block.reason) {
    case PayoutBlock::Reason::NoVault:
        //: %1 is a chain (ethereum, stellar, algorand)
        return tr("No key vault exists: %n payout(s) on %1 cannot be signed. An admin creates the vault on the "
                  "Operators screen.",
                  nullptr, block.waiting)
            .arg(chain);
    case PayoutBlock::Reason::VaultLocked:
        return tr("The key vault is locked: %n payout(s) on %1 cannot be signed. An admin unlocks it on the Operators "
                  "screen.",
                  nullptr, block.waiting)
            .arg(chain);
    case PayoutBlock::Reason::NoPin:
        //: %1 is a chain (ethereum, stellar, algorand)
        return tr("The key vault pins no admin's signing key: %n payout(s) on %1 are not signed until an admin pins "
                  "theirs. An admin unlocks the vault on the Operators screen (or runs exctl --operator ADMIN vault "
                  "pin).",
                  nullptr, block.waiting)
            .arg(chain);
    case PayoutBlock::Reason::NoHotKey:
        //: %1 is a chain; hot:%1 is the name of the key in the vault
        return tr("The key vault holds no hot key for %1 (hot:%1): %n payout(s) cannot be signed. Import it with "
                  "exctl vault import-hot-key --chain %1.",
                  nullptr, block.waiting)
            .arg(chain);
    case PayoutBlock::Reason::NoNode:
        return tr("No node is configured for %1: %n payout(s) cannot be sent. Set one in Settings → Chains.", nullptr,
                  block.waiting)
            .arg(chain);
    }
    return {};
}

QString PayoutBlockText::screenId(PayoutBlock::Reason reason)
{
    switch (reason) {
    case PayoutBlock::Reason::NoVault:
    case PayoutBlock::Reason::VaultLocked:
    case PayoutBlock::Reason::NoPin:
    case PayoutBlock::Reason::NoHotKey:
        return QStringLiteral("operators");
    case PayoutBlock::Reason::NoNode:
        return QStringLiteral("settings");
    }
    return {};
}

QString PayoutBlockText::action(PayoutBlock::Reason reason)
{
    switch (reason) {
    case PayoutBlock::Reason::NoVault:
        return tr("Create the vault");
    case PayoutBlock::Reason::VaultLocked:
        return tr("Unlock the vault");
    case PayoutBlock::Reason::NoPin:
        return tr("Pin an admin's key");
    case PayoutBlock::Reason::NoHotKey:
        return tr("Key vault");
    case PayoutBlock::Reason::NoNode:
        return tr("Chain settings");
    }
    return {};
}
