#pragma once
// DutyStatus: the last word of a background duty (a chain's deposit
// watcher, its payouts, its collection, the chain balance reader): the text
// an operator reads, and how it stands, so that screens and /health can
// tell a watcher that is down from one that is merely not configured, or
// payouts waiting for a replenishment, without reading the (translated)
// text.

#include <QMetaType>
#include <QString>

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

} // namespace exchange

Q_DECLARE_METATYPE(exchange::DutyStatus)
