#include "core/timestamp/TimeStampToken.h"

#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QFile>
#include <QStringList>
#include <QTimeZone>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace leverage {
namespace {

template <auto Free> struct Freer
{
    template <typename T> void operator()(T *p) const { Free(p); }
};
template <typename T, auto Free> using Owned = std::unique_ptr<T, Freer<Free>>;

// OpenSSL's own words for what failed (for the log only), taken off its error queue, and
// whether a certificate's check was among them.
struct Errors
{
    QString text;
    bool certificate = false;
};

Errors takeErrors()
{
    Errors errors;
    QStringList lines;
    const char *data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        QString line = QString::fromLatin1(buffer);
        if (data && (flags & ERR_TXT_STRING))
            line += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
        lines << line;
        if (ERR_GET_LIB(code) == ERR_LIB_TS &&
            ERR_GET_REASON(code) == TS_R_CERTIFICATE_VERIFY_ERROR)
            errors.certificate = true;
    }
    errors.text = lines.join(QStringLiteral("; "));
    return errors;
}

QString openSslErrors()
{
    return takeErrors().text;
}

QString entry(const X509_NAME *name, int nid)
{
    const int at = X509_NAME_get_index_by_NID(name, nid, -1);
    unsigned char *utf8 = nullptr;
    const int size =
        at < 0
            ? -1
            : ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
    const QString value =
        size > 0 ? QString::fromUtf8(reinterpret_cast<char *>(utf8), size) : QString();
    OPENSSL_free(utf8);
    return value;
}

// A name as a reader would say it: "Leverage Test TSA (Leverage Tests)", its common name and
// organization; the whole distinguished name when it has no common name.
QString text(const X509_NAME *name)
{
    const QString common = entry(name, NID_commonName);
    const QString organization = entry(name, NID_organizationName);
    if (!common.isEmpty())
        return organization.isEmpty() || organization == common
                   ? common
                   : QStringLiteral("%1 (%2)").arg(common, organization);
    Owned<BIO, BIO_free> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

QByteArray bytes(const BIGNUM *number)
{
    QByteArray out(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray integerBytes(const ASN1_INTEGER *integer)
{
    Owned<BIGNUM, BN_free> number(ASN1_INTEGER_to_BN(integer, nullptr));
    return number ? bytes(number.get()) : QByteArray();
}

template <typename T, auto Encode> QByteArray der(T *value)
{
    const int size = Encode(value, nullptr);
    if (size <= 0)
        return {};
    QByteArray out(size, '\0');
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    Encode(value, &p);
    return out;
}

Owned<PKCS7, PKCS7_free> parseToken(const QByteArray &tokenDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    Owned<PKCS7, PKCS7_free> token(d2i_PKCS7(nullptr, &p, long(tokenDer.size())));
    if (token && !PKCS7_type_is_signed(token.get()))
        token.reset();
    return token;
}

Error damaged()
{
    return Error{Error::Code::Corrupt,
                 tr("The time-stamp token is damaged: it cannot be read as an RFC 3161 token.")};
}

// The status of a TimeStampResp (RFC 3161, 2.4.2), and why when the authority says.
QString statusName(long status)
{
    static const char *const names[] = {
        "granted", "granted with modifications", "rejection",
        "waiting", "revocation warning",         "revocation notification"};
    return status >= 0 && status < 6 ? QString::fromLatin1(names[status]) : QString::number(status);
}

QString failureReasons(const TS_STATUS_INFO *info)
{
    static const struct
    {
        int bit;
        const char *name;
    } reasons[] = {{0, "unrecognized or unsupported algorithm"},
                   {2, "bad request"},
                   {5, "bad data format"},
                   {14, "time not available"},
                   {15, "policy not supported"},
                   {16, "extension not supported"},
                   {17, "additional information not available"},
                   {25, "system failure"}};
    QStringList said;
    if (const auto *texts = TS_STATUS_INFO_get0_text(info))
        for (int i = 0; i < sk_ASN1_UTF8STRING_num(texts); ++i) {
            const ASN1_UTF8STRING *s = sk_ASN1_UTF8STRING_value(texts, i);
            said << QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                      ASN1_STRING_length(s));
        }
    if (const ASN1_BIT_STRING *bits = TS_STATUS_INFO_get0_failure_info(info))
        for (const auto &reason : reasons)
            if (ASN1_BIT_STRING_get_bit(bits, reason.bit))
                said << QString::fromLatin1(reason.name);
    return said.isEmpty() ? tr("no reason given") : said.join(QStringLiteral("; "));
}

} // namespace

Result<TimeStampToken::Request> TimeStampToken::request(const QString &headHex)
{
    Request made;
    made.imprint = QByteArray::fromHex(headHex.toLatin1());
    if (headHex.size() != 64 || made.imprint.size() != 32)
        return Error{Error::Code::Invalid,
                     tr("Nothing is sealed yet: there is no chain's head to time-stamp.")};
    Owned<TS_REQ, TS_REQ_free> request(TS_REQ_new());
    Owned<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free> imprint(TS_MSG_IMPRINT_new());
    Owned<X509_ALGOR, X509_ALGOR_free> algorithm(X509_ALGOR_new());
    unsigned char random[8];
    bool built = request && imprint && algorithm && RAND_bytes(random, sizeof random) == 1;
    random[0] &= 0x7f; // a positive INTEGER
    random[0] |= 0x01; // of a fixed length
    Owned<BIGNUM, BN_free> nonceNumber(built ? BN_bin2bn(random, sizeof random, nullptr) : nullptr);
    Owned<ASN1_INTEGER, ASN1_INTEGER_free> nonce(
        nonceNumber ? BN_to_ASN1_INTEGER(nonceNumber.get(), nullptr) : nullptr);
    built = built && nonce &&
            X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) &&
            TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) &&
            TS_MSG_IMPRINT_set_msg(imprint.get(),
                                   reinterpret_cast<unsigned char *>(made.imprint.data()),
                                   int(made.imprint.size())) &&
            TS_REQ_set_version(request.get(), 1) &&
            TS_REQ_set_msg_imprint(request.get(), imprint.get()) &&
            TS_REQ_set_nonce(request.get(), nonce.get()) && TS_REQ_set_cert_req(request.get(), 1);
    if (built)
        made.der = der<TS_REQ, i2d_TS_REQ>(request.get());
    if (!built || made.der.isEmpty()) {
        logging::get("evidence")
            ->error("time-stamp request not built: {}", openSslErrors().toStdString());
        return Error{Error::Code::Invalid, tr("The time-stamp request could not be made.")};
    }
    made.nonce = bytes(nonceNumber.get());
    return made;
}

Result<QByteArray> TimeStampToken::fromResponse(const QByteArray &responseDer,
                                                const Request &request, const QString &authority)
{
    const auto *p = reinterpret_cast<const unsigned char *>(responseDer.constData());
    Owned<TS_RESP, TS_RESP_free> response(d2i_TS_RESP(nullptr, &p, long(responseDer.size())));
    if (!response) {
        logging::get("evidence")
            ->warn("not a TimeStampResp ({} bytes): {}", responseDer.size(),
                   openSslErrors().toStdString());
        return Error{Error::Code::Invalid,
                     tr("The time-stamp authority at %1 answered with something that is not a "
                        "time-stamp response.")
                         .arg(authority)};
    }
    TS_STATUS_INFO *info = TS_RESP_get_status_info(response.get());
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(info));
    if (status != 0 && status != 1)
        return Error{Error::Code::Invalid,
                     tr("The time-stamp authority at %1 answered with status %2: %3.")
                         .arg(authority, statusName(status), failureReasons(info))};
    PKCS7 *token = TS_RESP_get_token(response.get());
    TS_TST_INFO *tst = TS_RESP_get_tst_info(response.get());
    if (!token || !tst)
        return Error{Error::Code::Invalid,
                     tr("The time-stamp authority at %1 granted the stamp but sent no token.")
                         .arg(authority)};
    const ASN1_INTEGER *nonce = TS_TST_INFO_get_nonce(tst);
    if (!nonce || integerBytes(nonce) != request.nonce)
        return Error{Error::Code::Invalid,
                     tr("The time-stamp authority at %1 answered another request (the nonce "
                        "differs).")
                         .arg(authority)};
    QByteArray tokenDer = der<PKCS7, i2d_PKCS7>(token);
    const Verdict verdict =
        verify(tokenDer, QString::fromLatin1(request.imprint.toHex()), QString());
    if (!verdict.valid)
        return Error{Error::Code::Invalid,
                     tr("The time-stamp authority at %1 answered with a token that does not "
                        "verify: %2")
                         .arg(authority, verdict.problem)};
    return tokenDer;
}

Result<TimeStampToken::Info> TimeStampToken::read(const QByteArray &tokenDer)
{
    auto token = parseToken(tokenDer);
    Owned<TS_TST_INFO, TS_TST_INFO_free> tst(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!tst) {
        ERR_clear_error();
        return damaged();
    }
    Info info;
    struct tm when = {};
    if (ASN1_TIME_to_tm(TS_TST_INFO_get_time(tst.get()), &when) != 1)
        return damaged();
    info.genTime = QDateTime(QDate(when.tm_year + 1900, when.tm_mon + 1, when.tm_mday),
                             QTime(when.tm_hour, when.tm_min, when.tm_sec), Qt::UTC);
    if (Owned<BIGNUM, BN_free> serial(
            ASN1_INTEGER_to_BN(TS_TST_INFO_get_serial(tst.get()), nullptr));
        serial) {
        char *hex = BN_bn2hex(serial.get());
        info.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    char policy[80] = {};
    OBJ_obj2txt(policy, sizeof policy, TS_TST_INFO_get_policy_id(tst.get()), 1);
    info.policy = QString::fromLatin1(policy);
    const ASN1_OCTET_STRING *imprint =
        TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(tst.get()));
    info.imprintHex = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(imprint)),
                   ASN1_STRING_length(imprint))
            .toHex());
    if (const GENERAL_NAME *tsa = TS_TST_INFO_get_tsa(tst.get()); tsa && tsa->type == GEN_DIRNAME)
        info.authority = text(tsa->d.directoryName);
    if (info.authority.isEmpty())
        if (STACK_OF(X509) *signers = PKCS7_get0_signers(token.get(), nullptr, 0)) {
            if (sk_X509_num(signers) > 0)
                info.authority = text(X509_get_subject_name(sk_X509_value(signers, 0)));
            sk_X509_free(signers);
        }
    ERR_clear_error();
    return info;
}

TimeStampToken::Verdict TimeStampToken::verify(const QByteArray &tokenDer, const QString &headHex,
                                               const QString &caFile)
{
    Verdict verdict;
    auto token = parseToken(tokenDer);
    auto info = read(tokenDer);
    if (!token || !info) {
        verdict.problem = damaged().message;
        return verdict;
    }
    if (info->imprintHex.compare(headHex, Qt::CaseInsensitive) != 0) {
        verdict.problem = tr("it covers the head %1, not %2.").arg(info->imprintHex, headHex);
        return verdict;
    }
    Owned<TS_TST_INFO, TS_TST_INFO_free> tst(PKCS7_to_TS_TST_INFO(token.get()));
    const X509_ALGOR *algorithm = TS_MSG_IMPRINT_get_algo(TS_TST_INFO_get_msg_imprint(tst.get()));
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
    if (OBJ_obj2nid(oid) != NID_sha256) {
        verdict.problem = tr("its imprint is not a SHA-256.");
        return verdict;
    }
    Owned<X509_STORE, X509_STORE_free> store(X509_STORE_new());
    if (!caFile.isEmpty()) {
        if (!QFile::exists(caFile) ||
            X509_STORE_load_file(store.get(), QFile::encodeName(caFile).constData()) != 1) {
            logging::get("evidence")->warn("CA file not loaded: {}", openSslErrors().toStdString());
            verdict.problem = tr("the CA file %1 cannot be read as PEM certificates.").arg(caFile);
            return verdict;
        }
        verdict.chainChecked = true;
    } else {
        // The signer's own certificate, trusted as it is: the signature is checked, the
        // authority's identity is what the certificate says (a CA file checks that too).
        STACK_OF(X509) *signers = PKCS7_get0_signers(token.get(), nullptr, 0);
        const bool one = signers && sk_X509_num(signers) > 0 &&
                         X509_STORE_add_cert(store.get(), sk_X509_value(signers, 0)) == 1;
        sk_X509_free(signers);
        if (!one) {
            ERR_clear_error();
            verdict.problem = tr("it carries no signer's certificate to check it with.");
            return verdict;
        }
        X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    }
    // As of the stamp: an authority's certificate may expire long before the record matters.
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()),
                               time_t(info->genTime.toSecsSinceEpoch()));
    Owned<TS_VERIFY_CTX, TS_VERIFY_CTX_free> context(TS_VERIFY_CTX_new());
    TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(context.get(), store.release()); // the context frees it
    if (TS_RESP_verify_token(context.get(), token.get()) != 1) {
        const Errors errors = takeErrors();
        logging::get("evidence")
            ->warn("time-stamp token does not verify: {}", errors.text.toStdString());
        if (errors.certificate)
            verdict.problem =
                caFile.isEmpty()
                    ? tr("its signer's certificate is not fit for time-stamping.")
                    : tr("its signer's certificate does not lead to a CA in %1.").arg(caFile);
        else
            verdict.problem = tr("its signature does not match its content.");
        return verdict;
    }
    verdict.valid = true;
    return verdict;
}

} // namespace leverage
