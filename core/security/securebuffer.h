#pragma once
// SecureBuffer: secret bytes in libsodium guarded memory (guard pages,
// canary, locked in RAM, never swapped), no access unless opened for
// reading or writing, and wiped when destroyed. Move-only.

#include <cstddef>

namespace exchange::security {

class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const unsigned char *bytes, std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    bool isEmpty() const { return m_data == nullptr; }
    std::size_t size() const { return m_size; }

    // Opens the bytes for the lifetime of the returned view, then closes
    // them again (no access).
    class ReadView final
    {
    public:
        explicit ReadView(const SecureBuffer &buffer);
        ~ReadView();
        ReadView(const ReadView &) = delete;
        ReadView &operator=(const ReadView &) = delete;
        const unsigned char *data() const { return m_buffer.m_data; }
        std::size_t size() const { return m_buffer.m_size; }

    private:
        const SecureBuffer &m_buffer;
    };
    class WriteView final
    {
    public:
        explicit WriteView(SecureBuffer &buffer);
        ~WriteView();
        WriteView(const WriteView &) = delete;
        WriteView &operator=(const WriteView &) = delete;
        unsigned char *data() { return m_buffer.m_data; }
        std::size_t size() const { return m_buffer.m_size; }

    private:
        SecureBuffer &m_buffer;
    };

    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace exchange::security
