// What a vault holds once its key is right: the fuzzer's bytes are the
// payload's plaintext (the first byte picks none, zlib or zstd), sealed
// here with the real cipher under a passphrase slot whose key derivation is
// as cheap as the format allows (Argon2id, 8 KiB, one pass; the seam), and
// opened with Vault::open like any file. So every input reaches what comes
// after decryption: inflating, SQLite's deserialisation, the schema check,
// the migrations and the stored-value checks.

#include "FuzzSupport.h"

#include "store/Database.h"
#include "vault/Crypto.h"
#include "vault/Vault.h"
#include "vault/VaultFormat.h"

using namespace kamae;

namespace {

const QString kPassphrase = QStringLiteral("fuzz");

struct Sealer
{
    vault::Header header;
    crypto::SecureBytes dataKey;

    Sealer()
    {
        dataKey = crypto::randomSecret(crypto::kKeySize);
        vault::KeySlot slot;
        slot.kind = vault::SlotKind::Passphrase;
        slot.kdfParams = crypto::KdfParams{8, 1, 1};
        slot.salt = crypto::randomBytes(crypto::kSaltSize);
        slot.nonce = crypto::randomBytes(crypto::kNonceSize);
        const auto slotKey =
            crypto::deriveKey(crypto::passphraseBytes(kPassphrase), slot.salt, slot.kdfParams);
        const auto wrapped = crypto::seal(header.cipher, *slotKey, slot.nonce,
                                          vault::slotAssociatedData(slot.kind), dataKey);
        slot.wrappedKey = *wrapped;
        header.keySlots << slot;
        header.payloadNonce = crypto::randomBytes(crypto::kNonceSize);
    }

    QByteArray file(vault::CompressionId compression, const crypto::SecureBytes &plain)
    {
        header.compression = compression;
        header.payloadSize = plain.size() + crypto::kTagSize;
        const QByteArray headerBytes = vault::encodeHeader(header);
        return headerBytes +
               *crypto::seal(header.cipher, dataKey, header.payloadNonce, headerBytes, plain);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    fuzz::ensureApplication();
    static Sealer sealer;
    static const QString path = fuzz::scratchPath(".kamae");
    const auto compression = static_cast<vault::CompressionId>(data[0] % 3); // none, zlib, zstd
    const crypto::SecureBytes plain(data + 1, data + size);
    fuzz::writeScratch(path, sealer.file(compression, plain));
    vault::VaultStatus status;
    auto opened = vault::Vault::open(path, kPassphrase, &status, vault::OpenMode::ReadOnly);
    if (opened)
        (void)opened->database().userVersion();
    return 0;
}
