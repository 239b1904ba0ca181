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
    /* withdrawals */                                                                                             \
    X(LimitWindowExceeded, "naat", "%1h: %2 of %3 %4")                                                            \
    /* deposits */                                                                                                \
    /* settings */                                                                                                \
    /* trade */                                                                                                   \
    /* duties */

enum class MessageId {
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
