#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace leverage {

// RFC 3161 time-stamps of the hash chain's head (issue 21), the one place that speaks
// OpenSSL's TS API (libcrypto, Debian's libssl-dev): a kept ASN.1/CMS implementation rather
// than hand-written DER. The message imprint is the head itself: the head is already a
// SHA-256, so a stamp can be checked by anyone with `openssl ts -verify -digest HEAD`.
class TimeStampToken final
{
public:
    // A TimeStampReq: SHA-256 imprint, a random nonce, the signer's certificate asked for (so
    // the token can be verified offline without the authority).
    struct Request
    {
        QByteArray der;
        QByteArray imprint; // the 32 bytes of the head
        QByteArray nonce;   // big-endian bytes of the nonce sent
    };
    // headHex: the chain's head, 64 hex digits.
    static Result<Request> request(const QString &headHex);

    // The token of an authority's TimeStampResp, checked against the request (status
    // granted, the same imprint and nonce, a valid signature). authority names it in errors.
    static Result<QByteArray> fromResponse(const QByteArray &responseDer, const Request &request,
                                           const QString &authority);

    // What a token says.
    struct Info
    {
        QDateTime genTime; // UTC
        QString serial;    // hex
        QString authority; // the TSA's name in the token, else its certificate's subject
        QString policy;    // dotted OID
        QString imprintHex;
    };
    static Result<Info> read(const QByteArray &tokenDer);

    // Offline verification: the imprint is headHex and the signature is valid by the signer's
    // certificate inside the token (which must be fit for time-stamping). With caFile, that
    // certificate's chain is verified up to a CA in the file too; without, the certificate
    // is taken as it is (chainChecked false). Certificates are checked as of the token's time.
    struct Verdict
    {
        bool valid = false;
        bool chainChecked = false;
        QString problem; // why not valid, a sentence
    };
    static Verdict verify(const QByteArray &tokenDer, const QString &headHex,
                          const QString &caFile = {});
};

} // namespace leverage
