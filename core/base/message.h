#pragma once
// Message: a sentence an operator may read, kept as an id and its arguments,
// so that the core says it in English (logs, exctl, the trade API) and the
// console says it in the operator's language (models/coretext) without the
// core depending on translations.
//
// Each message is one line of EXCHANGE_MESSAGES: its id, the kinds of its
// arguments (one letter per %1, %2, …) and its English text:
//   t  text, shown as it is (a name, an address, a code; never "; ");
//   n  an integer ("7", "-3"), grouped in the reader's language;
//   a  an amount as a plain exact decimal ("10500.00": '.' point, no
//      grouping), grouped and pointed in the reader's language;
//   m  the English text of another message, translated in turn when it is
//      one (an inner error: "Nothing was saved: %1").
//
// Text the core stored in English (a withdrawal's review reason, a refused
// trade's reason, a duty's state line) is read back into a Message by
// Message::parse, so rows written by any process, in any language setting,
// are shown in the reader's language. Keep each English text distinctive:
// the first message whose pattern matches wins, and tst_message checks that
// every message reads back as itself.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace exchange {

// Sections by the folder that says them; append within yours.
#define EXCHANGE_MESSAGES(X)                                                                                      \
    /* general */                                                                                                 \
    X(NothingChanged, "m", "nothing was changed: %1")                                                              \
    /* security */                                                                                                \
    X(WrongCredentials, "", "wrong username or password")                                                          \
    X(WrongCredentialsWait, "n", "wrong username or password; wait %1 s before the next try")                     \
    X(TooManyWrongPasswords, "tn", "too many wrong passwords for %1; try again in %2 s")                          \
    X(OperatorDisabled, "t", "%1 is disabled; ask an admin")                                                      \
    X(OperatorMayNoLongerSignIn, "t", "%1 may no longer sign in")                                                 \
    X(UsernameLength, "", "a username has 1 to 64 characters")                                                    \
    X(UsernameCharacters, "", "a username has only lower-case letters, digits, '.', '_' and '-'")                 \
    X(PasswordTooShort, "n", "a password needs at least %1 characters")                                           \
    X(OperatorsExistAlready, "", "there are operators already; an admin adds further ones")                       \
    X(OperatorExists, "t", "operator %1 exists already")                                                          \
    X(NoSuchOperator, "t", "no operator named %1")                                                                \
    X(NoAdminLeft, "", "this would leave no admin who can sign in")                                               \
    X(CannotDisableSelf, "", "you cannot disable yourself")                                                       \
    X(NobodySignedIn, "", "nobody is signed in")                                                                  \
    X(SystemMayNot, "t", "the system may not %1 on its own")                                                      \
    X(RoleMayNot, "ttt", "%1 (%2) may not %3")                                                                    \
    X(NeedsSecondFactor, "t", "%1 needs a current two-factor code")                                               \
    X(TotpCodeWrong, "", "the two-factor code is wrong or too old")                                               \
    X(TotpCodeUsed, "", "this two-factor code was used already; wait for the next one")                           \
    X(TotpNoEnrolment, "", "no two-factor enrolment is under way")                                                \
    X(TotpNotEnrolled, "t", "%1 has not enrolled a two-factor app yet")                                           \
    X(TotpEnrolmentDamaged, "t", "the two-factor enrolment of %1 is damaged")                                     \
    X(TotpEnrolmentUnreadable, "t", "the two-factor enrolment of %1 cannot be opened; an admin resets the password") \
    X(TotpCodeAwaited, "", "another action is waiting for its two-factor code")                                   \
    X(TotpCodeNotGiven, "", "no two-factor code was given; nothing changed")                                      \
    X(VaultPassphraseTooShort, "n", "a vault passphrase needs at least %1 characters")                            \
    X(VaultExists, "", "the key vault exists already")                                                            \
    X(VaultNotCreated, "", "there is no key vault yet; an admin creates it first")                                \
    X(WrongVaultPassphrase, "", "wrong vault passphrase")                                                         \
    X(VaultKeyAltered, "t", "vault key %1 cannot be opened: it was altered")                                      \
    X(VaultKeyNameLength, "", "a key name has 1 to 64 characters")                                                \
    X(VaultKeyEmpty, "", "an empty key cannot be stored")                                                         \
    X(VaultLockedForKeys, "", "the key vault is locked; an admin unlocks it first")                               \
    X(VaultKeyNotStored, "t", "vault key %1 could not be stored (does it exist already?)")                        \
    X(NoSuchVaultKey, "t", "no vault key named %1")                                                               \
    X(VaultStateNone, "", "no key vault yet: automatic payouts wait until an admin creates one")                  \
    X(VaultStateLocked, "", "key vault locked: automatic payouts wait until an admin unlocks it")                 \
    X(VaultStateUnlocked, "", "key vault unlocked: automatic payouts can be signed")                              \
    /* withdrawals */                                                                                             \
    X(LimitWindowExceeded, "naat", "%1h: %2 of %3 %4")                                                            \
    /* deposits */                                                                                                \
    /* settings */                                                                                                \
    X(NoSettingToChange, "", "no setting to change")                                                              \
    X(AssetNamedTwice, "t", "asset %1 named twice in one change")                                                 \
    X(AssetChangedMeanwhile, "t", "asset %1 was changed by someone else meanwhile; reload and try again")         \
    X(ChainConfirmationsRange, "", "confirmations must be between 0 and 1000")                                    \
    /* ledger */                                                                                                  \
    X(AdjustmentNeedsReason, "", "an adjustment needs a reason")                                                  \
    X(AdjustmentNeedsAmount, "", "an adjustment needs a non-zero amount")                                         \
    X(LedgerAccountDiffers, "tttt", "account %1: %2 is %3 in the table but %4 by the journal")                    \
    X(LedgerPostedUnequal, "ttt", "asset %1: posted debits %2 differ from posted credits %3")                     \
    X(LedgerPendingUnequal, "ttt", "asset %1: pending debits %2 differ from pending credits %3")                  \
    X(LedgerDatabaseDamaged, "t", "database damaged: %1")                                                         \
    X(LedgerJournalUnreadable, "m", "the journal cannot be read: %1")                                             \
    X(LedgerJournalRefused, "m", "journal: %1")                                                                   \
    X(LedgerMoreDiscrepancies, "n", "… and %1 more")                                                              \
    /* trade */                                                                                                   \
    /* duties */

enum class MessageId : int {
    None, // no id: the Error's English text is all there is
#define EXCHANGE_MESSAGE_ENUM(id, kinds, english) id,
    EXCHANGE_MESSAGES(EXCHANGE_MESSAGE_ENUM)
#undef EXCHANGE_MESSAGE_ENUM
};

struct Message {
    MessageId id = MessageId::None;
    std::vector<std::string> args; // one per placeholder, as the kinds say

    // The English sentence, amounts grouped ("10,500.00").
    std::string english() const;

    // The message whose English text this is, or nothing.
    static std::optional<Message> parse(std::string_view english);

    friend bool operator==(const Message &, const Message &) = default;
};

// Every id but None, in the order of EXCHANGE_MESSAGES.
std::span<const MessageId> allMessageIds();
// "WrongCredentials": for tests and logs.
const char *messageName(MessageId id);
// The English text with its placeholders, "%1h: %2 of %3 %4".
const char *messageEnglish(MessageId id);
// The argument kinds, "naat".
std::string_view messageKinds(MessageId id);

// "10500.25" -> "10,500.25"; anything that is not a plain decimal is
// returned as it is.
std::string groupedDecimal(std::string_view plain);

} // namespace exchange
