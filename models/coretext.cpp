#include "coretext.h"

#include "displayformat.h"

#include <QStringList>

#include <optional>

using exchange::MessageId;

QString CoreText::pattern(MessageId id)
{
    switch (id) {
    case MessageId::None: return QString();
    // general
    case MessageId::NothingChanged: return tr("nothing was changed: %1");
    // security
    case MessageId::WrongCredentials: return tr("wrong username or password");
    case MessageId::WrongCredentialsWait: return tr("wrong username or password; wait %1 s before the next try");
    case MessageId::TooManyWrongPasswords: return tr("too many wrong passwords for %1; try again in %2 s");
    case MessageId::OperatorDisabled: return tr("%1 is disabled; ask an admin");
    case MessageId::OperatorMayNoLongerSignIn: return tr("%1 may no longer sign in");
    case MessageId::UsernameLength: return tr("a username has 1 to 64 characters");
    case MessageId::UsernameCharacters: return tr("a username has only lower-case letters, digits, '.', '_' and '-'");
    case MessageId::PasswordTooShort: return tr("a password needs at least %1 characters");
    case MessageId::OperatorsExistAlready: return tr("there are operators already; an admin adds further ones");
    case MessageId::OperatorExists: return tr("operator %1 exists already");
    case MessageId::NoSuchOperator: return tr("no operator named %1");
    case MessageId::NoAdminLeft: return tr("this would leave no admin who can sign in");
    case MessageId::CannotDisableSelf: return tr("you cannot disable yourself");
    case MessageId::NobodySignedIn: return tr("nobody is signed in");
    //: %1 the technical name of an action (change_settings, approve_withdrawal, …)
    case MessageId::SystemMayNot: return tr("the system may not %1 on its own");
    //: %1 a user name, %2 its role (viewer, operator, approver, admin), %3 the technical name of an action
    case MessageId::RoleMayNot: return tr("%1 (%2) may not %3");
    //: %1 the technical name of an action (change_settings, approve_withdrawal, …)
    case MessageId::NeedsSecondFactor: return tr("%1 needs a current two-factor code");
    case MessageId::TotpCodeWrong: return tr("the two-factor code is wrong or too old");
    case MessageId::TotpCodeUsed: return tr("this two-factor code was used already; wait for the next one");
    case MessageId::TotpNoEnrolment: return tr("no two-factor enrolment is under way");
    case MessageId::TotpNotEnrolled: return tr("%1 has not enrolled a two-factor app yet");
    case MessageId::TotpEnrolmentDamaged: return tr("the two-factor enrolment of %1 is damaged");
    case MessageId::TotpEnrolmentUnreadable: return tr("the two-factor enrolment of %1 cannot be opened; an admin resets the password");
    case MessageId::TotpCodeAwaited: return tr("another action is waiting for its two-factor code");
    case MessageId::TotpCodeNotGiven: return tr("no two-factor code was given; nothing changed");
    case MessageId::VaultPassphraseTooShort: return tr("a vault passphrase needs at least %1 characters");
    case MessageId::VaultExists: return tr("the key vault exists already");
    case MessageId::VaultNotCreated: return tr("there is no key vault yet; an admin creates it first");
    case MessageId::WrongVaultPassphrase: return tr("wrong vault passphrase");
    case MessageId::VaultKeyAltered: return tr("vault key %1 cannot be opened: it was altered");
    case MessageId::VaultKeyNameLength: return tr("a key name has 1 to 64 characters");
    case MessageId::VaultKeyEmpty: return tr("an empty key cannot be stored");
    case MessageId::VaultLockedForKeys: return tr("the key vault is locked; an admin unlocks it first");
    case MessageId::VaultKeyNotStored: return tr("vault key %1 could not be stored (does it exist already?)");
    case MessageId::NoSuchVaultKey: return tr("no vault key named %1");
    case MessageId::VaultStateNone: return tr("no key vault yet: automatic payouts wait until an admin creates one");
    case MessageId::VaultStateLocked: return tr("key vault locked: automatic payouts wait until an admin unlocks it");
    case MessageId::VaultStateUnlocked: return tr("key vault unlocked: automatic payouts can be signed");
    // withdrawals
    case MessageId::LimitWindowExceeded: return tr("%1h: %2 of %3 %4");
    // deposits
    // settings
    case MessageId::NoSettingToChange: return tr("no setting to change");
    case MessageId::AssetNamedTwice: return tr("asset %1 named twice in one change");
    case MessageId::AssetChangedMeanwhile: return tr("asset %1 was changed by someone else meanwhile; reload and try again");
    case MessageId::ChainConfirmationsRange: return tr("confirmations must be between 0 and 1000");
    // ledger
    case MessageId::AdjustmentNeedsReason: return tr("an adjustment needs a reason");
    case MessageId::AdjustmentNeedsAmount: return tr("an adjustment needs a non-zero amount");
    //: %1 a ledger account, %2 a column (debits_posted, …), %3 and %4 amounts in base units
    case MessageId::LedgerAccountDiffers: return tr("account %1: %2 is %3 in the table but %4 by the journal");
    case MessageId::LedgerPostedUnequal: return tr("asset %1: posted debits %2 differ from posted credits %3");
    case MessageId::LedgerPendingUnequal: return tr("asset %1: pending debits %2 differ from pending credits %3");
    case MessageId::LedgerDatabaseDamaged: return tr("database damaged: %1");
    case MessageId::LedgerJournalUnreadable: return tr("the journal cannot be read: %1");
    case MessageId::LedgerJournalRefused: return tr("journal: %1");
    case MessageId::LedgerMoreDiscrepancies: return tr("… and %1 more");
    // trade
    // duties
    }
    return QString();
}

QString CoreText::text(MessageId id, const std::vector<std::string> &args, const QLocale &locale)
{
    QString text = pattern(id);
    if (text.isEmpty())
        return QString::fromStdString(exchange::Message{id, args}.english());
    const std::string_view kinds = exchange::messageKinds(id);
    // One pass, so that an argument containing "%2" is never substituted.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const auto index = static_cast<std::size_t>(text[i + 1].digitValue() - 1);
            if (index < args.size()) {
                const QString arg = QString::fromStdString(args[index]);
                switch (index < kinds.size() ? kinds[index] : 't') {
                case 'a':
                case 'n': out += displayformat::decimalText(arg, locale); break;
                case 'm': out += stored(arg, locale); break;
                default: out += arg; break;
                }
            }
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

QString CoreText::text(const exchange::Message &message, const QLocale &locale)
{
    return text(message.id, message.args, locale);
}

QString CoreText::error(const exchange::Error &error, const QLocale &locale)
{
    if (error.id == MessageId::None)
        return stored(error.message, locale);
    return text(error.id, error.args, locale);
}

QString CoreText::stored(const std::string &english, const QLocale &locale)
{
    if (english.empty())
        return QString();
    // Several reasons in one line ("24h: …; 72h: …"), each a message: one by
    // one, before the whole line is tried, since a text argument of the
    // first would take in the rest.
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = english.find("; ", start);
        parts.push_back(english.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 2;
    }
    std::vector<std::optional<exchange::Message>> messages;
    bool all = true;
    bool any = false;
    for (const std::string &part : parts) {
        messages.push_back(exchange::Message::parse(part));
        all = all && messages.back().has_value();
        any = any || messages.back().has_value();
    }
    if (parts.size() == 1 || !all) {
        // One message with "; " in its own text ("…; wait for the next one").
        if (const auto message = exchange::Message::parse(english))
            return text(*message, locale);
    }
    if (!any)
        return QString::fromStdString(english);
    QStringList said;
    for (std::size_t i = 0; i < parts.size(); ++i)
        said << (messages[i] ? text(*messages[i], locale) : QString::fromStdString(parts[i]));
    return said.join(QStringLiteral("; "));
}

QString CoreText::stored(const QString &english, const QLocale &locale)
{
    return stored(english.toStdString(), locale);
}
