#include "core/util/Sha256.h"

#include <openssl/evp.h>

namespace leverage {
namespace {

// Fetched once: looking the algorithm up by name on every message costs more than hashing a
// short one.
const EVP_MD *sha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md != nullptr ? md : EVP_sha256();
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    Q_CHECK_PTR(m_context);
    start();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::start()
{
    EVP_DigestInit_ex(m_context, sha256(), nullptr);
}

void Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
}

Sha256::Digest Sha256::result()
{
    Digest digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest.data(), &length);
    start();
    return digest;
}

Sha256::Hex Sha256::hexResult()
{
    return toHex(result());
}

Sha256::Hex Sha256::toHex(const Digest &digest)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    Hex hex;
    char *out = hex.data();
    for (const unsigned char byte : digest) {
        *out++ = kDigits[byte >> 4];
        *out++ = kDigits[byte & 0xf];
    }
    return hex;
}

QByteArray Sha256::hexOf(QByteArrayView data)
{
    Sha256 hash;
    hash.add(data);
    const Hex hex = hash.hexResult();
    return QByteArray(hex.data(), qsizetype(hex.size()));
}

} // namespace leverage
