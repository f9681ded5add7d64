#pragma once

#include "core/store/TimeStampRepository.h"
#include "core/util/Result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace leverage {

// Asks an RFC 3161 time-stamp authority to stamp the chain's head: an HTTP POST of a
// TimeStampReq (application/timestamp-query), the answer checked by TimeStampToken. Qt
// Network's own asynchronous reply, so the window never waits; the command line waits in
// a local event loop (stampNow).
class TimeStampClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 20000;
    using Done = std::function<void(Result<TimeStampRepository::Stamp> stamp)>;

    explicit TimeStampClient(QObject *parent = nullptr);
    // A request still on its way is dropped: its done is never called.
    ~TimeStampClient() override;

    // The stamp of the head (its token, time and serial read from it, filed under caseId),
    // or why not, to done, once, on this thread. Nothing is stored here.
    void stamp(const QUrl &authority, RowId caseId, const TimeStampRepository::Head &head,
               const Instant &askedAt, Done done);
    // The same, waiting for it (the command line).
    static Result<TimeStampRepository::Stamp> stampNow(const QUrl &authority, RowId caseId,
                                                       const TimeStampRepository::Head &head,
                                                       const Instant &askedAt,
                                                       int timeoutMs = kTimeoutMs);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Is this an address an authority can have (http or https, with a host)? The sentence why
    // not, else empty.
    static QString checkAddress(const QUrl &authority);

private:
    QNetworkAccessManager m_network;
    int m_timeoutMs = kTimeoutMs;
};

} // namespace leverage
