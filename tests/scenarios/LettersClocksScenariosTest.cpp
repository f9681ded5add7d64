// Letters (issue 18) and clocks (issue 19) as the field notes play them, on the real window
// with the keyboard alone: a letter's tone changed and undone before it goes, and the dossier
// listing it; a timeline entry marked as what a clock counts from; a case deleted and
// brought back with its clocks.
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/ClocksWiring.h"
#include "app/FeatureWiring.h"
#include "core/clocks/ClockText.h"
#include "core/ledger/ReminderScheduler.h"
#include "core/letters/LetterDocument.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockRuleRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/clocks/ClockRuleDialog.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/LedgerReminders.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/ledger/AgendaModel.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace leverage::testing {
namespace {

using LettersClocksScenarios = Scenario;

const QString kMri = QStringLiteral("MRI claim denied as \"not pre-authorised\"");
const QKeySequence kToneAndAddressee{Qt::CTRL | Qt::SHIFT | Qt::Key_T};
const QKeySequence kMarkClockTrigger{Qt::CTRL | Qt::SHIFT | Qt::Key_B};

ui::LetterEditor *openEditor()
{
    for (auto *widget : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<ui::LetterEditor *>(widget); found && found->isVisible())
            return found;
    return nullptr;
}

// Scenario: "my courteous complaint reads too soft: I make it final, think better of it, make
// it final again and post it; the dossier I send the regulator lists it with the others".
TEST_F(LettersClocksScenarios, ALettersToneIsChangedUndoneAndTheSentLetterIsInTheDossier)
{
    // Given the demo and the MRI claim open, with a courteous complaint to Carl Jensen
    givenTheDemoWorkspace();
    whenIOpenTheCase(kMri);
    const RowId mri = caseTitled(kMri);
    whenIPressAndThenInTheDialog(kNewLetter, [this] {
        whenIPress(alt(Qt::Key_O));
        whenIType(QStringLiteral("Carl"));
        whenIPress(kSubmit);
    });
    ui::LetterEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    // As a window manager does, the letter's window is active again once its dialog closed
    // (the steps give the main window its activation back after each dialog).
    const auto backToTheLetter = [editor] {
        QTest::qWait(200);
        editor->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(editor));
        QTest::qWait(100);
    };
    backToTheLetter();
    ASSERT_EQ(focusWidget(), editor->textEdit());
    LetterRepository letters(store());
    const RowId letterId = editor->letterId();
    const Letter courteous = *letters.get(letterId);
    ASSERT_EQ(courteous.tone, LetterTone::Courteous);

    // When I change its tone to final
    whenIPressAndThenInTheDialog(kToneAndAddressee, [this] {
        whenIPress(QKeySequence(Qt::Key_Down)); // Firm
        whenIPress(QKeySequence(Qt::Key_Down)); // Final
        whenIPress(kSubmit);
    });
    backToTheLetter();
    // Then the letter is written again, final, with the same facts and addressee
    const Letter final = *letters.get(letterId);
    EXPECT_EQ(final.tone, LetterTone::Final);
    EXPECT_EQ(final.contactId, courteous.contactId);
    EXPECT_NE(final.body, courteous.body);
    EXPECT_EQ(editor->textEdit()->toPlainText().replace(QChar::Nbsp, QLatin1Char(' ')),
              LetterDocument::plainText(final.body));

    // When I press Ctrl+Z in the letter, it is courteous again
    ASSERT_EQ(focusWidget(), editor->textEdit());
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(letters.get(letterId)->tone, LetterTone::Courteous);
    EXPECT_EQ(letters.get(letterId)->body, courteous.body);

    // And when I make it final again and post it
    whenIPressAndThenInTheDialog(kToneAndAddressee, [this] {
        whenIPress(QKeySequence(Qt::Key_End)); // Final
        whenIPress(kSubmit);
    });
    backToTheLetter();
    whenIPressAndThenInTheDialog(kMarkSent, [this] { whenIPress(kSubmit); });
    backToTheLetter();
    whenIPress(QKeySequence(Qt::Key_Escape)); // closes the letter
    const Letter sent = *letters.get(letterId);
    ASSERT_TRUE(sent.isSent());
    EXPECT_EQ(sent.tone, LetterTone::Final);

    // Then the dossier lists both letters the case sent, in order, this one to Carl Jensen,
    // and its timeline entry says which letter it is
    const QString dossier = dossierText(mri).simplified();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Letters sent: 2 letters")))
        << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Letter 1 sent (see Letters sent): Escalation")));
    EXPECT_TRUE(dossier.contains(QStringLiteral("Letter 2 sent (see Letters sent): Complaint")));
    EXPECT_TRUE(dossier.contains(QStringLiteral("Carl Jensen")));
}

// Scenario: "the bank's call of 10 February was in fact its final response: the clock should
// count from that call".
TEST_F(LettersClocksScenarios, ATimelineEntryIsMarkedAsTheFinalResponseAndUndone)
{
    // Given the UK bank case, its timeline in front, the bank's call selected
    givenTheDemoWorkspace();
    whenIOpenTheCase(kUkBank);
    const RowId bank = caseTitled(kUkBank);
    auto *header = m_real.window().findChild<QLabel *>(QStringLiteral("caseClocks"));
    ASSERT_NE(header, nullptr);
    const QString countdown = header->text();
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_2));
    whenIPress(alt(Qt::Key_T));
    auto *timeline = m_real.window().timelinePane();
    auto entries = *store().timeline().forCase(bank);
    ASSERT_EQ(entries.size(), 2);
    const TimelineEntry call = entries.last(); // the acknowledgement, the newer of the two
    for (int i = 0; i < 3 && timeline->currentItem().id != call.meta.id; ++i)
        whenIPress(QKeySequence(i == 0 ? Qt::Key_Home : Qt::Key_Down));
    ASSERT_EQ(timeline->currentItem().id, call.meta.id);
    // (The same action is on the entries' context menu.)
    auto *action = m_real.window().findChild<QAction *>(QStringLiteral("markClockTriggerAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(timeline->entriesView()->actions().contains(action));
    EXPECT_EQ(timeline->entriesView()->contextMenuPolicy(), Qt::ActionsContextMenu);

    // When I mark it as the clock's trigger: a final response
    whenIPressAndThenInTheDialog(kMarkClockTrigger, [this] {
        whenIPress(QKeySequence(Qt::Key_Tab)); // from the route to what happened
        whenIType(QStringLiteral("final"));
        whenIPress(kSubmit);
    });

    // Then it is stored with the entry, dated the day of the call, and the door is open
    auto triggers = *ClockTriggerRepository(store()).forCase(bank);
    ASSERT_EQ(triggers.size(), 2);
    EXPECT_EQ(triggers.last().event, QStringLiteral("final_response"));
    EXPECT_EQ(triggers.last().entryId, call.meta.id);
    EXPECT_EQ(triggers.last().sentOn, call.occurredAt.toDateTime().date());
    // the door opened that day, and the header counts down to the six months after it
    EXPECT_NE(header->text(), countdown);
    const QDate call6Months = call.occurredAt.toDateTime().date().addMonths(6);
    EXPECT_TRUE(header->text().contains(clocks::ClockText::date(call6Months)))
        << header->text().toStdString();

    // When I undo, the clock counts from the complaint again
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(ClockTriggerRepository(store()).forCase(bank)->size(), 1);
    EXPECT_EQ(header->text(), countdown);
}

// Scenario: "I must not miss the day I may go to the ombudsman": the agenda lists it with my
// follow-ups, and that morning I am reminded.
TEST_F(LettersClocksScenarios, TheAgendaAndTheRemindersCarryTheOmbudsmansDate)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kUkBank);
    const RowId bank = caseTitled(kUkBank);
    auto *agenda = m_real.features().agendaPane();
    ASSERT_NE(agenda, nullptr);
    agenda->model()->ensureLoaded();
    const auto *model = agenda->model();
    QModelIndex found;
    for (int bucket = 0; bucket < model->rowCount(); ++bucket) {
        const QModelIndex parent = model->index(bucket, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex at = model->index(row, models::AgendaModel::What, parent);
            if (at.data(models::CaseIdRole).value<RowId>() == bank &&
                at.data().toString().startsWith(
                    QStringLiteral("Clock: Financial Ombudsman Service \u2014 ")))
                found = at;
        }
    }
    ASSERT_TRUE(found.isValid()) << "the agenda has no clock date of the bank case";
    EXPECT_EQ(found.data(models::IdRole).value<RowId>(), 0); // not a follow-up to tick off
    // due by the end of Tue 31 Mar 2026, the day the door opens
    EXPECT_EQ(model->index(found.row(), models::AgendaModel::Due, found.parent()).data().toString(),
              models::dueText(DueWindow::endOfDay(QDate(2026, 3, 31), -5 * 3600)));
    EXPECT_EQ(
        model->index(found.row(), models::AgendaModel::CaseTitle, found.parent()).data().toString(),
        kUkBank);

    // When the morning of 31 March comes, the reminders say so
    QTest::qWait(50); // the reminders start once the window has painted
    auto *reminders = m_real.features().reminders();
    ASSERT_NE(reminders, nullptr);
    QSignalSpy dated(&reminders->scheduler(), &ReminderScheduler::datedReminderDue);
    whenTimePasses(29 * 24 * 3600 + 60); // Tue 31 Mar 2026, 09:01
    reminders->scheduler().rearm();
    bool remindedOfBank = false;
    for (const auto &signal : std::as_const(dated))
        remindedOfBank =
            remindedOfBank ||
            (signal.at(0).value<RowId>() == bank &&
             signal.at(1).toString().startsWith(QStringLiteral("Clock: Financial Ombudsman")));
    EXPECT_TRUE(remindedOfBank) << dated.size();
}

// Scenario: "I deleted the wrong case: undo must bring back its clocks too, or I lose the date
// the ombudsman's door opens".
TEST_F(LettersClocksScenarios, ADeletedCaseComesBackWithItsClocks)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kUkBank);
    const RowId bank = caseTitled(kUkBank);
    const auto triggers = *ClockTriggerRepository(store()).forCase(bank);
    const auto where = *CaseJurisdictionRepository(store()).get(bank);
    const auto row = *store().cases().get(bank);
    ASSERT_EQ(triggers.size(), 1);
    ASSERT_EQ(where.country, QStringLiteral("GB"));

    // When I delete the case (and say yes), then undo
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_1));
    whenIPressAndThenInTheDialog(QKeySequence::Delete, [this] {
        whenIPress(QKeySequence(Qt::SHIFT | Qt::Key_Tab)); // from Cancel to Yes
        whenIPress(QKeySequence(Qt::Key_Space));
    });
    ASSERT_FALSE(store().cases().get(bank));
    EXPECT_TRUE(ClockTriggerRepository(store()).forCase(bank)->isEmpty());
    whenIPress(QKeySequence::Undo);

    // Then the case, where it is, and the event its clock counts from are all back, as they were
    auto back = store().cases().get(bank);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->meta, row.meta);
    EXPECT_EQ(*CaseJurisdictionRepository(store()).get(bank), where);
    EXPECT_EQ(*ClockTriggerRepository(store()).forCase(bank), triggers);
    whenIOpenTheCase(kUkBank);
    auto *header = m_real.window().findChild<QLabel *>(QStringLiteral("caseClocks"));
    ASSERT_NE(header, nullptr);
    EXPECT_EQ(header->text(),
              QStringLiteral("Clocks: Financial Ombudsman Service: Tue 31 Mar 2026 (in 29 days)"));
}

// "Our advocacy group's rule: 8 weeks from the complaint, never more than 60 days, and only
// once the bank's own rule has run": the rule dialog edits a cap and a chain from the keyboard,
// and what it gives back passes the rule file's checks.
TEST(ClockRuleDialogKeys, ACapAndAChainAreTypedAndKept)
{
    clocks::ClockRule rule;
    rule.id = QStringLiteral("my-rule");
    rule.title = QStringLiteral("Our rule");
    rule.countries = {QStringLiteral("GB")};
    rule.trigger = QStringLiteral("complaint");
    rule.offset = {8, clocks::ClockOffset::Unit::Weeks};
    const QList<QPair<QString, QString>> others{
        {QStringLiteral("gb-fos-8-weeks"), QStringLiteral("Financial Ombudsman: 8 weeks")},
        {QStringLiteral("my-rule"), QStringLiteral("Our rule")}}; // itself: not offered
    ui::ClockRuleDialog dialog(rule, true, others);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    const auto press = [](QKeySequence keys) {
        const auto combined = keys[0];
        QTest::keyClick(QApplication::focusWidget(), combined.key(), combined.keyboardModifiers());
    };
    auto *after = dialog.findChild<QListWidget *>(QStringLiteral("ruleAfter"));
    ASSERT_NE(after, nullptr);
    ASSERT_EQ(after->count(), 1);
    press(QKeySequence(Qt::ALT | Qt::Key_A)); // Capped: at most …
    press(QKeySequence(Qt::Key_Space));
    press(QKeySequence(Qt::Key_Tab));
    press(QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("60"));
    press(QKeySequence(Qt::ALT | Qt::Key_H)); // Chained after
    press(QKeySequence(Qt::Key_Home));
    press(QKeySequence(Qt::Key_Space));
    const auto edited = dialog.rule();
    ASSERT_TRUE(edited.cap.has_value());
    EXPECT_EQ(edited.cap->amount, 60);
    EXPECT_EQ(edited.cap->unit, clocks::ClockOffset::Unit::Days);
    EXPECT_EQ(edited.after, QStringList{QStringLiteral("gb-fos-8-weeks")});
    // Accepted: the same checks as a rule file's.
    press(QKeySequence(Qt::Key_Return));
    EXPECT_EQ(dialog.result(), QDialog::Accepted)
        << dialog.findChild<QLabel *>(QStringLiteral("ruleError"))->text().toStdString();

    // Opened again, the cap and the chain are shown as kept, and taken off from the keyboard.
    ui::ClockRuleDialog again(edited, true, others);
    again.show();
    QApplication::setActiveWindow(&again);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&again));
    press(QKeySequence(Qt::ALT | Qt::Key_A));
    press(QKeySequence(Qt::Key_Space));
    EXPECT_FALSE(again.rule().cap.has_value());
    EXPECT_EQ(again.rule().after, edited.after);
}

} // namespace
} // namespace leverage::testing
