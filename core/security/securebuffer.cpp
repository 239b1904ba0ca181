#include "core/security/securebuffer.h"

#include "core/crypto/sodiuminit.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace exchange::security {

SecureBuffer::SecureBuffer(std::size_t size)
{
    crypto::ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size == 0 ? 1 : size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
    sodium_mprotect_noaccess(m_data);
}

SecureBuffer::SecureBuffer(const unsigned char *bytes, std::size_t size) : SecureBuffer(size)
{
    WriteView w(*this);
    if (size)
        std::memcpy(w.data(), bytes, size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data) {
        // sodium_free wipes the bytes before it unmaps them.
        sodium_mprotect_readwrite(m_data);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

SecureBuffer::ReadView::ReadView(const SecureBuffer &buffer) : m_buffer(buffer)
{
    if (m_buffer.m_data)
        sodium_mprotect_readonly(m_buffer.m_data);
}

SecureBuffer::ReadView::~ReadView()
{
    if (m_buffer.m_data)
        sodium_mprotect_noaccess(m_buffer.m_data);
}

SecureBuffer::WriteView::WriteView(SecureBuffer &buffer) : m_buffer(buffer)
{
    if (m_buffer.m_data)
        sodium_mprotect_readwrite(m_buffer.m_data);
}

SecureBuffer::WriteView::~WriteView()
{
    if (m_buffer.m_data)
        sodium_mprotect_noaccess(m_buffer.m_data);
}

} // namespace exchange::security
