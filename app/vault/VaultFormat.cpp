#include "vault/VaultFormat.h"

#include <QDataStream>
#include <QIODevice>

#include <cstring>

namespace kamae {
namespace vault {

namespace {

void writeBlob8(QDataStream &out, const QByteArray &blob)
{
    out << static_cast<quint8>(blob.size());
    out.writeRawData(blob.constData(), static_cast<int>(blob.size()));
}

void writeBlob16(QDataStream &out, const QByteArray &blob)
{
    out << static_cast<quint16>(blob.size());
    out.writeRawData(blob.constData(), static_cast<int>(blob.size()));
}

bool readBlob(QDataStream &in, int size, QByteArray *blob)
{
    blob->resize(size);
    return in.readRawData(blob->data(), size) == size;
}

bool readBlob8(QDataStream &in, QByteArray *blob)
{
    quint8 size = 0;
    in >> size;
    return in.status() == QDataStream::Ok && readBlob(in, size, blob);
}

bool readBlob16(QDataStream &in, QByteArray *blob)
{
    quint16 size = 0;
    in >> size;
    return in.status() == QDataStream::Ok && readBlob(in, size, blob);
}

} // namespace

const KeySlot *Header::slot(SlotKind kind) const
{
    for (const KeySlot &s : keySlots)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

KeySlot *Header::slot(SlotKind kind)
{
    for (KeySlot &s : keySlots)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

QByteArray slotAssociatedData(SlotKind kind)
{
    QByteArray ad(kMagic, sizeof kMagic);
    ad.append(static_cast<char>(kind));
    return ad;
}

QByteArray encodeHeader(const Header &header)
{
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out << static_cast<quint16>(header.cipher) << static_cast<quint16>(header.compression);
        writeBlob8(out, header.payloadNonce);
        out << static_cast<quint64>(header.payloadSize);
        out << static_cast<quint8>(header.keySlots.size());
        for (const KeySlot &slot : header.keySlots) {
            out << static_cast<quint8>(slot.kind) << static_cast<quint16>(slot.kdf)
                << slot.kdfParams.memoryKiB << slot.kdfParams.iterations
                << slot.kdfParams.parallelism;
            writeBlob8(out, slot.salt);
            writeBlob8(out, slot.nonce);
            writeBlob16(out, slot.wrappedKey);
        }
    }

    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out.writeRawData(kMagic, sizeof kMagic);
        out << header.formatVersion << static_cast<quint32>(body.size());
        out.writeRawData(body.constData(), static_cast<int>(body.size()));
    }
    bytes.append(crypto::sha256(bytes));
    return bytes;
}

Parsed parse(const QByteArray &file)
{
    Parsed result;
    if (static_cast<std::size_t>(file.size()) < sizeof kMagic ||
        std::memcmp(file.constData(), kMagic, sizeof kMagic) != 0) {
        result.error = ParseError::NotAVault;
        return result;
    }
    if (static_cast<std::size_t>(file.size()) < kPreambleSize + kChecksumSize) {
        result.error = ParseError::Damaged;
        return result;
    }

    QDataStream in(file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(sizeof kMagic);
    quint16 version = 0;
    quint32 bodySize = 0;
    in >> version >> bodySize;
    result.foundVersion = version;

    const std::size_t headerEnd = kPreambleSize + bodySize;
    if (bodySize > kMaxHeaderBodySize ||
        static_cast<std::size_t>(file.size()) < headerEnd + kChecksumSize) {
        result.error = ParseError::Damaged;
        return result;
    }
    // The checksum is checked before anything else in the header is
    // believed, so a flipped byte reads as damage, never as a wrong
    // passphrase or a newer version.
    const QByteArray covered = file.left(static_cast<qsizetype>(headerEnd));
    if (crypto::sha256(covered) !=
        file.mid(static_cast<qsizetype>(headerEnd), static_cast<qsizetype>(kChecksumSize))) {
        result.error = ParseError::Damaged;
        return result;
    }
    if (version > kFormatVersion) {
        result.error = ParseError::NewerVersion;
        return result;
    }
    if (version == 0) {
        result.error = ParseError::Damaged;
        return result;
    }

    Header &h = result.header;
    h.formatVersion = version;
    quint16 cipher = 0, compression = 0;
    quint64 payloadSize = 0;
    quint8 slotCount = 0;
    in >> cipher >> compression;
    bool ok = in.status() == QDataStream::Ok && readBlob8(in, &h.payloadNonce);
    in >> payloadSize >> slotCount;
    ok = ok && in.status() == QDataStream::Ok && crypto::isCipherKnown(cipher) &&
         compression <= static_cast<quint16>(CompressionId::Zstd) &&
         h.payloadNonce.size() == static_cast<qsizetype>(crypto::kNonceSize);
    h.cipher = static_cast<crypto::Cipher>(cipher);
    h.compression = static_cast<CompressionId>(compression);
    h.payloadSize = payloadSize;

    for (int i = 0; ok && i < slotCount; ++i) {
        KeySlot slot;
        quint8 kind = 0;
        quint16 kdf = 0;
        in >> kind >> kdf >> slot.kdfParams.memoryKiB >> slot.kdfParams.iterations >>
            slot.kdfParams.parallelism;
        ok = in.status() == QDataStream::Ok && readBlob8(in, &slot.salt) &&
             readBlob8(in, &slot.nonce) && readBlob16(in, &slot.wrappedKey) &&
             (kind == static_cast<quint8>(SlotKind::Passphrase) ||
              kind == static_cast<quint8>(SlotKind::RecoveryCode)) &&
             kdf == static_cast<quint16>(KdfId::Argon2id) &&
             crypto::kdfParamsAcceptable(slot.kdfParams) &&
             slot.nonce.size() == static_cast<qsizetype>(crypto::kNonceSize) &&
             slot.wrappedKey.size() == static_cast<qsizetype>(crypto::kKeySize + crypto::kTagSize);
        slot.kind = static_cast<SlotKind>(kind);
        slot.kdf = static_cast<KdfId>(kdf);
        h.keySlots.append(slot);
    }
    ok = ok && !h.keySlots.isEmpty() && in.device()->pos() == static_cast<qint64>(headerEnd);

    const std::size_t payloadStart = headerEnd + kChecksumSize;
    ok = ok && payloadSize >= crypto::kTagSize &&
         static_cast<std::uint64_t>(file.size()) - payloadStart == payloadSize;
    if (!ok) {
        result.error = ParseError::Damaged;
        return result;
    }
    result.headerBytes = file.left(static_cast<qsizetype>(payloadStart));
    result.payload = file.mid(static_cast<qsizetype>(payloadStart));
    return result;
}

} // namespace vault
} // namespace kamae
