#pragma once

#include "core/SecureBytes.h"

#include <QByteArray>

#include <chrono>
#include <cstdint>
#include <optional>

// The only door to the cryptographic library. Nothing outside app/vault/
// includes Botan; nothing here lets a Botan exception escape.
namespace kamae {
namespace crypto {

enum class Cipher : std::uint16_t
{
    Aes256Gcm = 1,
    ChaCha20Poly1305 = 2,
};

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kSaltSize = 16;

struct KdfParams
{
    std::uint32_t memoryKiB = 65536;
    std::uint32_t iterations = 3;
    std::uint32_t parallelism = 1;

    bool operator==(const KdfParams &o) const
    {
        return memoryKiB == o.memoryKiB && iterations == o.iterations &&
               parallelism == o.parallelism;
    }
};

// Bounds a file may ask for (docs/vault-format.md, "Keys"): larger values
// would let a damaged or hostile file make us allocate gigabytes or spin
// for minutes before failing. Every vault Kamae makes stays inside them:
// tuneArgon2id() never asks for more than kMaxKdfPasses passes of 64 MiB.
constexpr std::uint32_t kMaxKdfMemoryKiB = 256 * 1024; // 256 MiB, 4x the default
constexpr std::uint32_t kMaxKdfPasses = 100;
constexpr std::uint32_t kMaxKdfLanes = 16;
// Memory × passes: the time it takes. 64 MiB × 100 passes, the most the
// tuner makes (about half a second where it was tuned; a few seconds on a
// machine ten times slower).
constexpr std::uint64_t kMaxKdfWorkKiB = std::uint64_t(64) * 1024 * kMaxKdfPasses;
bool kdfParamsAcceptable(const KdfParams &params);

// Argon2id with at least minMemoryKiB, with as many passes as fit in target.
KdfParams tuneArgon2id(std::chrono::milliseconds target, std::uint32_t memoryKiB = 65536);

// Argon2id(passphrase, salt) → 32-byte key; nullopt if the library refused.
std::optional<SecureBytes> deriveKey(const SecureBytes &secret, const QByteArray &salt,
                                     const KdfParams &params);

QByteArray randomBytes(std::size_t count);
SecureBytes randomSecret(std::size_t count);

// Returns ciphertext || tag.
std::optional<QByteArray> seal(Cipher cipher, const SecureBytes &key, const QByteArray &nonce,
                               const QByteArray &associatedData, const SecureBytes &plaintext);

// nullopt when the tag does not verify: wrong key or modified bytes.
std::optional<SecureBytes> open(Cipher cipher, const SecureBytes &key, const QByteArray &nonce,
                                const QByteArray &associatedData, const QByteArray &sealed);

QByteArray sha256(const QByteArray &data);
// Over a buffer in place, so that a decrypted image needs no QByteArray copy.
// Empty if the library refused (never in practice).
QByteArray sha256(const std::uint8_t *data, std::size_t size);

// zlib at level 1: how vaults were compressed until zstd (still read).
SecureBytes compressZlib(const SecureBytes &data);
SecureBytes compressZlib(const std::uint8_t *data, std::size_t size);
// nullopt if the stream is not valid zlib (streams in a row are one image),
// would grow past maxSize (refused there, not after inflating it all), or
// does not fit in memory.
std::optional<SecureBytes> decompressZlib(const SecureBytes &data, std::size_t maxSize);

// zstd at level 1: one frame that states its size. Every buffer zstd (and
// zlib, reading) uses is scrubbed before it is freed.
SecureBytes compressZstd(const std::uint8_t *data, std::size_t size);
// nullopt unless the data is whole zstd frames that state their sizes and
// add up to at most maxSize (checked before anything is allocated) and fit
// in memory.
std::optional<SecureBytes> decompressZstd(const SecureBytes &data, std::size_t maxSize);

bool isCipherKnown(std::uint16_t id);

} // namespace crypto
} // namespace kamae
