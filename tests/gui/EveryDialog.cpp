#include "tests/gui/EveryDialog.h"

#include "core/calls/CallState.h"
#include "ui/backup/BackupSettingsDialog.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/calls/EndCallDialog.h"
#include "ui/calls/FollowUpDialog.h"
#include "ui/calls/NewPersonDialog.h"
#include "ui/calls/PromiseDialog.h"
#include "ui/calls/QuoteDialog.h"
#include "ui/calls/ResumeCallDialog.h"
#include "ui/cases/CaseDialog.h"
#include "ui/clocks/ClockRuleDialog.h"
#include "ui/clocks/TriggerDialog.h"
#include "ui/commitments/CommitmentDialog.h"
#include "ui/common/NoteDialog.h"
#include "ui/contacts/ContactDialog.h"
#include "ui/contacts/ContactImportDialog.h"
#include "ui/contacts/OrganizationDialog.h"
#include "ui/dossier/DossierOptionsDialog.h"
#include "ui/escalation/EscalationStepDialog.h"
#include "ui/evidence/TimeStampDialog.h"
#include "ui/letters/CaseNumbersDialog.h"
#include "ui/letters/MarkSentDialog.h"
#include "ui/letters/MyDetailsDialog.h"
#include "ui/letters/NewLetterDialog.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/outcomes/CloseCaseDialog.h"
#include "ui/outcomes/RegulatorFormDialog.h"
#include "ui/outcomes/TroubleCostsDialog.h"
#include "ui/timeline/EntryDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/TeamWorkspaceDialog.h"

namespace leverage::testing {
namespace {

// What the dialogs are filled with: data, as a person's own names and words would be.
const QString kStoredCase = QStringLiteral("A stored case");
const QString kCase = QStringLiteral("Case");
const QString kPerson = QStringLiteral("Dana Ruiz");
const QString kSupervisor = QStringLiteral("Lee Park (supervisor)");
const QString kNoteTitle = QStringLiteral("Promise broken");
const QString kNotePrompt = QStringLiteral("What happened?");

} // namespace

QStringList everyDialogSampleTexts()
{
    return {kStoredCase, kCase, kPerson, kSupervisor, kNoteTitle, kNotePrompt};
}

std::vector<std::unique_ptr<QDialog>> everyDialog(ui::MainWindow &window, const QDateTime &now,
                                                  models::ErrorReporter &reporter)
{
    auto &editor = window.editor();
    QWidget *parent = &window;
    CallState call;
    call.caseId = 1;
    std::vector<std::unique_ptr<QDialog>> out;
    out.emplace_back(new ui::CaseDialog(editor, Case{}, parent));
    Case stored;
    stored.meta.id = 1;
    stored.meta.version = 1;
    stored.title = kStoredCase;
    out.emplace_back(new ui::CaseDialog(editor, stored, parent));
    Commitment commitment;
    commitment.caseId = 1;
    out.emplace_back(new ui::CommitmentDialog(editor, commitment, parent));
    out.emplace_back(new ui::ContactDialog(editor, Contact{}, parent));
    out.emplace_back(new ui::OrganizationDialog(editor, Organization{}, parent));
    TimelineEntry entry;
    entry.caseId = 1;
    out.emplace_back(new ui::EntryDialog(editor, entry, parent));
    out.emplace_back(new ui::EndCallDialog(call, 600, 60, {{1, kCase}}, parent));
    out.emplace_back(new ui::ResumeCallDialog(call, kCase, now, parent));
    out.emplace_back(new ui::QuoteDialog(parent));
    out.emplace_back(new ui::NewPersonDialog(kPerson, parent));
    out.emplace_back(
        new ui::PromiseDialog(kPerson, {{kSupervisor, CallState::kSupervisor}}, now, parent));
    out.emplace_back(new ui::FollowUpDialog({{kPerson, 0}}, now, parent));
    out.emplace_back(new ui::ContactImportDialog(
        window.workspace(), models::UndoPusher(window.undoStack(), reporter), parent));
    out.emplace_back(new ui::DossierOptionsDialog(parent));
    out.emplace_back(new ui::NoteDialog(kNoteTitle, kNotePrompt, parent));
    out.emplace_back(new ui::EscalationStepDialog(window.workspace(), parent));
    models::CaseOutcomeChoices outcome;
    outcome.caseTitle = kCase;
    outcome.currency = QStringLiteral("USD");
    out.emplace_back(new ui::CloseCaseDialog(outcome, now, parent));
    outcomes::RegulatorForm form;
    form.issue = kCase;
    out.emplace_back(new ui::RegulatorFormDialog(form, reporter, parent));
    out.emplace_back(new ui::ClockRuleDialog(clocks::ClockRule{}, true, {}, parent));
    clocks::ClockTrigger trigger;
    trigger.caseId = 1;
    out.emplace_back(new ui::TriggerDialog(window.workspace(), trigger, parent));
    out.emplace_back(new ui::MyDetailsDialog(MyDetails{}, parent));
    out.emplace_back(new ui::CaseNumbersDialog({}, parent));
    out.emplace_back(new ui::MarkSentDialog(now, parent));
    out.emplace_back(new ui::NewLetterDialog({}, parent));
    out.emplace_back(new ui::BackupSettingsDialog(models::BackupSettings{}, parent));
    out.emplace_back(new ui::PassphraseDialog(ui::PassphraseDialog::Purpose::Export, parent));
    out.emplace_back(new ui::PassphraseDialog(ui::PassphraseDialog::Purpose::Import, parent));
    out.emplace_back(new ui::TeamWorkspaceDialog(parent));
    out.emplace_back(new ui::TimeStampDialog(
        window.workspace(), 1, models::UndoPusher(window.undoStack(), reporter), parent));
    models::TroubleCostCommand::Costs costs;
    costs.costs << outcomes::OutOfPocketCost{340, QStringLiteral("USD"), now.date(),
                                             QStringLiteral("Postage")};
    out.emplace_back(
        new ui::TroubleCostsDialog(kCase, costs, QStringLiteral("USD"), now.date(), parent));
    return out;
}

} // namespace leverage::testing
