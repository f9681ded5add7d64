#include "core/archive/ArchiveCipher.h"

#include "core/archive/ArchiveMessages.h"
#include "core/util/Logging.h"

#include <QScopeGuard>
#include <array>
#include <sodium.h>

namespace leverage {
namespace {

constexpr char kMagic[] = {'L', 'E', 'V', 'A', 'R', 'C', 'E', 'N'};
constexpr unsigned char kCipherVersion = 1;
constexpr qsizetype kPrefixBytes = sizeof(kMagic) + 1; // magic and version: the chunks' AD
constexpr qsizetype kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kHeaderBytes = kPrefixBytes + kSaltBytes + kStreamHeaderBytes;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kSealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

bool deriveKey(Key &key, const QByteArray &passphrase, const unsigned char *salt)
{
    return crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), salt,
                         crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

const unsigned char *bytes(const QByteArray &array, qsizetype at = 0)
{
    return reinterpret_cast<const unsigned char *>(array.constData()) + at;
}

} // namespace

bool ArchiveCipher::isEncrypted(const QByteArray &file)
{
    return file.startsWith(QByteArray::fromRawData(kMagic, sizeof(kMagic)));
}

Result<QByteArray> ArchiveCipher::encrypt(const QByteArray &plain, const QByteArray &passphrase)
{
    if (sodium_init() < 0)
        return archivemessages::notWritten();
    QByteArray out(kHeaderBytes, Qt::Uninitialized);
    auto *header = reinterpret_cast<unsigned char *>(out.data());
    std::copy(std::begin(kMagic), std::end(kMagic), header);
    header[sizeof(kMagic)] = kCipherVersion;
    randombytes_buf(header + kPrefixBytes, kSaltBytes);
    Key key;
    auto wipe = qScopeGuard([&key] { sodium_memzero(key.data(), key.size()); });
    if (!deriveKey(key, passphrase, header + kPrefixBytes)) {
        logging::get("archive")->error("archive: key derivation failed (memory?)");
        return archivemessages::notWritten();
    }
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header + kPrefixBytes + kSaltBytes,
                                                    key.data());
    const qsizetype chunks = plain.size() / kChunk + 1; // the last, maybe empty, is final
    out.reserve(kHeaderBytes + chunks * kSealedChunk);
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype length = std::min(kChunk, plain.size() - i * kChunk);
        const unsigned char tag = i + 1 == chunks
                                      ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                      : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        QByteArray sealed(length + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(sealed.data()), nullptr,
            bytes(plain, i * kChunk), static_cast<unsigned long long>(length), bytes(out),
            kPrefixBytes, tag);
        out.append(sealed);
    }
    return out;
}

Result<QByteArray> ArchiveCipher::decrypt(const QByteArray &file, const QByteArray &passphrase)
{
    if (!isEncrypted(file))
        return archivemessages::notOurs();
    if (file.size() > qsizetype(sizeof(kMagic)) && bytes(file)[sizeof(kMagic)] > kCipherVersion)
        return archivemessages::newerVersion();
    if (file.size() < kHeaderBytes + crypto_secretstream_xchacha20poly1305_ABYTES ||
        sodium_init() < 0)
        return archivemessages::wrongPassphrase();
    Key key;
    auto wipe = qScopeGuard([&key] { sodium_memzero(key.data(), key.size()); });
    if (!deriveKey(key, passphrase, bytes(file, kPrefixBytes)))
        return archivemessages::wrongPassphrase();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytes(file, kPrefixBytes + kSaltBytes), key.data()) != 0)
        return archivemessages::wrongPassphrase();
    QByteArray plain;
    plain.reserve(file.size());
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (qsizetype at = kHeaderBytes; at < file.size();) {
        const qsizetype length = std::min(kSealedChunk, file.size() - at);
        unsigned long long opened = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(chunk.data()), &opened, &tag,
                bytes(file, at), static_cast<unsigned long long>(length), bytes(file),
                kPrefixBytes) != 0)
            return archivemessages::wrongPassphrase();
        plain.append(chunk.constData(), qsizetype(opened));
        at += length;
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (final != (at == file.size())) // cut short, or bytes after the end
            return archivemessages::wrongPassphrase();
    }
    return plain;
}

} // namespace leverage
