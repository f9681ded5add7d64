// CallNotesPane, continued: starting, resuming, capturing items and ending a call.
#include "core/calls/CallSession.h"
#include "core/calls/CasesToFileUnder.h"
#include "core/contacts/ContactDirectory.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/calls/CallNotesEditor.h"
#include "ui/calls/CallNotesPane.h"

#include "core/contacts/ContactDirectory.h"
#include "ui/calls/CallPersonPicker.h"
#include "ui/calls/EndCallDialog.h"
#include "ui/calls/FollowUpDialog.h"
#include "ui/calls/NewPersonDialog.h"
#include "ui/calls/PromiseDialog.h"
#include "ui/calls/QuoteDialog.h"
#include "ui/calls/ResumeCallDialog.h"
#include "ui/models/calls/LiveCall.h"
#include "ui/models/common/ReportError.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace leverage::ui {
namespace {

QString caseTitle(Workspace &workspace, RowId caseId)
{
    if (caseId <= 0)
        return QCoreApplication::translate("leverage", "No case chosen yet");
    auto summary = workspace.cases().summary(caseId);
    if (!summary && summary.code() == Error::Code::NotFound)
        return QCoreApplication::translate("leverage", "Case no longer exists");
    if (!summary) // not "gone": the call still files under it once the case can be read
        return QCoreApplication::translate("leverage", "The case could not be read");
    return summary->organizationName.isEmpty()
               ? summary->caseData.title
               : QStringLiteral("%1 · %2").arg(summary->caseData.title, summary->organizationName);
}

} // namespace

void CallNotesPane::report(const QString &problem, const QString &why)
{
    models::reportError(m_reporter, why.isEmpty() ? problem : tr("%1: %2").arg(problem, why));
}

bool CallNotesPane::refuseWhileLive(const QString &why)
{
    if (!m_call->isLive())
        return false;
    report(tr("A call is in progress"), why);
    return true;
}

void CallNotesPane::startCall(RowId caseId)
{
    if (refuseWhileLive(tr("end or cancel it before starting another.")))
        return;
    if (auto status = m_call->start(caseId); !status) {
        report(tr("The call could not start"), status.message());
        return;
    }
    begin(false);
}

void CallNotesPane::startCallWith(RowId contactId)
{
    if (refuseWhileLive(tr("end or cancel it before starting another.")))
        return;
    auto contact = m_workspace.contacts().get(contactId);
    if (!contact) {
        report(tr("The call could not start"), contact.message());
        return;
    }
    RowId caseId = 0;
    if (m_caseId > 0)
        if (auto shown = m_workspace.cases().get(m_caseId);
            shown && shown->organizationId == contact->organizationId)
            caseId = m_caseId;
    if (auto status = m_call->start(caseId, contactId); !status) {
        report(tr("The call could not start"), status.message());
        return;
    }
    begin(false);
}

// Fills the view from the live call (new or resumed) and puts the cursor in the notes.
void CallNotesPane::begin(bool fromDraft)
{
    const auto &state = m_call->state();
    m_contacts.clear();
    // The case's organizations' people first (the seller's, the installer's …), then everyone.
    const ContactDirectory directory(m_workspace);
    auto organizations = state.caseId > 0 ? directory.organizationsOfCase(state.caseId)
                                          : Result<QList<RowId>>(QList<RowId>{});
    if (organizations && state.organizationId > 0 && !organizations->contains(state.organizationId))
        organizations->prepend(state.organizationId);
    auto contacts = organizations ? directory.peopleFirstOf(*organizations)
                                  : Result<QList<Contact>>(organizations.error());
    if (contacts)
        m_contacts = *contacts;
    else // the call goes on; people can still be typed in
        report(tr("The organization's people could not be read"), contacts.message());
    m_caseLabel->setText(caseTitle(m_workspace, state.caseId));
    m_reference->setText(state.referenceNumber);
    m_callback->setText(state.callbackNumber);
    m_supervisor->setText(state.supervisorName);
    m_supervisorLine->setText(state.supervisorLine);
    refreshPeople();
    if (!state.typedPerson.isEmpty())
        m_person->setEditText(state.typedPerson);
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(state.notes);
    }
    m_live->setEnabled(true);
    for (auto *action : {m_hold, m_promise, m_followUp, m_quote, m_end, m_cancel})
        action->setEnabled(true);
    updateTimes(m_call->elapsedSeconds(), m_call->holdSeconds());
    showStatus(fromDraft ? tr("Call resumed from its draft.") : tr("Call started."), false);
    m_notes->setFocus();
    m_notes->moveToEnd();
    Q_EMIT callStarted(state.caseId);
}

void CallNotesPane::clearView()
{
    m_caseLabel->setText(tr("No call in progress"));
    m_elapsed->setText(CallState::stamp(0));
    m_holdTime->clear();
    for (auto *edit : {m_reference, m_callback, m_supervisor, m_supervisorLine})
        edit->clear();
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->clear();
    }
    m_contacts.clear();
    refreshPeople();
    m_live->setEnabled(false);
    for (auto *action : {m_hold, m_promise, m_followUp, m_quote, m_end, m_cancel})
        action->setEnabled(false);
}

bool CallNotesPane::offerResume(QWidget *parent)
{
    CallSession session(m_workspace);
    auto drafts = session.drafts();
    if (!drafts) {
        report(tr("Unfinished calls could not be read"), drafts.message());
        return false;
    }
    bool resumed = false;
    for (auto draft : *drafts) {
        const auto now = m_workspace.clock().now();
        ResumeCallDialog dialog(draft, caseTitle(m_workspace, draft.caseId), now, parent);
        switch (dialog.exec()) {
        case ResumeCallDialog::Resume:
            if (refuseWhileLive(tr("only one call can be live; the unfinished one stays saved.")))
                break;
            m_call->resume(draft);
            begin(true);
            resumed = true;
            break;
        case ResumeCallDialog::FileAsItWas: {
            auto entryId = m_call->fileAsItWas(draft); // one undoable "File call"
            if (!entryId)
                report(tr("The call was not filed"),
                       entryId.message() + QLatin1Char(' ') +
                           tr("It stays saved; resume it to choose a case."));
            else
                Q_EMIT callFiled(draft.caseId, *entryId);
            break;
        }
        case ResumeCallDialog::Discard:
            if (QMessageBox::question(parent, tr("Discard the call?"),
                                      tr("The call's notes, promises and follow-ups will be lost."),
                                      QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Cancel) == QMessageBox::Discard)
                if (auto status = session.discard(draft.draftId); !status)
                    report(tr("The call was not discarded"), status.message());
            break;
        default:
            break;
        }
    }
    return resumed;
}

void CallNotesPane::addPromise()
{
    if (!m_call->isLive())
        return;
    const auto &state = m_call->state();
    const auto *by = state.current();
    auto actors = peopleOnTheCall();
    actors.removeIf(
        [&state](const auto &person) { return person.second == state.currentParticipant; });
    PromiseDialog dialog(by ? by->name : QString(), actors, m_workspace.clock().now(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_notes->appendItem(m_call->addPromise(dialog.what(), dialog.due(), dialog.actorIndex()));
    m_notes->setFocus();
}

void CallNotesPane::addFollowUp()
{
    if (!m_call->isLive())
        return;
    FollowUpDialog dialog(peopleOnTheCall(), m_workspace.clock().now(), this);
    if (dialog.exec() == QDialog::Accepted) {
        // A callback they promised is their commitment, expected on the agenda; else the
        // user's own follow-up.
        m_notes->appendItem(
            dialog.isCommitment()
                ? m_call->addPromise(dialog.what(), dialog.due(), dialog.actorIndex(), true)
                : m_call->addFollowUp(dialog.what(), dialog.due(), dialog.actorIndex()));
    }
    m_notes->setFocus();
}

QList<QPair<QString, int>> CallNotesPane::peopleOnTheCall() const
{
    const auto &state = m_call->state();
    QList<QPair<QString, int>> people;
    for (int i = 0; i < state.participants.size(); ++i)
        if (!state.participants[i].name.trimmed().isEmpty())
            people.append({state.participants[i].name, i});
    if (!state.supervisorName.trimmed().isEmpty())
        people.append(
            {tr("%1 (supervisor)").arg(state.supervisorName.trimmed()), CallState::kSupervisor});
    return people;
}

void CallNotesPane::addQuote()
{
    if (!m_call->isLive())
        return;
    QuoteDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_notes->appendItem(m_call->addQuote(dialog.words(), dialog.kind()));
    m_notes->setFocus();
}

void CallNotesPane::addNewPerson(const QString &typedName)
{
    if (!m_call->isLive())
        return;
    NewPersonDialog dialog(typedName, this);
    if (dialog.exec() == QDialog::Accepted)
        m_notes->appendItem(m_call->addParticipant(dialog.person()));
    else
        refreshPeople(); // put the combo back on the current person
    m_notes->setFocus();
}

void CallNotesPane::endCall()
{
    if (!m_call->isLive())
        return;
    m_call->saveNow();
    const auto &state = m_call->state();
    QList<EndCallDialog::CaseChoice> cases;
    if (state.caseId <= 0) {
        if (auto found = casesToFileUnder(m_workspace, state.organizationId); found)
            for (const auto &c : *found)
                cases.append({c.caseData.meta.id, c.caseData.title});
        else // the form still opens: the call can be filed once a case can be chosen
            report(tr("The cases to file the call under could not be read"), found.message());
    }
    EndCallDialog dialog(state, m_call->elapsedSeconds(), m_call->holdSeconds(), cases, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_notes->setFocus();
        return;
    }
    m_call->setCaseId(dialog.caseId());
    auto entryId = m_call->end(dialog.effort(), dialog.helpfulness(), dialog.summary());
    if (!entryId)
        report(tr("The call was not filed"),
               entryId.message() + QLatin1Char(' ') +
                   tr("Nothing was lost: the call is still open and saved."));
}

void CallNotesPane::cancelCall()
{
    if (!m_call->isLive())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Discard this call?"),
        tr("The notes, promises and follow-ups of this call will be thrown away, not filed."),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (auto status = m_call->discard(); !status) {
        report(tr("The call was not discarded"), status.message());
        return;
    }
    clearView();
    showStatus(tr("Call discarded."), false);
    Q_EMIT callEnded();
}

} // namespace leverage::ui
