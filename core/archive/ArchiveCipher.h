#pragma once

#include "core/util/Result.h"

#include <QByteArray>

namespace leverage {

// Passphrase encryption of a whole archive with libsodium: a key from crypto_pwhash (Argon2id,
// moderate limits, a random salt) and crypto_secretstream_xchacha20poly1305 in 64 KiB chunks,
// the last one tagged final, so a changed, cut or appended byte fails. The file starts with a
// small header: magic, format version, salt and the stream header.
class ArchiveCipher final
{
public:
    static bool isEncrypted(const QByteArray &file);
    static Result<QByteArray> encrypt(const QByteArray &plain, const QByteArray &passphrase);
    // Any failure after the magic (wrong passphrase, any changed byte, a cut) is one message:
    // the two cannot be told apart, by design.
    static Result<QByteArray> decrypt(const QByteArray &file, const QByteArray &passphrase);
};

} // namespace leverage
