#pragma once
// Server-sent events (the WHATWG EventSource format) decoded from a byte
// stream that arrives in arbitrary pieces: "id:", "event:", "data:" (several
// data lines join with newlines), "retry:", comments, and a blank line that
// ends an event. Pure: no I/O.

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace exchange::deposits {

struct SseEvent {
    QByteArray id;
    QByteArray type = "message";
    QByteArray data;
};

class SseDecoder final
{
public:
    // Appends bytes and returns the events they complete.
    std::vector<SseEvent> feed(const QByteArray &bytes);
    // The reconnection delay the server asked for, if any.
    std::optional<int> retryMs() const { return m_retryMs; }
    void reset();

private:
    void line(const QByteArray &text, std::vector<SseEvent> &out);

    QByteArray m_buffer;
    SseEvent m_event;
    bool m_hasData = false;
    std::optional<int> m_retryMs;
};

} // namespace exchange::deposits
