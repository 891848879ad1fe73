#pragma once

#include "vault/Crypto.h"

#include <QByteArray>
#include <QVector>

#include <cstdint>

// The container's byte layout (docs/vault-format.md). Pure functions: no
// keys, no files; they only turn a header into bytes and back.
namespace kamae {
namespace vault {

constexpr char kMagic[8] = {'K', 'A', 'M', 'A', 'E', 'V', 'L', 'T'};
// 2: the payload may be zstd-compressed (compression id 2); every save writes
// version 2. Version 1 files (zlib) are read as before.
constexpr std::uint16_t kFormatVersion = 2;
constexpr std::uint32_t kMaxHeaderBodySize = 64 * 1024;
constexpr std::size_t kPreambleSize = 8 + 2 + 4;
constexpr std::size_t kChecksumSize = 32;

enum class SlotKind : std::uint8_t
{
    Passphrase = 1,
    RecoveryCode = 2,
};

enum class KdfId : std::uint16_t
{
    Argon2id = 1,
};

enum class CompressionId : std::uint16_t
{
    None = 0,
    Zlib = 1, // what format version 1 wrote; still read
    Zstd = 2,
};

struct KeySlot
{
    SlotKind kind = SlotKind::Passphrase;
    KdfId kdf = KdfId::Argon2id;
    crypto::KdfParams kdfParams;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrappedKey; // data key sealed under the slot key: ciphertext || tag
};

struct Header
{
    std::uint16_t formatVersion = kFormatVersion;
    crypto::Cipher cipher = crypto::Cipher::Aes256Gcm;
    CompressionId compression = CompressionId::Zstd;
    QByteArray payloadNonce;
    std::uint64_t payloadSize = 0;
    QVector<KeySlot> keySlots;

    const KeySlot *slot(SlotKind kind) const;
    KeySlot *slot(SlotKind kind);
};

// Everything before the payload: preamble, body and checksum. This is the
// associated data of the payload's AEAD, so no header byte can change unseen.
QByteArray encodeHeader(const Header &header);

// Associated data binding a wrapped key to its slot kind.
QByteArray slotAssociatedData(SlotKind kind);

enum class ParseError
{
    None,
    NotAVault,    // wrong magic or too short to hold one
    Damaged,      // checksum, lengths or values do not add up
    NewerVersion, // written by a later Kamae
};

struct Parsed
{
    ParseError error = ParseError::None;
    Header header;
    QByteArray headerBytes; // the associated data
    QByteArray payload;     // ciphertext || tag
    std::uint16_t foundVersion = 0;
};

Parsed parse(const QByteArray &file);

} // namespace vault
} // namespace kamae
