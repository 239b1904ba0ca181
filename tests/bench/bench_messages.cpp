// Message::parse, which reads stored English back into a message (a review
// reason, a refusal, a duty's state line) and which CoreText::stored runs on
// the GUI thread inside the models' data(): the indexed lookup against the
// linear search it replaced (every message's regex in turn, kept here as
// the reference), on a realistic mix of stored text. Checks that both read
// every text alike, then prints messages per second and the time per call,
// and the same for CoreText::stored (splitting "; " lists, then rendering).
//
//   bench_messages [--quick]

#include "core/base/message.h"
#include "models/coretext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStringList>

#include <cctype>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace exchange;

namespace {

// The linear search as Message::parse did it before the index, built from the
// public message table in the same way.
class LinearParser final
{
public:
    LinearParser()
    {
        for (const MessageId id : allMessageIds()) {
            const QString english = QString::fromUtf8(messageEnglish(id));
            const std::string_view kinds = messageKinds(id);
            QString regex = QStringLiteral("\\A");
            qsizetype literalStart = 0;
            std::vector<int> groupOfArg(kinds.size(), 0);
            int group = 0;
            for (qsizetype i = 0; i < english.size(); ++i) {
                if (english[i] != u'%' || i + 1 >= english.size() || !english[i + 1].isDigit())
                    continue;
                regex += QRegularExpression::escape(english.mid(literalStart, i - literalStart));
                const auto index = static_cast<std::size_t>(english[i + 1].digitValue() - 1);
                const char kind = index < kinds.size() ? kinds[index] : 't';
                switch (kind) {
                case 'n': regex += QStringLiteral("(-?[0-9][0-9,]*)"); break;
                case 'a': regex += QStringLiteral("(-?[0-9][0-9,]*(?:\\.[0-9]+)?)"); break;
                case 'm': regex += QStringLiteral("(.+?)"); break;
                default: regex += QStringLiteral("((?:(?!; ).)+?)"); break;
                }
                ++group;
                if (index < groupOfArg.size() && groupOfArg[index] == 0)
                    groupOfArg[index] = group;
                literalStart = i + 2;
                ++i;
            }
            regex += QRegularExpression::escape(english.mid(literalStart)) + QStringLiteral("\\z");
            QRegularExpression compiled(regex, QRegularExpression::DotMatchesEverythingOption);
            compiled.optimize();
            m_patterns.push_back({id, std::string(kinds), std::move(compiled), std::move(groupOfArg)});
        }
    }

    std::optional<Message> parse(std::string_view english) const
    {
        const QString text = QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size()));
        for (const Pattern &p : m_patterns) {
            const QRegularExpressionMatch match = p.regex.match(text);
            if (!match.hasMatch())
                continue;
            Message message{p.id, {}};
            for (std::size_t i = 0; i < p.groupOfArg.size(); ++i) {
                std::string arg = match.captured(p.groupOfArg[i]).toStdString();
                if (p.kinds[i] == 'a' || p.kinds[i] == 'n')
                    std::erase(arg, ',');
                message.args.push_back(std::move(arg));
            }
            return message;
        }
        return std::nullopt;
    }

private:
    struct Pattern {
        MessageId id;
        std::string kinds;
        QRegularExpression regex;
        std::vector<int> groupOfArg;
    };
    std::vector<Pattern> m_patterns;
};

// What the core stores: review reasons (one window, or both joined by "; "),
// every message rendered with plausible arguments (duty lines, refusals,
// errors), and operators' notes that are no message at all.
std::vector<std::string> storedMix()
{
    std::vector<std::string> out;
    const char *assets[] = {"XLM", "ETH", "ALGO", "USDC"};
    for (int i = 0; i < 40; ++i) {
        const std::string asset = assets[i % 4];
        const std::string day = Message{MessageId::LimitWindowExceeded, {"24", std::to_string(10000 + i * 37) + ".00", "10000.00", asset}}.english();
        const std::string three = Message{MessageId::LimitWindowExceeded, {"72", std::to_string(30000 + i * 91) + ".50", "30000.00", asset}}.english();
        out.push_back(day);
        out.push_back(day + "; " + three);
    }
    int n = 0;
    for (const MessageId id : allMessageIds()) {
        std::vector<std::string> args;
        for (const char kind : messageKinds(id)) {
            ++n;
            switch (kind) {
            case 'n': args.push_back(std::to_string(n * 7)); break;
            case 'a': args.push_back(std::to_string(n * 1013) + ".25"); break;
            case 'm': args.push_back(messageEnglish(MessageId::WrongCredentials)); break;
            default: args.push_back("GBXK" + std::to_string(n) + "QW"); break;
            }
        }
        out.push_back(Message{id, std::move(args)}.english());
    }
    const char *notes[] = {"customer called, identity checked by video", "paid from warm, ticket #4411",
                           "duplicate of 18842; refunded by bank", "Compliance: source of funds documented",
                           "ok", "retry after the node upgrade", "approved by phone with J. Doe",
                           "Kunde hat angerufen, Identität geprüft"};
    for (int i = 0; i < 10; ++i)
        for (const char *note : notes)
            out.push_back(std::string(note) + (i ? " (" + std::to_string(i) + ")" : std::string()));
    return out;
}

bool same(const std::optional<Message> &a, const std::optional<Message> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->id == b->id && a->args == b->args);
}

// Runs `one` over the mix until `calls` calls are done; returns µs per call.
double measure(const std::vector<std::string> &mix, int calls, const std::function<void(const std::string &)> &one)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i)
        one(mix[static_cast<std::size_t>(i) % mix.size()]);
    return static_cast<double>(timer.nsecsElapsed()) / 1000.0 / calls;
}

void report(const char *what, double microseconds)
{
    std::printf("  %-44s %9.2f µs/call  %12.0f calls/s\n", what, microseconds, 1e6 / microseconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const LinearParser linear;
    const std::vector<std::string> mix = storedMix();

    int messages = 0;
    for (const std::string &text : mix) {
        const auto indexed = Message::parse(text);
        if (!same(indexed, linear.parse(text))) {
            std::fprintf(stderr, "bench_messages: the index reads \"%s\" unlike the linear search\n", text.c_str());
            return 1;
        }
        messages += indexed ? 1 : 0;
    }
    std::printf("Message::parse over %zu stored texts (%d of them messages, %zu message patterns); both read all alike\n",
                mix.size(), messages, allMessageIds().size());

    const int calls = quick ? 20'000 : 200'000;
    volatile std::size_t sink = 0;
    Message::parse(mix.front()); // builds the index once, outside the figures
    const double before = measure(mix, calls / 10, [&](const std::string &t) { sink = sink + (linear.parse(t) ? 1 : 0); });
    const double after = measure(mix, calls, [&](const std::string &t) { sink = sink + (Message::parse(t) ? 1 : 0); });
    report("linear search (before)", before);
    report("indexed by literal prefix and suffix (after)", after);
    std::printf("  %-44s %9.1fx\n", "speed-up", before / after);
    const double stored = measure(mix, calls, [&](const std::string &t) { sink = sink + static_cast<std::size_t>(CoreText::stored(t).size()); });
    report("CoreText::stored (split, parse, render)", stored);
    return 0;
}
