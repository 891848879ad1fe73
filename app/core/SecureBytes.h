#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

// Memory for secrets. It lives in core/ so that the store can hold the
// decrypted database in it without knowing the vault; the namespace stays
// crypto, which says what it is for.
namespace kamae {
namespace crypto {

// Overwrites memory in a way the optimiser may not remove.
void scrub(void *data, std::size_t size);

// Allocator that scrubs memory before giving it back, so that keys,
// passphrases and the decrypted database do not linger on the heap.
template <typename T> struct ScrubbingAllocator
{
    using value_type = T;
    ScrubbingAllocator() noexcept = default;
    template <typename U> ScrubbingAllocator(const ScrubbingAllocator<U> &) noexcept {}
    T *allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
    void deallocate(T *p, std::size_t n) noexcept
    {
        scrub(p, n * sizeof(T));
        std::allocator<T>().deallocate(p, n);
    }
    template <typename U> bool operator==(const ScrubbingAllocator<U> &) const noexcept
    {
        return true;
    }
    template <typename U> bool operator!=(const ScrubbingAllocator<U> &) const noexcept
    {
        return false;
    }
};

using SecureBytes = std::vector<std::uint8_t, ScrubbingAllocator<std::uint8_t>>;

// Passphrases are compared as NFC-normalised UTF-8, so that the same text
// typed through different input methods unlocks the same vault.
SecureBytes passphraseBytes(const QString &passphrase);

inline SecureBytes toSecure(const QByteArray &bytes)
{
    return SecureBytes(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                       reinterpret_cast<const std::uint8_t *>(bytes.constData()) + bytes.size());
}

inline QByteArray toByteArray(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

// Scrubs a QByteArray's buffer (for the few places Qt hands us one).
void scrub(QByteArray &bytes);

} // namespace crypto
} // namespace kamae
