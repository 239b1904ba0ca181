#pragma once
// DutyStatus: the last word of a background duty (a chain's deposit
// watcher, its payouts, its collection, the chain balance reader): the text
// an operator reads, and how it stands, so that screens and /health can
// tell a watcher that is down from one that is merely not configured, or
// payouts waiting for a replenishment, without reading the (translated)
// text.
//
// The text is English, made of the messages of core/base/message.h (the
// duties' section), because whichever process leads writes it into
// duty_status for every console: each console says it in its operator's
// language with CoreText::stored. Several facts in one line are joined by
// dutyJoin ("; "), which CoreText translates one by one.

#include "core/base/message.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace exchange {

struct DutyStatus {
    enum class Health {
        Running, // working, or waiting for nothing but time
        Blocked, // works, but cannot go on until an operator acts (hot too short for its queue)
        Off,     // not configured here, or stopped on purpose
        Down,    // should work and does not: a node unreachable, a halt, unreadable settings
    };

    QString text;
    Health health = Health::Running;

    static DutyStatus running(QString text) { return {std::move(text), Health::Running}; }
    static DutyStatus blocked(QString text) { return {std::move(text), Health::Blocked}; }
    static DutyStatus off(QString text) { return {std::move(text), Health::Off}; }
    static DutyStatus down(QString text) { return {std::move(text), Health::Down}; }

    bool isDown() const { return health == Health::Down; }
    friend bool operator==(const DutyStatus &, const DutyStatus &) = default;
};

// A duty's words in English: the message with its arguments.
inline QString dutyWords(MessageId id, std::vector<std::string> args = {})
{
    return QString::fromStdString(Message{id, std::move(args)}.english());
}

// One line of several facts ("paid: 2; sent: 1").
inline QString dutyJoin(const QStringList &parts)
{
    return parts.join(QStringLiteral("; "));
}

} // namespace exchange

Q_DECLARE_METATYPE(exchange::DutyStatus)
