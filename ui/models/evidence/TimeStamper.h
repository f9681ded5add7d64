#pragma once

#include "core/domain/Ids.h"
#include "core/store/TimeStampRepository.h"
#include "ui/models/undo/UndoPusher.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace leverage {
class TimeStampClient;
class Workspace;
} // namespace leverage

namespace leverage::models {

// Time-stamp the Record… without widgets: the chain's head read, the authority asked
// (TimeStampClient, asynchronous), the granted stamp kept through one TimeStampCommand, and a
// refusal reported through the ErrorReporter. The dialog only shows what this says.
class TimeStamper final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<TimeStampRepository::Stamp> &stamp)>;

    TimeStamper(Workspace &workspace, UndoPusher pusher, QObject *parent = nullptr);

    // What a stamp asked now would cover (sealId 0: nothing sealed yet).
    Result<TimeStampRepository::Head> head() const;
    // Asks the authority for the case; done once, with the stamp kept or why not (reported
    // already). Dropped with this object while on its way.
    void stamp(const QUrl &authority, RowId caseId, Done done);
    void setTimeout(int ms);

private:
    Workspace &m_workspace;
    UndoPusher m_pusher;
    TimeStampClient *m_client;
};

} // namespace leverage::models
