#include "vault/Crypto.h"

#include <botan/aead.h>
#include <botan/compression.h>
#include <botan/exceptn.h>
#include <botan/hash.h>
#include <botan/mem_ops.h>
#include <botan/pwdhash.h>
#include <botan/system_rng.h>

#include <QElapsedTimer>

// For ZSTD_customMem: the allocator that scrubs. The symbols are exported
// by the shared library of every zstd since 1.3 (docs/vault-format.md).
#define ZSTD_STATIC_LINKING_ONLY
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <new>

namespace kamae {
namespace crypto {

namespace {

const char *aeadName(Cipher cipher)
{
    switch (cipher) {
    case Cipher::Aes256Gcm:
        return "AES-256/GCM";
    case Cipher::ChaCha20Poly1305:
        return "ChaCha20Poly1305";
    }
    return "AES-256/GCM";
}

Botan::RandomNumberGenerator &rng()
{
    return Botan::system_rng();
}

const std::uint8_t *bytes(const QByteArray &a)
{
    return reinterpret_cast<const std::uint8_t *>(a.constData());
}

} // namespace

bool isCipherKnown(std::uint16_t id)
{
    return id == static_cast<std::uint16_t>(Cipher::Aes256Gcm) ||
           id == static_cast<std::uint16_t>(Cipher::ChaCha20Poly1305);
}

bool kdfParamsAcceptable(const KdfParams &params)
{
    return params.memoryKiB >= 8 && params.memoryKiB <= kMaxKdfMemoryKiB &&
           params.iterations >= 1 && params.iterations <= kMaxKdfPasses &&
           params.parallelism >= 1 && params.parallelism <= kMaxKdfLanes &&
           params.memoryKiB >= 8 * params.parallelism &&
           std::uint64_t(params.memoryKiB) * params.iterations <= kMaxKdfWorkKiB;
}

KdfParams tuneArgon2id(std::chrono::milliseconds target, std::uint32_t memoryKiB)
{
    KdfParams params{memoryKiB, 1, 1};
    const SecureBytes probe = randomSecret(16);
    const QByteArray salt = randomBytes(kSaltSize);
    QElapsedTimer timer;
    timer.start();
    (void)deriveKey(probe, salt, params);
    const qint64 onePass = std::max<qint64>(1, timer.elapsed());
    // Time grows linearly with the number of passes at fixed memory.
    // Never more than a file may ask for (kdfParamsAcceptable()).
    const qint64 mostPasses = std::clamp<qint64>(
        static_cast<qint64>(kMaxKdfWorkKiB / std::max<std::uint32_t>(1, memoryKiB)), 1,
        kMaxKdfPasses);
    const qint64 passes = std::clamp<qint64>(target.count() / onePass, 1, mostPasses);
    params.iterations = static_cast<std::uint32_t>(passes);
    return params;
}

std::optional<SecureBytes> deriveKey(const SecureBytes &secret, const QByteArray &salt,
                                     const KdfParams &params)
{
    if (!kdfParamsAcceptable(params))
        return std::nullopt;
    try {
        auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
        auto hash = family->from_params(params.memoryKiB, params.iterations, params.parallelism);
        SecureBytes key(kKeySize);
        hash->derive_key(key.data(), key.size(), reinterpret_cast<const char *>(secret.data()),
                         secret.size(), bytes(salt), static_cast<std::size_t>(salt.size()));
        return key;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

QByteArray randomBytes(std::size_t count)
{
    QByteArray out(static_cast<qsizetype>(count), '\0');
    rng().randomize(reinterpret_cast<std::uint8_t *>(out.data()), count);
    return out;
}

SecureBytes randomSecret(std::size_t count)
{
    SecureBytes out(count);
    rng().randomize(out.data(), out.size());
    return out;
}

std::optional<QByteArray> seal(Cipher cipher, const SecureBytes &key, const QByteArray &nonce,
                               const QByteArray &associatedData, const SecureBytes &plaintext)
{
    try {
        auto mode = Botan::AEAD_Mode::create_or_throw(aeadName(cipher), Botan::ENCRYPTION);
        mode->set_key(key.data(), key.size());
        mode->set_associated_data(bytes(associatedData),
                                  static_cast<std::size_t>(associatedData.size()));
        mode->start(bytes(nonce), static_cast<std::size_t>(nonce.size()));
        Botan::secure_vector<std::uint8_t> buffer(plaintext.begin(), plaintext.end());
        mode->finish(buffer);
        return QByteArray(reinterpret_cast<const char *>(buffer.data()),
                          static_cast<qsizetype>(buffer.size()));
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::optional<SecureBytes> open(Cipher cipher, const SecureBytes &key, const QByteArray &nonce,
                                const QByteArray &associatedData, const QByteArray &sealed)
{
    if (static_cast<std::size_t>(sealed.size()) < kTagSize)
        return std::nullopt;
    try {
        auto mode = Botan::AEAD_Mode::create_or_throw(aeadName(cipher), Botan::DECRYPTION);
        mode->set_key(key.data(), key.size());
        mode->set_associated_data(bytes(associatedData),
                                  static_cast<std::size_t>(associatedData.size()));
        mode->start(bytes(nonce), static_cast<std::size_t>(nonce.size()));
        Botan::secure_vector<std::uint8_t> buffer(bytes(sealed), bytes(sealed) + sealed.size());
        mode->finish(buffer);
        return SecureBytes(buffer.begin(), buffer.end());
    } catch (const std::exception &) {
        // Invalid_Authentication_Tag and any malformed-input error alike:
        // the caller only needs to know these bytes cannot be trusted.
        return std::nullopt;
    }
}

QByteArray sha256(const QByteArray &data)
{
    return sha256(bytes(data), static_cast<std::size_t>(data.size()));
}

QByteArray sha256(const std::uint8_t *data, std::size_t size)
{
    try {
        auto hash = Botan::HashFunction::create_or_throw("SHA-256");
        hash->update(data, size);
        const auto digest = hash->final();
        return QByteArray(reinterpret_cast<const char *>(digest.data()),
                          static_cast<qsizetype>(digest.size()));
    } catch (const std::exception &) {
        return {};
    }
}

SecureBytes compressZlib(const SecureBytes &data)
{
    return compressZlib(data.data(), data.size());
}

SecureBytes compressZlib(const std::uint8_t *data, std::size_t size)
{
    std::unique_ptr<Botan::Compression_Algorithm> zlib(Botan::make_compressor("zlib"));
    Botan::secure_vector<std::uint8_t> buffer(data, data + size);
    // Level 1: a register of 100,000 assets saves in about a fifth of a
    // second instead of half a second, for a file about a fifth larger.
    zlib->start(1);
    zlib->finish(buffer);
    return SecureBytes(buffer.begin(), buffer.end());
}

namespace {

// zlib's and zstd's states hold fragments of the image (literals, the
// window). Each block carries its size in front so that it can be scrubbed
// when freed.
void *scrubbingAlloc(void *, std::size_t size)
{
    constexpr std::size_t kFront = alignof(std::max_align_t);
    auto *block = static_cast<std::uint8_t *>(std::malloc(size + kFront));
    if (!block)
        return nullptr;
    std::memcpy(block, &size, sizeof size);
    return block + kFront;
}

void scrubbingFree(void *, void *address)
{
    if (!address)
        return;
    constexpr std::size_t kFront = alignof(std::max_align_t);
    auto *block = static_cast<std::uint8_t *>(address) - kFront;
    std::size_t size = 0;
    std::memcpy(&size, block, sizeof size);
    Botan::secure_scrub_memory(block, size + kFront);
    std::free(block);
}

constexpr ZSTD_customMem kScrubbingMemory = {scrubbingAlloc, scrubbingFree, nullptr};

// Inflates zlib streams in a row, as Botan's reader took them, into `out`
// (at most `limit` bytes), or, without `out`, only counts what would come
// out. Returns the image's size, or nothing for a damaged stream or one
// longer than `limit`: inflating stops as soon as it passes the limit, not
// once it has all come out. zlib's own state (its window holds the last
// 32 KiB of the image) is scrubbed when freed.
std::optional<std::size_t> inflateStreams(const SecureBytes &data, std::size_t limit,
                                          std::uint8_t *out)
{
    z_stream stream{};
    stream.zalloc = [](voidpf, uInt items, uInt size) -> voidpf {
        return scrubbingAlloc(nullptr, std::size_t(items) * size);
    };
    stream.zfree = [](voidpf, voidpf address) {
        scrubbingFree(nullptr, address);
    };
    if (data.empty() || data.size() > std::numeric_limits<uInt>::max() ||
        inflateInit(&stream) != Z_OK)
        return std::nullopt;
    const std::unique_ptr<z_stream, int (*)(z_streamp)> ending(&stream, inflateEnd);
    stream.next_in = const_cast<Bytef *>(data.data());
    stream.avail_in = uInt(data.size());
    SecureBytes scratch(out ? 0 : std::size_t(64) << 10);
    Bytef probe = 0; // where a byte past the limit would land
    std::size_t used = 0;
    for (;;) {
        Bytef *target = &probe;
        std::size_t room = 1;
        if (!out) {
            target = scratch.data();
            room = scratch.size();
        } else if (used < limit) {
            target = out + used;
            room = std::min<std::size_t>(limit - used, std::numeric_limits<uInt>::max());
        }
        stream.next_out = target;
        stream.avail_out = uInt(room);
        const int status = inflate(&stream, Z_NO_FLUSH);
        used += room - stream.avail_out;
        if (used > limit) {
            Botan::secure_scrub_memory(&probe, 1);
            return std::nullopt;
        }
        if (status == Z_STREAM_END) {
            if (stream.avail_in == 0)
                return used;
            if (inflateReset(&stream) != Z_OK)
                return std::nullopt;
        } else if (status != Z_OK) {
            return std::nullopt; // damaged, or cut short (Z_BUF_ERROR: no input left)
        }
    }
}

} // namespace

std::optional<SecureBytes> decompressZlib(const SecureBytes &data, std::size_t maxSize)
{
    // zlib states no size, and one byte can inflate to about a thousand.
    // Inflating twice, first only to count, allocates the image once at its
    // size: nothing is allocated for a stream past the limit, and the image
    // is never copied while it grows (which held it twice in memory). zlib
    // is what early vaults were saved with; a vault is read this way once.
    try {
        const std::optional<std::size_t> size = inflateStreams(data, maxSize, nullptr);
        if (!size)
            return std::nullopt;
        SecureBytes image(*size);
        if (*size > 0 && inflateStreams(data, *size, image.data()) != size)
            return std::nullopt;
        return image;
    } catch (const std::bad_alloc &) {
        return std::nullopt; // an image too large for this machine's memory
    }
}

SecureBytes compressZstd(const std::uint8_t *data, std::size_t size)
{
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(
        ZSTD_createCCtx_advanced(kScrubbingMemory), ZSTD_freeCCtx);
    if (!context)
        return {};
    SecureBytes out(ZSTD_compressBound(size));
    // Level 1: a register of 100,000 assets (a 21.9 MB image) compresses in
    // about 40 ms, against 95 ms for zlib at its level 1, to a smaller file.
    const std::size_t written =
        ZSTD_compressCCtx(context.get(), out.data(), out.size(), data, size, 1);
    if (ZSTD_isError(written))
        return {};
    out.resize(written);
    return out;
}

std::optional<SecureBytes> decompressZstd(const SecureBytes &data, std::size_t maxSize)
{
    if (data.empty()) // no frame at all, which zstd would take as an empty image
        return std::nullopt;
    const unsigned long long stated = ZSTD_findDecompressedSize(data.data(), data.size());
    if (stated == ZSTD_CONTENTSIZE_ERROR || stated == ZSTD_CONTENTSIZE_UNKNOWN || stated > maxSize)
        return std::nullopt;
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(
        ZSTD_createDCtx_advanced(kScrubbingMemory), ZSTD_freeDCtx);
    if (!context)
        return std::nullopt;
    try {
        SecureBytes out(static_cast<std::size_t>(stated));
        const std::size_t written =
            ZSTD_decompressDCtx(context.get(), out.data(), out.size(), data.data(), data.size());
        if (ZSTD_isError(written) || written != out.size())
            return std::nullopt;
        return out;
    } catch (const std::bad_alloc &) {
        return std::nullopt; // an image too large for this machine's memory
    }
}

} // namespace crypto
} // namespace kamae
