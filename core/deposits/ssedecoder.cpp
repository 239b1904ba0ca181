#include "core/deposits/ssedecoder.h"

namespace exchange::deposits {

std::vector<SseEvent> SseDecoder::feed(const QByteArray &bytes)
{
    std::vector<SseEvent> out;
    m_buffer += bytes;
    qsizetype start = 0;
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    for (;;) {
        // One pass to the next line end: CR, LF or CRLF (searching for
        // each separately rescans the rest of the buffer for every line).
        qsizetype pos = start;
        while (pos < size && data[pos] != '\n' && data[pos] != '\r')
            ++pos;
        if (pos >= size)
            break;
        qsizetype end = pos;
        qsizetype next = pos + 1;
        if (data[pos] == '\r') {
            if (pos + 1 >= size)
                break; // a CR at the end may be the first half of CRLF
            if (data[pos + 1] == '\n')
                next = pos + 2;
        }
        line(m_buffer.mid(start, end - start), out);
        start = next;
    }
    m_buffer.remove(0, start);
    return out;
}

void SseDecoder::line(const QByteArray &text, std::vector<SseEvent> &out)
{
    if (text.isEmpty()) {
        if (m_hasData) {
            if (m_event.data.endsWith('\n'))
                m_event.data.chop(1);
            out.push_back(m_event);
        }
        const QByteArray lastId = m_event.id; // the id persists across events
        m_event = SseEvent{};
        m_event.id = lastId;
        m_hasData = false;
        return;
    }
    if (text.startsWith(':'))
        return; // comment (keep-alive)
    const qsizetype colon = text.indexOf(':');
    const QByteArray field = colon < 0 ? text : text.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : text.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        m_event.data += value + '\n';
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_event.id = value;
    } else if (field == "event") {
        m_event.type = value;
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    }
}

void SseDecoder::reset()
{
    m_buffer.clear();
    m_event = SseEvent{};
    m_hasData = false;
}

} // namespace exchange::deposits
