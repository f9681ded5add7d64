#include "ui/models/calls/LiveCall.h"

#include "core/ledger/DueText.h"
#include "core/services/Clock.h"
#include "core/store/CallDraftWriter.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/calls/FileCallCommand.h"

#include <QLocale>

namespace leverage::models {

LiveCall::LiveCall(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_session(workspace),
      m_writer(std::make_unique<CallDraftWriter>(workspace.filePath()))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LiveCall::tick);
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, &LiveCall::saveNow);
    connect(m_writer.get(), &CallDraftWriter::saved, this, [this](qint64 draftId, qint64 us) {
        m_longestWriteUs = std::max(m_longestWriteUs, us);
        if (m_live && draftId == m_state.draftId)
            Q_EMIT saved(++m_saveCount);
    });
    connect(m_writer.get(), &CallDraftWriter::failed, this,
            [this](qint64 draftId, const QString &message) {
                if (!m_live || draftId != m_state.draftId)
                    return; // a call already filed or discarded
                // The writer could not: try this thread's connection, then keep retrying.
                logging::get("calls")->warn("background save of draft {} failed", draftId);
                auto status = m_session.save(m_state);
                if (status.code() == Error::Code::NotFound) {
                    // The draft went with its case (deleted meanwhile): the call lives on in a
                    // new draft without a case, to be filed on one chosen at the end.
                    if (m_state.caseId > 0 && !m_workspace.cases().get(m_state.caseId))
                        m_state.caseId = 0;
                    status = m_session.restore(m_state);
                }
                if (status) {
                    Q_EMIT saved(++m_saveCount);
                    return;
                }
                m_dirty = true;
                m_autosave.start(kAutosaveDelayMs);
                Q_EMIT saveFailed(message);
            });
}

LiveCall::~LiveCall()
{
    // Whatever was typed in the last moment reaches the draft, written before the writer
    // stops; no signal of it reaches this half-destroyed object.
    saveNow();
    m_writer->disconnect(this);
    m_writer.reset();
}

qint64 LiveCall::elapsedSeconds() const
{
    return m_state.elapsedSeconds(m_workspace.clock().now());
}

qint64 LiveCall::holdSeconds() const
{
    return m_state.holdSeconds(m_workspace.clock().now());
}

QString LiveCall::paragraphStamp() const
{
    return QStringLiteral("[%1] ").arg(CallState::stamp(elapsedSeconds()));
}

Status LiveCall::start(RowId caseId, RowId contactId)
{
    auto started = m_session.start(caseId, contactId);
    if (!started)
        return started.status();
    auto state = *started;
    state.notes = QStringLiteral("[00:00] ");
    begin(state);
    touch();
    return {};
}

void LiveCall::resume(const CallState &draft)
{
    begin(draft);
    logging::get("calls")->info("call resumed: draft {}", draft.draftId);
}

void LiveCall::begin(const CallState &state)
{
    if (m_live)
        saveNow();
    m_state = state;
    m_state.endedAt = {};
    m_live = true;
    m_dirty = false;
    m_ticker.start();
    Q_EMIT callStarted();
    Q_EMIT holdChanged(m_state.isOnHold());
    Q_EMIT elapsedChanged(elapsedSeconds(), holdSeconds());
}

void LiveCall::stop()
{
    m_live = false;
    m_dirty = false;
    m_state = {};
    m_ticker.stop();
    m_autosave.stop();
    Q_EMIT callStopped();
}

void LiveCall::tick()
{
    Q_EMIT elapsedChanged(elapsedSeconds(), holdSeconds());
}

// Debounced: a pause of kAutosaveDelayMs saves, and steady typing still saves about once a
// second, because the wait never runs past kMaxUnsavedMs from the first unsaved change.
void LiveCall::touch()
{
    if (!m_live)
        return;
    if (!m_dirty) {
        m_dirty = true;
        m_dirtySince.start();
    }
    const auto left = std::max<qint64>(0, kMaxUnsavedMs - m_dirtySince.elapsed());
    m_autosave.start(int(std::min<qint64>(kAutosaveDelayMs, left)));
    Q_EMIT changed();
}

void LiveCall::saveNow()
{
    if (!m_live || !m_dirty)
        return;
    m_autosave.stop();
    QElapsedTimer timer;
    timer.start();
    m_writer->save(m_state.draftId, m_state.caseId, m_session.payloadOf(m_state),
                   m_workspace.nowMs());
    m_longestSaveUs = std::max(m_longestSaveUs, timer.nsecsElapsed() / 1000);
    m_dirty = false;
}

void LiveCall::flush()
{
    saveNow();
    m_writer->flush();
}

QString LiveCall::toggleHold()
{
    const auto now = m_workspace.clock().now();
    m_state.toggleHold(now);
    const QString line =
        m_state.isOnHold()
            ? tr("On hold")
            : tr("Off hold (%1 on hold in all)").arg(CallState::stamp(holdSeconds()));
    touch();
    Q_EMIT holdChanged(m_state.isOnHold());
    Q_EMIT elapsedChanged(elapsedSeconds(), holdSeconds());
    return paragraphStamp() + line;
}

QString LiveCall::addParticipant(const CallParticipant &person)
{
    CallParticipant added = person;
    added.joinedAtSeconds = secondsNow();
    m_state.participants.append(added);
    m_state.currentParticipant = int(m_state.participants.size()) - 1;
    m_state.typedPerson.clear();
    touch();
    Q_EMIT participantsChanged();
    QString who = added.name;
    if (!added.position.isEmpty())
        who += QStringLiteral(", ") + added.position;
    if (!added.extension.isEmpty())
        who += tr(" (ext./id %1)").arg(added.extension);
    return paragraphStamp() + tr("Now speaking with %1").arg(who);
}

void LiveCall::setCurrentParticipant(int index)
{
    if (index < -1 || index >= m_state.participants.size() || index == m_state.currentParticipant)
        return;
    m_state.currentParticipant = index;
    m_state.typedPerson.clear();
    touch();
    Q_EMIT participantsChanged();
}

void LiveCall::setCaseId(RowId caseId)
{
    if (m_state.caseId == caseId)
        return;
    m_state.caseId = caseId;
    touch();
}

void LiveCall::setReferenceNumber(const QString &text)
{
    if (m_state.referenceNumber == text)
        return;
    m_state.referenceNumber = text;
    touch();
}

void LiveCall::setCallbackNumber(const QString &text)
{
    if (m_state.callbackNumber == text)
        return;
    m_state.callbackNumber = text;
    touch();
}

void LiveCall::setSupervisorName(const QString &text)
{
    if (m_state.supervisorName == text)
        return;
    m_state.supervisorName = text;
    touch();
}

void LiveCall::setSupervisorLine(const QString &text)
{
    if (m_state.supervisorLine == text)
        return;
    m_state.supervisorLine = text;
    touch();
}

void LiveCall::setTypedPerson(const QString &text)
{
    if (m_state.typedPerson == text)
        return;
    m_state.typedPerson = text;
    touch();
}

void LiveCall::setNotes(const QString &notes)
{
    if (m_state.notes == notes)
        return;
    m_state.notes = notes;
    touch();
}

QString LiveCall::addPromise(const QString &what, const DueWindow &due, int actor, bool expected)
{
    const int index = int(m_state.promises.size());
    Q_EMIT promiseAboutToBeAdded(index);
    m_state.promises.append(
        {what.trimmed(), m_state.currentParticipant, due, secondsNow(), false, actor, expected});
    Q_EMIT promiseAdded(index);
    touch();
    return paragraphStamp() + tr("PROMISE: %1").arg(m_state.describe(m_state.promises.last()));
}

QString LiveCall::addFollowUp(const QString &what, const DueWindow &due, int actor)
{
    m_state.followUps.append({what.trimmed(), due, actor, secondsNow()});
    touch();
    QString line = tr("FOLLOW-UP: %1").arg(what.trimmed());
    if (const QString who = m_state.personName(actor); !who.isEmpty())
        line += tr(" (%1 will act)").arg(who);
    if (!due.isNull())
        line += tr(", due %1").arg(DueText::of(due));
    return paragraphStamp() + line;
}

QString LiveCall::addQuote(const QString &words, QuoteKind kind)
{
    QString tag;
    if (kind == QuoteKind::PolicyRationale) {
        m_state.rationaleCaptured = true;
        tag = tr(" [policy rationale]");
    } else if (kind == QuoteKind::Alternatives) {
        m_state.alternativesCaptured = true;
        tag = tr(" [alternatives]");
    }
    touch();
    const auto *by = m_state.current();
    const QString who = by ? by->name + QStringLiteral(": ") : QString();
    return paragraphStamp() + tr("QUOTE%1 %2\u201C%3\u201D").arg(tag, who, words.trimmed());
}

void LiveCall::setPromiseConfirmed(int index, bool confirmed)
{
    if (index < 0 || index >= m_state.promises.size() ||
        m_state.promises[index].confirmed == confirmed)
        return;
    m_state.promises[index].confirmed = confirmed;
    touch();
    Q_EMIT promiseChanged(index);
}

Result<RowId> LiveCall::end(std::optional<int> effort, const QList<std::optional<int>> &helpfulness,
                            const QString &summary)
{
    if (!m_live)
        return Error{Error::Code::Invalid, tr("No call is in progress.")};
    CallState filing = m_state;
    filing.effort = effort;
    filing.summary = summary;
    for (int i = 0; i < filing.participants.size() && i < helpfulness.size(); ++i)
        filing.participants[i].helpfulness = helpfulness[i];
    filing.end(m_workspace.clock().now());
    flush(); // no background write of the draft races the filing
    auto written = file(filing);
    if (!written) {
        // The call goes on: what was typed stays in the draft.
        saveNow();
        return written.error();
    }
    const auto caseId = filing.caseId;
    const auto entryId = written->entryId;
    stop();
    Q_EMIT filed(caseId, entryId);
    return entryId;
}

Result<RowId> LiveCall::fileAsItWas(CallState draft)
{
    // Ends the call at its last save: after that the app was gone, not the user.
    draft.end(draft.savedAt.isNull() ? m_workspace.clock().now() : draft.savedAt.toDateTime());
    auto written = file(draft);
    if (!written)
        return written.error();
    return written->entryId;
}

Result<FiledCall> LiveCall::file(const CallState &filing)
{
    if (!m_undo)
        return m_session.fileCall(filing);
    auto command = std::make_unique<FileCallCommand>(m_workspace, filing);
    const auto *raw = command.get(); // filing never merges: the stack keeps it
    if (auto status = m_undo->push(std::move(command)); !status)
        return status.error();
    return raw->filed();
}

Status LiveCall::discard()
{
    if (!m_live)
        return {};
    m_dirty = false;
    m_writer->flush();
    auto status = m_session.discard(m_state.draftId);
    if (status)
        stop();
    return status;
}

} // namespace leverage::models
