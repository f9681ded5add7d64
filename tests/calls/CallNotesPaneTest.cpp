// The call-notes pane offscreen, as a user drives it: start a call on a case, type notes, add
// a promise and a follow-up from the keyboard, end the call, and find it all in the store.
#include "ui/calls/CallNotesPane.h"
#include "core/calls/CallSession.h"
#include "core/store/CallDraftRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/calls/CallFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/calls/LiveCall.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace leverage;
using leverage::ui::CallNotesPane;

namespace {

// Runs `fill` on the modal dialog that the next action opens.
void whenDialogOpens(std::function<void(QWidget *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr) << "no dialog opened";
        fill(dialog);
    });
}

class CallNotesPaneTest : public ::testing::Test, protected leverage::testing::CallFixture
{
protected:
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    CallNotesPane pane{*ws, undo, reporter};

    void SetUp() override
    {
        pane.show();
        QApplication::setActiveWindow(&pane);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&pane));
    }
    template <typename T> T *child(const char *name)
    {
        auto *found = pane.findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

} // namespace

TEST_F(CallNotesPaneTest, ACallTypedFromTheKeyboardIsFiledWhole)
{
    QSignalSpy filed(&pane, &CallNotesPane::callFiled);
    pane.startCall(theCase.meta.id);
    ASSERT_TRUE(pane.isCallLive());
    auto *notes = child<QPlainTextEdit>("notes");
    EXPECT_EQ(QApplication::focusWidget(), notes);
    EXPECT_TRUE(child<QLabel>("caseLabel")->text().contains(theCase.title));

    // Pick the rep from the organization's contacts.
    auto *person = child<QComboBox>("person");
    const int row = person->findText(QStringLiteral("Dana Ruiz"), Qt::MatchStartsWith);
    ASSERT_GE(row, 0);
    Q_EMIT person->activated(row);
    ASSERT_EQ(pane.call().state().participants.size(), 1);
    EXPECT_EQ(pane.call().state().participants[0].contactId, rep.meta.id);

    ws.clock().advance(75);
    QTest::keyClicks(notes, QStringLiteral("Part is on back order"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("Asked for a refund"));
    EXPECT_TRUE(
        notes->toPlainText().contains(QStringLiteral("Part is on back order\n[01:15] Asked")))
        << notes->toPlainText().toStdString();
    QTest::keyClicks(child<QLineEdit>("reference"), QStringLiteral("TCK-88213"));
    EXPECT_EQ(pane.call().state().referenceNumber, QStringLiteral("TCK-88213"));

    // Ctrl+Shift+P: a promise due in five business days.
    whenDialogOpens([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("what"))
            ->setText(QStringLiteral("File the reimbursement"));
        dialog->findChild<QComboBox *>(QStringLiteral("due"))->setCurrentIndex(2);
        qobject_cast<QDialog *>(dialog)->accept();
    });
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(pane.call().state().promises.size(), 1);
    EXPECT_EQ(pane.call().state().promises[0].due.until.toDateTime().date(), QDate(2026, 3, 9));

    // Ctrl+H from the notes: on hold, and off again. (Offscreen, no window manager hands the
    // activation back after a dialog closes; a desktop does.)
    QApplication::setActiveWindow(&pane);
    QTest::keyClick(notes, Qt::Key_H, Qt::ControlModifier);
    EXPECT_TRUE(pane.call().state().isOnHold());
    QTest::keyClick(notes, Qt::Key_H, Qt::ControlModifier);
    EXPECT_FALSE(pane.call().state().isOnHold());

    // Follow-up through its action (the same one Ctrl+Shift+F triggers).
    const auto callback = QDateTime(QDate(2026, 3, 5), QTime(14, 0), Qt::OffsetFromUTC, -5 * 3600);
    whenDialogOpens([callback](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("what"))
            ->setText(QStringLiteral("Supervisor calls back 2-4 pm"));
        // At a time (the dialog's default form): the date and the time.
        auto *date = dialog->findChild<QDateTimeEdit *>(QStringLiteral("date"));
        auto *time = dialog->findChild<QDateTimeEdit *>(QStringLiteral("from"));
        ASSERT_TRUE(date && time);
        date->setDate(callback.date());
        time->setTime(callback.time());
        qobject_cast<QDialog *>(dialog)->accept();
    });
    pane.followUpAction()->trigger();
    ASSERT_EQ(pane.call().state().followUps.size(), 1);
    EXPECT_EQ(pane.call().state().followUps[0].due,
              DueWindow::moment(Instant::fromDateTime(callback)));
    EXPECT_TRUE(notes->toPlainText().contains(QStringLiteral("PROMISE: File the reimbursement")));
    EXPECT_TRUE(notes->toPlainText().contains(QStringLiteral("FOLLOW-UP: Supervisor calls back")));

    // Read back the promise and tick it.
    auto *readBack = child<QListView>("readBack");
    ASSERT_EQ(readBack->model()->rowCount(), 1);
    readBack->model()->setData(readBack->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    EXPECT_TRUE(pane.call().state().promises[0].confirmed);

    ws.clock().advance(300);
    whenDialogOpens([](QWidget *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("effort"))->setCurrentIndex(4);
        dialog->findChild<QComboBox *>(QStringLiteral("helpfulness0"))->setCurrentIndex(2);
        dialog->findChild<QLineEdit *>(QStringLiteral("summary"))
            ->setText(QStringLiteral("Refund to be filed within 5 days"));
        qobject_cast<QDialog *>(dialog)->accept();
    });
    QApplication::setActiveWindow(&pane);
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(filed.count(), 1);
    EXPECT_FALSE(pane.isCallLive());
    EXPECT_EQ(undo.count(), 1); // "File call" can be undone
    EXPECT_EQ(undo.undoText(), QStringLiteral("File call"));

    auto entries = ws->timeline().forCase(theCase.meta.id);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    const auto &entry = entries->first();
    EXPECT_EQ(filed.first().at(1).value<RowId>(), entry.meta.id);
    EXPECT_EQ(entry.durationSeconds, 375);
    EXPECT_EQ(entry.personName, rep.name);
    EXPECT_EQ(entry.referenceNumber, QStringLiteral("TCK-88213"));
    EXPECT_EQ(entry.summary, QStringLiteral("Refund to be filed within 5 days"));
    EXPECT_EQ(entry.effort, 4);
    EXPECT_EQ(entry.helpfulness, 2);
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("[01:15] Asked for a refund")));
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("PROMISE: File the reimbursement")));

    auto commitments = ws->commitments().forCase(theCase.meta.id);
    ASSERT_EQ(commitments->size(), 1);
    EXPECT_EQ(commitments->first().what, QStringLiteral("File the reimbursement"));
    EXPECT_EQ(commitments->first().contactId, rep.meta.id);
    EXPECT_EQ(commitments->first().entryId, entry.meta.id);
    auto followUps = ws->followUps().forCase(theCase.meta.id);
    ASSERT_EQ(followUps->size(), 1);
    EXPECT_EQ(followUps->first().dueAt.toDateTime(), callback);
    EXPECT_TRUE(ws->callDrafts().all()->isEmpty());
}

TEST_F(CallNotesPaneTest, CancelAsksBeforeDiscarding)
{
    pane.startCall(theCase.meta.id);
    auto answer = [](QMessageBox::StandardButton button) {
        whenDialogOpens([button](QWidget *dialog) {
            qobject_cast<QMessageBox *>(dialog)->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    pane.cancelCallAction()->trigger();
    EXPECT_TRUE(pane.isCallLive());
    EXPECT_EQ(ws->callDrafts().all()->size(), 1);
    answer(QMessageBox::Discard);
    pane.cancelCallAction()->trigger();
    EXPECT_FALSE(pane.isCallLive());
    EXPECT_TRUE(ws->callDrafts().all()->isEmpty());
    EXPECT_TRUE(ws->timeline().forCase(theCase.meta.id)->isEmpty());
}

TEST_F(CallNotesPaneTest, ADraftLeftByACrashIsResumedWithItsTimerAndHold)
{
    CallSession session(*ws);
    auto draft = *session.start(theCase.meta.id, rep.meta.id);
    draft.notes = QStringLiteral("[00:00] Before the crash");
    ws.clock().advance(200);
    draft.toggleHold(ws.clock().now());
    ASSERT_TRUE(session.save(draft));
    ws.clock().advance(100); // the app was down; the call and the hold went on

    whenDialogOpens([](QWidget *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("resume"))->click();
    });
    EXPECT_TRUE(pane.offerResume(&pane));
    ASSERT_TRUE(pane.isCallLive());
    EXPECT_EQ(child<QPlainTextEdit>("notes")->toPlainText(), draft.notes);
    EXPECT_EQ(pane.call().elapsedSeconds(), 300);
    EXPECT_EQ(pane.call().holdSeconds(), 100);
    EXPECT_TRUE(pane.holdAction()->isChecked());
    EXPECT_EQ(child<QLabel>("elapsed")->text(), QStringLiteral("05:00"));
}

TEST_F(CallNotesPaneTest, ADraftFiledAsItWasIsOneUndoStepThatTakesEverythingBack)
{
    CallSession session(*ws);
    auto draft = *session.start(theCase.meta.id, rep.meta.id);
    draft.participants.append(
        {0, QStringLiteral("Lee Park"), QStringLiteral("Supervisor"), {}, 60, std::nullopt});
    draft.notes = QStringLiteral("[00:00] Lee will refund");
    draft.promises.append({QStringLiteral("Refund the fee"), 1, {}, 90, true});
    draft.followUps.append({QStringLiteral("Check the statement"),
                            DueWindow::moment(Instant::fromDateTime(ws.clock().now())), -1, 95});
    ws.clock().advance(300);
    ASSERT_TRUE(session.save(draft));
    const auto contactsBefore = ws->contacts().count().value();

    whenDialogOpens(
        [](QWidget *dialog) { dialog->findChild<QPushButton *>(QStringLiteral("file"))->click(); });
    EXPECT_FALSE(pane.offerResume(&pane));
    ASSERT_EQ(ws->timeline().forCase(theCase.meta.id)->size(), 1);
    EXPECT_EQ(ws->commitments().forCase(theCase.meta.id)->size(), 1);
    EXPECT_EQ(ws->followUps().forCase(theCase.meta.id)->size(), 1);
    EXPECT_EQ(ws->contacts().count().value(), contactsBefore + 1) << "Lee became a contact";
    EXPECT_TRUE(ws->callDrafts().all()->isEmpty());
    ASSERT_EQ(undo.count(), 1);
    EXPECT_EQ(undo.undoText(), QStringLiteral("File call"));

    undo.undo();
    EXPECT_TRUE(ws->timeline().forCase(theCase.meta.id)->isEmpty());
    EXPECT_TRUE(ws->commitments().forCase(theCase.meta.id)->isEmpty());
    EXPECT_TRUE(ws->followUps().forCase(theCase.meta.id)->isEmpty());
    EXPECT_EQ(ws->contacts().count().value(), contactsBefore);
    auto drafts = session.drafts();
    ASSERT_EQ(drafts->size(), 1) << "the call is a draft again, offered on the next start";
    EXPECT_EQ(drafts->first().notes, draft.notes);
    undo.redo();
    EXPECT_EQ(ws->timeline().forCase(theCase.meta.id)->size(), 1);
    EXPECT_EQ(ws->contacts().count().value(), contactsBefore + 1);
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(CallNotesPaneTest, AFiledCallWhoseEntryWasRemovedIsDroppedFromTheStackAndReported)
{
    CallSession session(*ws);
    auto draft = *session.start(theCase.meta.id, rep.meta.id);
    ASSERT_TRUE(session.save(draft));
    whenDialogOpens(
        [](QWidget *dialog) { dialog->findChild<QPushButton *>(QStringLiteral("file"))->click(); });
    pane.offerResume(&pane);
    auto entries = ws->timeline().forCase(theCase.meta.id);
    ASSERT_EQ(entries->size(), 1);
    ASSERT_TRUE(ws->timeline().remove(entries->first().meta.id)); // behind the stack's back
    undo.undo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_TRUE(reporter.last().startsWith(QStringLiteral("“File call” could not be undone: ")))
        << reporter.last().toStdString();
    EXPECT_EQ(undo.count(), 0);
    EXPECT_TRUE(ws->callDrafts().all()->isEmpty()) << "the failed undo changed nothing";
}

TEST(CallNotesPaneDockTest, PinOnTopKeepsTheFloatingDockAboveOtherWindows)
{
    leverage::testing::CallFixture fixture;
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    QMainWindow window;
    auto *dock = new QDockWidget(QStringLiteral("Call notes"), &window);
    auto *pane = new CallNotesPane(*fixture.ws, undo, reporter);
    dock->setWidget(pane);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    pane->alwaysOnTopAction()->setChecked(true);
    EXPECT_FALSE(dock->windowFlags().testFlag(Qt::WindowStaysOnTopHint)); // docked: no window
    dock->setFloating(true);
    QApplication::processEvents();
    EXPECT_TRUE(dock->isFloating());
    EXPECT_TRUE(dock->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    EXPECT_TRUE(dock->isVisible());
    pane->alwaysOnTopAction()->setChecked(false);
    EXPECT_FALSE(dock->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    EXPECT_TRUE(dock->isVisible());

    // Compact hides the checklist column and asks for less room.
    const auto full = pane->sizeHint();
    pane->compactAction()->setChecked(true);
    EXPECT_LT(pane->sizeHint().width(), full.width());
    EXPECT_FALSE(pane->findChild<QListView *>(QStringLiteral("checklist"))->isVisible());
}

TEST_F(CallNotesPaneTest, ACallFromAContactOnTheShownCaseStartsWithThePerson)
{
    EXPECT_FALSE(pane.startCallAction()->isEnabled());
    pane.setCaseId(theCase.meta.id);
    EXPECT_TRUE(pane.startCallAction()->isEnabled());
    pane.startCallWith(rep.meta.id);
    ASSERT_TRUE(pane.isCallLive());
    EXPECT_FALSE(pane.startCallAction()->isEnabled());
    EXPECT_EQ(pane.call().state().caseId, theCase.meta.id);
    EXPECT_EQ(pane.call().state().organizationId, org.meta.id);
    ASSERT_NE(pane.call().state().current(), nullptr);
    EXPECT_EQ(pane.call().state().current()->contactId, rep.meta.id);
    EXPECT_EQ(child<QComboBox>("person")->currentText(),
              QStringLiteral("Dana Ruiz — Customer care agent"));
}

TEST_F(CallNotesPaneTest, ANewPersonOnTheLineBecomesAContactWhenFiled)
{
    pane.setCaseId(theCase.meta.id);
    pane.startCallAction()->trigger();
    ASSERT_TRUE(pane.isCallLive());
    ws.clock().advance(200);
    whenDialogOpens([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("position"))
            ->setText(QStringLiteral("Supervisor"));
        dialog->findChild<QLineEdit *>(QStringLiteral("extension"))
            ->setText(QStringLiteral("E-2209"));
        qobject_cast<QDialog *>(dialog)->accept();
    });
    auto *person = child<QComboBox>("person");
    person->setEditText(QStringLiteral("Lee Park"));
    QTest::keyClick(person->lineEdit(), Qt::Key_Return);
    ASSERT_EQ(pane.call().state().participants.size(), 1);
    EXPECT_EQ(pane.call().state().participants[0].name, QStringLiteral("Lee Park"));
    EXPECT_EQ(pane.call().state().participants[0].joinedAtSeconds, 200);
    EXPECT_TRUE(child<QPlainTextEdit>("notes")->toPlainText().contains(
        QStringLiteral("[03:20] Now speaking with Lee Park, Supervisor (ext./id E-2209)")));

    whenDialogOpens([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->accept(); });
    pane.endCallAction()->trigger();
    ASSERT_FALSE(pane.isCallLive());
    auto contacts = ws->contacts().forOrganization(org.meta.id);
    ASSERT_TRUE(contacts);
    ASSERT_EQ(contacts->size(), 2);
    const auto entry = ws->timeline().forCase(theCase.meta.id)->first();
    auto lee = ws->contacts().get(entry.contactId);
    ASSERT_TRUE(lee);
    EXPECT_EQ(lee->name, QStringLiteral("Lee Park"));
    EXPECT_EQ(lee->position, QStringLiteral("Supervisor"));
    EXPECT_EQ(lee->extension, QStringLiteral("E-2209"));
}

TEST_F(CallNotesPaneTest, ADraftFiledAsItWasEndsAtItsLastSave)
{
    CallSession session(*ws);
    auto draft = *session.start(theCase.meta.id);
    draft.notes = QStringLiteral("[00:00] Cut off mid-call");
    ws.clock().advance(420);
    ASSERT_TRUE(session.save(draft));
    ws.clock().advance(3600); // the next start, an hour later
    QSignalSpy filed(&pane, &CallNotesPane::callFiled);
    whenDialogOpens(
        [](QWidget *dialog) { dialog->findChild<QPushButton *>(QStringLiteral("file"))->click(); });
    EXPECT_FALSE(pane.offerResume(&pane));
    EXPECT_FALSE(pane.isCallLive());
    ASSERT_EQ(filed.count(), 1);
    auto entries = ws->timeline().forCase(theCase.meta.id);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().durationSeconds, 420);
    EXPECT_EQ(entries->first().notes, draft.notes);
    EXPECT_TRUE(ws->callDrafts().all()->isEmpty());
}

TEST_F(CallNotesPaneTest, ProblemsGoToTheReporterWithoutABox)
{
    leverage::testing::RecordingErrorReporter reporter;
    pane.setErrorReporter(&reporter);
    pane.startCall(theCase.meta.id);
    ASSERT_TRUE(pane.isCallLive());

    // A second call while one is live is refused in the window's error bar, not a modal box.
    pane.startCallWith(rep.meta.id);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_TRUE(reporter.messages().at(0).startsWith(QStringLiteral("A call is in progress: ")))
        << reporter.messages().at(0).toStdString();
    EXPECT_TRUE(pane.isCallLive());
    ASSERT_TRUE(pane.call().discard().isOk());

    // A person who is not there: the call does not start, and the reporter says why.
    pane.startCallWith(987654);
    EXPECT_FALSE(pane.isCallLive());
    ASSERT_EQ(reporter.messages().size(), 2);
    EXPECT_TRUE(reporter.messages().at(1).startsWith(QStringLiteral("The call could not start: ")))
        << reporter.messages().at(1).toStdString();
}

// Everything on the call pane is in the draft: the people chosen in "With:" (also from the
// completion popup) and a name typed there without Enter come back after a crash.
TEST_F(CallNotesPaneTest, WithComesBackFromTheDraftLikeEverythingElse)
{
    pane.startCall(theCase.meta.id);
    auto *person = child<QComboBox>("person");
    person->setFocus();
    QTest::keyClicks(person, QStringLiteral("Dana"));
    auto *popup = person->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([popup] { return popup->isVisible(); }));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([this] { return pane.call().state().participants.size() == 1; }))
        << "a person picked from the completion popup is not on the call";
    EXPECT_EQ(pane.call().state().participants[0].contactId, rep.meta.id);

    // Then someone new, typed but not confirmed.
    person->lineEdit()->selectAll();
    QTest::keyClicks(person->lineEdit(), QStringLiteral("Sam from billing"));
    EXPECT_EQ(pane.call().state().typedPerson, QStringLiteral("Sam from billing"));
    pane.call().flush();

    // The app is gone; a new pane offers the draft back.
    QUndoStack undo2;
    CallNotesPane after(*ws, undo2, reporter);
    after.show();
    whenDialogOpens([](QWidget *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("resume"))->click();
    });
    ASSERT_TRUE(after.offerResume(&after));
    const auto &resumed = after.call().state();
    ASSERT_EQ(resumed.participants.size(), 1);
    EXPECT_EQ(resumed.participants[0].name, rep.name);
    EXPECT_EQ(resumed.typedPerson, QStringLiteral("Sam from billing"));
    auto *resumedPerson = after.findChild<QComboBox *>(QStringLiteral("person"));
    ASSERT_NE(resumedPerson, nullptr);
    EXPECT_EQ(resumedPerson->currentText(), QStringLiteral("Sam from billing"));
    EXPECT_GE(resumedPerson->findText(rep.name, Qt::MatchStartsWith), 0);
}
