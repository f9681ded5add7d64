// The real main window, offscreen: creating, undoing and redoing through its actions and forms.
#include "ui/window/MainWindow.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/gui/MainWindowFixture.h"
#include "tests/support/TestWorkspace.h"
#include "ui/cases/CaseDialog.h"
#include "ui/cases/CasesPane.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/LoadStateStack.h"
#include "ui/common/MessageBar.h"
#include "ui/contacts/ContactDialog.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/contacts/OrganizationDialog.h"
#include "ui/contacts/OrganizationPicker.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/models/contacts/ContactTreeModel.h"
#include "ui/models/timeline/TimelineModel.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/timeline/EntryDialog.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/EditController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <functional>
#include <gtest/gtest.h>

namespace leverage::ui {
namespace {

TEST_F(MainWindowTest, NewCaseActionCreatesACaseThatUndoRemovesAndRedoRestores)
{
    ASSERT_TRUE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_TRUE(casesEmptyState()->isVisible());
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoCaseSelected);

    action("newCase")->trigger();
    QPointer<CaseDialog> dialog = m_window->findChild<CaseDialog *>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->isVisible());
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
    ASSERT_NE(title, nullptr);
    QTest::keyClicks(title, QStringLiteral("Reimbursement never filed"));
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); })) << "the form did not close";

    // In the store, in the cases pane, selected, and the empty state gone.
    ASSERT_EQ(storedCases(), 1);
    auto *model = m_window->casesPane()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, models::CaseListModel::TitleColumn).data().toString(),
              QStringLiteral("Reimbursement never filed"));
    const RowId caseId = model->caseIdAt(0);
    EXPECT_EQ(m_window->workspace().cases().get(caseId)->title,
              QStringLiteral("Reimbursement never filed"));
    EXPECT_EQ(m_window->casesPane()->currentCaseId(), caseId);
    EXPECT_FALSE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_FALSE(casesEmptyState()->isVisible());
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoEntries);
    EXPECT_EQ(m_window->undoStack().count(), 1);

    action("undo")->trigger();
    EXPECT_EQ(storedCases(), 0);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoCaseSelected);

    action("redo")->trigger();
    ASSERT_EQ(storedCases(), 1);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->caseIdAt(0), caseId);
    EXPECT_EQ(model->index(0, models::CaseListModel::TitleColumn).data().toString(),
              QStringLiteral("Reimbursement never filed"));
    EXPECT_FALSE(m_window->casesPane()->isShowingEmptyState());
}

TEST_F(MainWindowTest, CaseFormWithoutTitleStaysOpenWithAnErrorAndSavesNothing)
{
    action("newCase")->trigger();
    QPointer<CaseDialog> dialog = m_window->findChild<CaseDialog *>();
    ASSERT_TRUE(dialog);
    clickOk(dialog);
    QTest::qWait(20);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_EQ(storedCases(), 0);
    EXPECT_EQ(m_window->undoStack().count(), 0);
    dialog->reject();
}

TEST_F(MainWindowTest, EntryFormRefusesHoldLongerThanTheCallThenRecordsTheEntry)
{
    const RowId caseId = addCase(QStringLiteral("Washer delivered broken"));
    ASSERT_TRUE(m_window->casesPane()->selectCase(caseId));
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoEntries);
    ASSERT_TRUE(action("newEntry")->isEnabled());

    action("newEntry")->trigger();
    QPointer<EntryDialog> dialog = m_window->findChild<EntryDialog *>();
    ASSERT_TRUE(dialog);
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("duration"))->setTime(QTime(0, 10));
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("hold"))->setTime(QTime(0, 25));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("summary")),
                     QStringLiteral("Promised a replacement within a week"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reference")),
                     QStringLiteral("RX-20817"));
    clickOk(dialog);
    QTest::qWait(20);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("hold")))
        << dialog->errorText().toStdString();
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 0);

    dialog->findChild<QDateTimeEdit *>(QStringLiteral("hold"))->setTime(QTime(0, 4));
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }));
    auto entries = m_window->workspace().timeline().forCase(caseId);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->at(0).durationSeconds, 600);
    EXPECT_EQ(entries->at(0).holdSeconds, 240);
    EXPECT_EQ(entries->at(0).referenceNumber, QStringLiteral("RX-20817"));
    EXPECT_EQ(m_window->timelinePane()->timelineModel()->rowCount(), 1);
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::None);

    action("undo")->trigger();
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 0);
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoEntries);
}

TEST_F(MainWindowTest, DeletingACaseWithEntriesAsksFirstAndUndoBringsItAllBack)
{
    const RowId caseId = addCase(QStringLiteral("DSL install"));
    TimelineEntry entry;
    entry.caseId = caseId;
    entry.occurredAt = Instant::fromDateTime(m_clock.now());
    entry.summary = QStringLiteral("Technician came early");
    ASSERT_TRUE(m_window->editor().addEntry(entry));
    ASSERT_TRUE(m_window->casesPane()->selectCase(caseId));
    m_window->casesPane()->setFocus();

    QStringList questions;
    bool answer = false;
    m_window->editController().setConfirm([&](const QString &, const QString &question) {
        questions << question;
        return answer;
    });
    ASSERT_EQ(m_window->currentItem(), (ItemRef{ItemRef::Kind::Case, caseId}));
    action("deleteItem")->trigger();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("DSL install")));
    EXPECT_EQ(storedCases(), 1) << "declining must keep the case";

    answer = true;
    action("deleteItem")->trigger();
    EXPECT_EQ(storedCases(), 0);
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 0);

    action("undo")->trigger();
    EXPECT_EQ(storedCases(), 1);
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 1);
}

TEST_F(MainWindowTest, OpeningANonWorkspaceKeepsTheCurrentOneAndAnotherReplacesIt)
{
    addCase(QStringLiteral("Health insurer dispute"));
    const QString firstPath = m_window->workspace().filePath();
    const QString bogus = path("notes.leverage");
    {
        QFile file(bogus);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
    }
    const QByteArray before = testing::fileChecksum(bogus);
    const Status refused = m_window->openWorkspace(bogus);
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.message().isEmpty());
    EXPECT_EQ(testing::fileChecksum(bogus), before);
    EXPECT_EQ(m_window->workspace().filePath(), firstPath);
    EXPECT_EQ(m_window->casesPane()->model()->rowCount(), 1);
    EXPECT_EQ(m_window->undoStack().count(), 1);

    const Status opened = m_window->openWorkspace(path("second.leverage"));
    ASSERT_TRUE(opened) << opened.message().toStdString();
    EXPECT_NE(m_window->workspace().filePath(), firstPath);
    EXPECT_EQ(m_window->undoStack().count(), 0);
    EXPECT_TRUE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_TRUE(m_window->windowTitle().startsWith(QStringLiteral("second")));
    const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    ASSERT_GE(recent.size(), 2);
    EXPECT_TRUE(recent.at(0).endsWith(QStringLiteral("second.leverage")));
    EXPECT_TRUE(recent.at(1).endsWith(QStringLiteral("first.leverage")));
}

TEST_F(MainWindowTest, AnErrorIsABarInTheWindowNotAModalBox)
{
    models::ErrorReporter &reporter = *m_window;
    auto *bar = m_window->messageBar();
    ASSERT_NE(bar, nullptr);
    EXPECT_FALSE(bar->isVisible());
    reporter.reportError(QStringLiteral("Could not read the promises: the disk is gone."));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->text(), QStringLiteral("Could not read the promises: the disk is gone."));
    EXPECT_EQ(m_window->statusBar()->currentMessage(), bar->text());
    // The window stays usable: a case can still be made while the bar is up.
    addCase(QStringLiteral("Broadband outage"));
    EXPECT_EQ(storedCases(), 1);

    // A second error replaces the first and says one came before it.
    reporter.reportError(QStringLiteral("The call could not start: no such case."));
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("The call could not start: no such case.")));
    EXPECT_TRUE(bar->text().contains(QStringLiteral("1 earlier error")))
        << bar->text().toStdString();
    QTest::mouseClick(bar->closeButton(), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(bar->text().isEmpty());
    reporter.reportError(QStringLiteral("Again."));
    EXPECT_EQ(bar->text(), QStringLiteral("Again.")) << "closing starts the count again";
}

TEST_F(MainWindowTest, ListsThatCannotBeReadSaySoInsteadOfAnEmptyWorkspace)
{
    addCase(QStringLiteral("Broadband outage"));
    auto &workspace = m_window->workspace();
    testing::hideTable(workspace, QStringLiteral("cases"));
    testing::hideTable(workspace, QStringLiteral("organizations"));
    m_window->casesPane()->model()->setQuery(m_window->casesPane()->model()->query());
    m_window->contactsPane()->model()->reload();

    // Not "No cases yet" nor "No organizations yet": could not read, why, and Retry.
    auto *cases = m_window->casesPane()->loadStates();
    EXPECT_TRUE(cases->showsFailure());
    EXPECT_FALSE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_EQ(cases->failureState()->text(), m_window->casesPane()->model()->loadFailureReason());
    EXPECT_TRUE(m_window->contactsPane()->loadStates()->showsFailure());
    EXPECT_FALSE(m_window->contactsPane()->isShowingEmptyState());
    // Both reached the window's one error path, and nothing modal opened.
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(
        m_window->messageBar()->text().startsWith(QStringLiteral("Could not read the contacts")))
        << m_window->messageBar()->text().toStdString();
    EXPECT_TRUE(m_window->messageBar()->text().contains(QStringLiteral("1 earlier error")));

    testing::showTable(workspace, QStringLiteral("cases"));
    testing::showTable(workspace, QStringLiteral("organizations"));
    QTest::mouseClick(cases->failureState()->button(), Qt::LeftButton); // Retry
    EXPECT_FALSE(cases->showsFailure());
    EXPECT_EQ(m_window->casesPane()->model()->rowCount(), 1);
    m_window->contactsPane()->loadStates()->failureState()->button()->click();
    EXPECT_FALSE(m_window->contactsPane()->loadStates()->showsFailure());
}

TEST_F(MainWindowTest, AFormWhoseChoicesCannotBeReadSaysSo)
{
    testing::hideTable(m_window->workspace(), QStringLiteral("organizations"));
    OrganizationPicker picker(m_window->workspace());
    EXPECT_EQ(picker.count(), 1) << "only \"No organization\"";
    EXPECT_TRUE(
        picker.loadError().startsWith(QStringLiteral("The organizations could not be read")))
        << picker.loadError().toStdString();
    testing::showTable(m_window->workspace(), QStringLiteral("organizations"));
    EXPECT_TRUE(OrganizationPicker(m_window->workspace()).loadError().isEmpty());
}

TEST_F(MainWindowTest, ContactsEmptyStateGivesWayToTheFirstOrganization)
{
    ASSERT_TRUE(m_window->contactsPane()->isShowingEmptyState());
    action("newOrganization")->trigger();
    QPointer<OrganizationDialog> dialog = m_window->findChild<OrganizationDialog *>();
    ASSERT_TRUE(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")),
                     QStringLiteral("Meridian Mutual Health"));
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }));
    EXPECT_EQ(*m_window->workspace().organizations().count(), 1);
    EXPECT_FALSE(m_window->contactsPane()->isShowingEmptyState());
    EXPECT_EQ(m_window->contactsPane()->model()->rowCount(), 1);
    action("undo")->trigger();
    EXPECT_EQ(*m_window->workspace().organizations().count(), 0);
    EXPECT_TRUE(m_window->contactsPane()->isShowingEmptyState());
}

TEST_F(MainWindowTest, SupervisorPickerOffersOnlyPeopleOfTheSameOrganization)
{
    auto &editor = m_window->editor();
    Organization insurer;
    insurer.name = QStringLiteral("Meridian Mutual Health");
    Organization airline;
    airline.name = QStringLiteral("Atlas Airways");
    ASSERT_TRUE(editor.addOrganization(insurer));
    ASSERT_TRUE(editor.addOrganization(airline));
    Contact supervisor;
    supervisor.name = QStringLiteral("Carl Jensen");
    supervisor.organizationId = insurer.meta.id;
    Contact agent;
    agent.name = QStringLiteral("Dana Ortiz");
    agent.organizationId = airline.meta.id;
    ASSERT_TRUE(editor.addContact(supervisor));
    ASSERT_TRUE(editor.addContact(agent));

    auto *dialog = m_window->editController().newContact(insurer.meta.id);
    ASSERT_NE(dialog, nullptr);
    auto *picker = dialog->findChild<QComboBox *>(QStringLiteral("supervisor"));
    ASSERT_NE(picker, nullptr);
    auto offered = [picker] {
        QList<RowId> ids;
        for (int i = 0; i < picker->count(); ++i)
            ids << picker->itemData(i).value<RowId>();
        return ids;
    };
    EXPECT_EQ(offered(), (QList<RowId>{0, supervisor.meta.id}));

    auto *organization = dialog->findChild<QComboBox *>(QStringLiteral("organization"));
    ASSERT_NE(organization, nullptr);
    organization->setCurrentIndex(organization->findData(airline.meta.id));
    EXPECT_EQ(offered(), (QList<RowId>{0, agent.meta.id}));

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")),
                     QStringLiteral("Rep at the gate"));
    picker->setCurrentIndex(1);
    QPointer<EditDialog> guard = dialog;
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return guard.isNull(); }));
    auto people = m_window->workspace().contacts().forOrganization(airline.meta.id);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2);
    const auto added = std::find_if(people->begin(), people->end(), [](const Contact &c) {
        return c.name == QStringLiteral("Rep at the gate");
    });
    ASSERT_NE(added, people->end());
    EXPECT_EQ(added->supervisorId, agent.meta.id);
}

TEST_F(MainWindowTest, EditActionChangesTheSelectedCaseUndoably)
{
    const RowId caseId = addCase(QStringLiteral("Hotel refund"));
    ASSERT_TRUE(m_window->casesPane()->selectCase(caseId));
    m_window->casesPane()->setFocus();
    action("editItem")->trigger();
    QPointer<CaseDialog> dialog = m_window->findChild<CaseDialog *>();
    ASSERT_TRUE(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
    EXPECT_EQ(title->text(), QStringLiteral("Hotel refund"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Hotel refund promised after cancelled flight"));
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }));
    EXPECT_EQ(m_window->workspace().cases().get(caseId)->title,
              QStringLiteral("Hotel refund promised after cancelled flight"));
    EXPECT_EQ(m_window->casesPane()->model()->index(0, 0).data().toString(),
              QStringLiteral("Hotel refund promised after cancelled flight"));
    action("undo")->trigger();
    EXPECT_EQ(m_window->workspace().cases().get(caseId)->title, QStringLiteral("Hotel refund"));
}

TEST_F(MainWindowTest, SearchBoxAndStatusFilterNarrowTheCasesList)
{
    addCase(QStringLiteral("MRI claim denied"));
    const RowId dsl = addCase(QStringLiteral("DSL install: three missed appointments"));
    addCase(QStringLiteral("Dishwasher delivered damaged"));
    auto *model = m_window->casesPane()->model();
    ASSERT_EQ(model->rowCount(), 3);
    QTest::keyClicks(m_window->casesPane()->searchBox(), QStringLiteral("dsl"));
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 1; }));
    EXPECT_EQ(model->caseIdAt(0), dsl);
    EXPECT_FALSE(m_window->casesPane()->isShowingEmptyState());

    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("caseStatusFilter"));
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(status->findData(int(CaseStatus::Closed)));
    EXPECT_EQ(model->rowCount(), 0);
    // Filtered to nothing is not an empty workspace: the list and its filters stay.
    EXPECT_FALSE(m_window->casesPane()->isShowingEmptyState());
    m_window->casesPane()->searchBox()->clear();
    status->setCurrentIndex(0);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 3; }));
}

TEST_F(MainWindowTest, KeyboardAloneCreatesTheFirstCaseAndFocusFollows)
{
    auto *firstStep = m_window->findChild<QPushButton *>(QStringLiteral("createFirstCase"));
    ASSERT_NE(firstStep, nullptr);
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == firstStep; }))
        << "focus should start on the first step of an empty workspace";

    QTest::keyClick(firstStep, Qt::Key_Space);
    QPointer<CaseDialog> dialog = m_window->findChild<CaseDialog *>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] {
        return QApplication::focusWidget() != nullptr &&
               dialog->isAncestorOf(QApplication::focusWidget());
    }));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Refund never filed"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }));
    EXPECT_EQ(storedCases(), 1);
    reactivate();
    ASSERT_TRUE(waitUntil([&] {
        return QApplication::focusWidget() == m_window->casesPane()->view();
    })) << "after the first case, focus belongs in the cases list";

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), m_window->casesPane()->searchBox());
}

TEST_F(MainWindowTest, ASavedEntryIsSelectedAndEditDeleteActOnIt)
{
    const RowId caseId = addCase(QStringLiteral("DSL install"));
    ASSERT_TRUE(m_window->casesPane()->selectCase(caseId));
    auto *dialog = m_window->editController().newEntry(caseId);
    ASSERT_NE(dialog, nullptr);
    QPointer<EditDialog> guard = dialog;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("summary")),
                     QStringLiteral("Technician went out of his way"));
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return guard.isNull(); }));
    reactivate();
    auto entries = m_window->workspace().timeline().forCase(caseId);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    const ItemRef entry{ItemRef::Kind::Entry, entries->at(0).meta.id};
    EXPECT_EQ(m_window->timelinePane()->currentItem(), entry);
    EXPECT_EQ(QApplication::focusWidget(), m_window->timelinePane()->entriesView());
    EXPECT_EQ(m_window->currentItem(), entry);
    EXPECT_TRUE(action("deleteItem")->text().contains(QStringLiteral("Entry")));
    action("deleteItem")->trigger(); // an entry takes nothing with it: no question
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 0);
    action("undo")->trigger();
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 1);
}

} // namespace
} // namespace leverage::ui

TEST(MessageBarTest, WithdrawingAnErrorKeepsTheOthersAndTheirCount)
{
    QWidget window;
    leverage::ui::MessageBar bar(&window);
    window.show();
    bar.showError(QStringLiteral("The disk is full."));
    bar.showError(QStringLiteral("The authority could not be reached."));
    bar.showError(QStringLiteral("The authority could not be reached."));
    EXPECT_EQ(bar.text(), QStringLiteral("The authority could not be reached. (after 2 earlier "
                                         "errors)"));

    bar.withdraw(QStringLiteral("The authority could not be reached."));
    EXPECT_EQ(bar.text(), QStringLiteral("The disk is full."));
    bar.withdraw(QStringLiteral("Something never shown."));
    EXPECT_EQ(bar.text(), QStringLiteral("The disk is full."));
    bar.withdraw(QStringLiteral("The disk is full."));
    EXPECT_TRUE(bar.text().isEmpty());
    EXPECT_FALSE(bar.isVisibleTo(&window));
}
