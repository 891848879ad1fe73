#include "core/SecureBytes.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <string.h>
#endif

namespace kamae {
namespace crypto {

void scrub(void *data, std::size_t size)
{
    if (!data || !size)
        return;
    // The same choices as Botan's secure_scrub_memory, without Botan, which
    // only the vault's implementation may use.
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, size);
#elif defined(__GLIBC__) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD)
    explicit_bzero(data, size);
#else
    volatile auto *p = static_cast<volatile std::uint8_t *>(data);
    for (std::size_t i = 0; i != size; ++i)
        p[i] = 0;
#endif
}

void scrub(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach();
    scrub(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

SecureBytes passphraseBytes(const QString &passphrase)
{
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecureBytes out = toSecure(utf8);
    scrub(utf8);
    return out;
}

} // namespace crypto
} // namespace kamae
