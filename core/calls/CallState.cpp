#include "core/calls/CallState.h"

#include "core/calls/PromiseLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leverage {
namespace {

QJsonValue instantToJson(const Instant &at)
{
    if (at.isNull())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("ms"), double(at.utcMs)},
                       {QStringLiteral("offset"), at.offsetSeconds}};
}

Instant instantFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const auto object = value.toObject();
    if (!object.contains(QStringLiteral("ms")))
        return {};
    return Instant::fromUtcMs(qint64(object.value(QStringLiteral("ms")).toDouble()),
                              object.value(QStringLiteral("offset")).toInt());
}

// A due window: the close as an instant (as older drafts stored the due moment), plus its form,
// opening and span.
QJsonValue dueToJson(const DueWindow &due)
{
    if (due.isNull())
        return QJsonValue::Null;
    auto object = instantToJson(due.until).toObject();
    object.insert(QStringLiteral("form"), dueFormKey(due.form));
    object.insert(QStringLiteral("from"), instantToJson(due.from));
    object.insert(QStringLiteral("within"), due.withinMinutes);
    return object;
}

DueWindow dueFromJson(const QJsonValue &value)
{
    DueWindow due;
    due.until = instantFromJson(value);
    if (due.until.isNull())
        return {};
    const auto object = value.toObject();
    due.form =
        dueFormFromKey(object.value(QStringLiteral("form")).toString()).value_or(DueForm::Moment);
    due.from = instantFromJson(object.value(QStringLiteral("from")));
    due.withinMinutes = object.value(QStringLiteral("within")).toInt();
    return due;
}

QJsonValue optionalToJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<int> optionalFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int integer(const QJsonObject &o, const char *key, int fallback = 0)
{
    return o.value(QLatin1String(key)).toInt(fallback);
}

} // namespace

qint64 CallState::elapsedSeconds(const QDateTime &now) const
{
    if (startedAt.isNull())
        return 0;
    const qint64 endMs = isEnded() ? endedAt.utcMs : now.toMSecsSinceEpoch();
    return std::max<qint64>(0, (endMs - startedAt.utcMs) / 1000);
}

qint64 CallState::holdSeconds(const QDateTime &now) const
{
    qint64 total = holdAccumulatedSeconds;
    if (isOnHold()) {
        const qint64 endMs = isEnded() ? endedAt.utcMs : now.toMSecsSinceEpoch();
        total += std::max<qint64>(0, (endMs - holdStartedAt.utcMs) / 1000);
    }
    return total;
}

void CallState::toggleHold(const QDateTime &now)
{
    if (isOnHold()) {
        holdAccumulatedSeconds = holdSeconds(now);
        holdStartedAt = {};
    } else {
        holdStartedAt = Instant::fromDateTime(now);
    }
}

void CallState::end(const QDateTime &at)
{
    if (isOnHold())
        toggleHold(at);
    endedAt = Instant::fromDateTime(at);
}

const CallParticipant *CallState::current() const
{
    if (currentParticipant >= 0 && currentParticipant < participants.size())
        return &participants[currentParticipant];
    return nullptr;
}

QString CallState::personName(int index) const
{
    if (index == kSupervisor)
        return supervisorName.trimmed();
    return index >= 0 && index < participants.size() ? participants[index].name : QString();
}

QString CallState::describe(const CallPromise &promise) const
{
    return PromiseLine::text(promise.what, personName(promise.participantIndex),
                             personName(promise.actorIndex), promise.due);
}

QString CallState::stamp(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QByteArray CallState::toJson() const
{
    QJsonArray people;
    for (const auto &p : participants)
        people.append(QJsonObject{{QStringLiteral("contactId"), double(p.contactId)},
                                  {QStringLiteral("name"), p.name},
                                  {QStringLiteral("position"), p.position},
                                  {QStringLiteral("extension"), p.extension},
                                  {QStringLiteral("joinedAt"), p.joinedAtSeconds},
                                  {QStringLiteral("helpfulness"), optionalToJson(p.helpfulness)}});
    QJsonArray promiseList;
    for (const auto &p : promises)
        promiseList.append(QJsonObject{{QStringLiteral("what"), p.what},
                                       {QStringLiteral("by"), p.participantIndex},
                                       {QStringLiteral("due"), dueToJson(p.due)},
                                       {QStringLiteral("madeAt"), p.madeAtSeconds},
                                       {QStringLiteral("confirmed"), p.confirmed},
                                       {QStringLiteral("actor"), p.actorIndex},
                                       {QStringLiteral("expected"), p.expected}});
    QJsonArray followUpList;
    for (const auto &f : followUps)
        followUpList.append(QJsonObject{{QStringLiteral("what"), f.what},
                                        {QStringLiteral("due"), dueToJson(f.due)},
                                        {QStringLiteral("with"), f.participantIndex},
                                        {QStringLiteral("madeAt"), f.madeAtSeconds}});
    const QJsonObject root{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("caseId"), double(caseId)},
        {QStringLiteral("organizationId"), double(organizationId)},
        {QStringLiteral("startedAt"), instantToJson(startedAt)},
        {QStringLiteral("endedAt"), instantToJson(endedAt)},
        {QStringLiteral("savedAt"), instantToJson(savedAt)},
        {QStringLiteral("holdSeconds"), double(holdAccumulatedSeconds)},
        {QStringLiteral("holdStartedAt"), instantToJson(holdStartedAt)},
        {QStringLiteral("participants"), people},
        {QStringLiteral("current"), currentParticipant},
        {QStringLiteral("typedPerson"), typedPerson},
        {QStringLiteral("reference"), referenceNumber},
        {QStringLiteral("callback"), callbackNumber},
        {QStringLiteral("supervisor"), supervisorName},
        {QStringLiteral("supervisorLine"), supervisorLine},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("promises"), promiseList},
        {QStringLiteral("followUps"), followUpList},
        {QStringLiteral("rationale"), rationaleCaptured},
        {QStringLiteral("alternatives"), alternativesCaptured},
        {QStringLiteral("effort"), optionalToJson(effort)},
        {QStringLiteral("summary"), summary},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<CallState> CallState::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const auto o = document.object();
    CallState s;
    s.caseId = qint64(o.value(QStringLiteral("caseId")).toDouble());
    s.organizationId = qint64(o.value(QStringLiteral("organizationId")).toDouble());
    s.startedAt = instantFromJson(o.value(QStringLiteral("startedAt")));
    s.endedAt = instantFromJson(o.value(QStringLiteral("endedAt")));
    s.savedAt = instantFromJson(o.value(QStringLiteral("savedAt")));
    s.holdAccumulatedSeconds = qint64(o.value(QStringLiteral("holdSeconds")).toDouble());
    s.holdStartedAt = instantFromJson(o.value(QStringLiteral("holdStartedAt")));
    for (const auto &value : o.value(QStringLiteral("participants")).toArray()) {
        const auto p = value.toObject();
        s.participants.append({qint64(p.value(QStringLiteral("contactId")).toDouble()),
                               text(p, "name"), text(p, "position"), text(p, "extension"),
                               integer(p, "joinedAt"),
                               optionalFromJson(p.value(QStringLiteral("helpfulness")))});
    }
    s.currentParticipant = integer(o, "current", s.participants.isEmpty() ? -1 : 0);
    if (s.currentParticipant >= s.participants.size())
        s.currentParticipant = int(s.participants.size()) - 1;
    s.typedPerson = text(o, "typedPerson");
    s.referenceNumber = text(o, "reference");
    s.callbackNumber = text(o, "callback");
    s.supervisorName = text(o, "supervisor");
    s.supervisorLine = text(o, "supervisorLine");
    s.notes = text(o, "notes");
    for (const auto &value : o.value(QStringLiteral("promises")).toArray()) {
        const auto p = value.toObject();
        s.promises.append(
            {text(p, "what"), integer(p, "by", -1), dueFromJson(p.value(QStringLiteral("due"))),
             integer(p, "madeAt"), p.value(QStringLiteral("confirmed")).toBool(),
             integer(p, "actor", kNobody), p.value(QStringLiteral("expected")).toBool()});
    }
    for (const auto &value : o.value(QStringLiteral("followUps")).toArray()) {
        const auto f = value.toObject();
        s.followUps.append({text(f, "what"), dueFromJson(f.value(QStringLiteral("due"))),
                            integer(f, "with", -1), integer(f, "madeAt")});
    }
    s.rationaleCaptured = o.value(QStringLiteral("rationale")).toBool();
    s.alternativesCaptured = o.value(QStringLiteral("alternatives")).toBool();
    s.effort = optionalFromJson(o.value(QStringLiteral("effort")));
    s.summary = text(o, "summary");
    return s;
}

} // namespace leverage
