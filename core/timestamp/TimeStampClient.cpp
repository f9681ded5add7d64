#include "core/timestamp/TimeStampClient.h"

#include "core/timestamp/TimeStampToken.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace leverage {
namespace {

// An authority's answer is a few kilobytes; anything much larger is not one.
constexpr qint64 kMaxAnswerBytes = 1 << 20;

} // namespace

TimeStampClient::TimeStampClient(QObject *parent) : QObject(parent) {}

TimeStampClient::~TimeStampClient()
{
    // Before the manager goes (a member, destroyed after this body): no answer may reach a
    // done whose dialog is being closed.
    for (auto *reply : m_network.findChildren<QNetworkReply *>()) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

QString TimeStampClient::checkAddress(const QUrl &authority)
{
    const QString scheme = authority.scheme();
    if (!authority.isValid() || authority.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("“%1” is not the address of a time-stamp authority: it should start with "
                  "http:// or https://.")
            .arg(authority.toString());
    return {};
}

void TimeStampClient::stamp(const QUrl &authority, RowId caseId,
                            const TimeStampRepository::Head &head, const Instant &askedAt,
                            Done done)
{
    const QString where = authority.toString(QUrl::RemoveUserInfo);
    if (const QString wrong = checkAddress(authority); !wrong.isEmpty()) {
        done(Error{Error::Code::Invalid, wrong});
        return;
    }
    auto request = TimeStampToken::request(head.seal);
    if (!request) {
        done(request.error());
        return;
    }
    QNetworkRequest post(authority);
    post.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/timestamp-query"));
    post.setRawHeader("Accept", "application/timestamp-reply");
    post.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.post(post, request->der);
    const int seconds = (m_timeoutMs + 999) / 1000;
    connect(reply, &QNetworkReply::finished, this,
            [reply, where, seconds, sent = *request, done = std::move(done),
             stamp = TimeStampRepository::Stamp{0,
                                                caseId,
                                                head.sealId,
                                                head.seal,
                                                authority.toString(QUrl::RemoveUserInfo),
                                                {},
                                                0,
                                                askedAt}]() mutable {
                reply->deleteLater();
                auto log = logging::get("evidence");
                const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() == QNetworkReply::OperationCanceledError ||
                    reply->error() == QNetworkReply::TimeoutError) {
                    log->warn("time-stamp authority {} timed out", where.toStdString());
                    done(Error{Error::Code::Io,
                               tr("The time-stamp authority at %1 did not answer within %2 s.")
                                   .arg(where)
                                   .arg(seconds)});
                    return;
                }
                if (reply->error() != QNetworkReply::NoError && http == 0) {
                    log->warn("time-stamp authority {}: {}", where.toStdString(),
                              reply->errorString().toStdString());
                    done(Error{Error::Code::Io,
                               tr("The time-stamp authority at %1 could not be reached (%2).")
                                   .arg(where, reply->errorString())});
                    return;
                }
                if (http != 200) {
                    done(Error{Error::Code::Io,
                               tr("The time-stamp authority at %1 answered HTTP %2 %3.")
                                   .arg(where)
                                   .arg(http)
                                   .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                            .toString())});
                    return;
                }
                const QByteArray answer = reply->read(kMaxAnswerBytes);
                auto token = TimeStampToken::fromResponse(answer, sent, where);
                auto info = token ? TimeStampToken::read(*token)
                                  : Result<TimeStampToken::Info>(token.error());
                if (!info) {
                    done(info.error());
                    return;
                }
                log->info("time-stamp granted by {} ({} bytes)", where.toStdString(),
                          token->size());
                stamp.token = *token;
                stamp.genTimeMs = info->genTime.toMSecsSinceEpoch();
                done(std::move(stamp));
            });
}

Result<TimeStampRepository::Stamp> TimeStampClient::stampNow(const QUrl &authority, RowId caseId,
                                                             const TimeStampRepository::Head &head,
                                                             const Instant &askedAt, int timeoutMs)
{
    TimeStampClient client;
    client.setTimeout(timeoutMs);
    QEventLoop loop;
    std::optional<Result<TimeStampRepository::Stamp>> answer;
    client.stamp(authority, caseId, head, askedAt, [&](Result<TimeStampRepository::Stamp> stamp) {
        answer.emplace(std::move(stamp));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

} // namespace leverage
