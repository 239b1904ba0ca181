#pragma once
// CoreText: what the core says (core/base/message.h), in the operator's
// language. The core keeps its sentences as ids and arguments and renders
// English for logs, exctl and the API; the console turns the same ids into
// tr() text here, with amounts and numbers in the language's format. Errors
// without an id, and stored text that is not one of the messages, are shown
// as the core wrote them.
//
// Every MessageId has its text in CoreText::pattern (a switch: the compiler
// names a missing one), and tst_coretext checks each reads like the core's
// English and is translated into every language the console ships.

#include "core/base/message.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <string>
#include <vector>

class CoreText final
{
    Q_DECLARE_TR_FUNCTIONS(CoreText)
public:
    // The message in the current language.
    static QString text(exchange::MessageId id, const std::vector<std::string> &args,
                        const QLocale &locale = QLocale());
    static QString text(const exchange::Message &message, const QLocale &locale = QLocale());
    // An error's message; its English text when it has no id.
    static QString error(const exchange::Error &error, const QLocale &locale = QLocale());
    // Text the core stored in English (a review reason, a refusal, a duty's
    // state), translated when it is one of the messages; several joined by
    // "; " are translated one by one.
    static QString stored(const std::string &english, const QLocale &locale = QLocale());
    static QString stored(const QString &english, const QLocale &locale = QLocale());

    // The translated text with its placeholders, for tests.
    static QString pattern(exchange::MessageId id);
};
