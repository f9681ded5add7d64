// Outcomes (issue 22) on the real window with the keyboard alone: a case closed with what the
// company gave, checked in the store and the case header, undone, and reopened.
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/OutcomesSteps.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/outcomes/OutcomesWindow.h"
#include "ui/outcomes/RegulatorFormDialog.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTest>

namespace leverage::testing {
namespace {

using OutcomesScenarios = Scenario;
using namespace leverage::outcomes;
using namespace leverage::testing::outcomes_steps;

const QKeySequence kCloseWithOutcome{Qt::CTRL | Qt::SHIFT | Qt::Key_O};
const QKeySequence kRegulatorForm{Qt::CTRL | Qt::SHIFT | Qt::Key_R};

std::optional<CaseOutcome> outcomeOf(Workspace &workspace, RowId caseId)
{
    auto record = OutcomeRepository(workspace).get(caseId);
    EXPECT_TRUE(record) << record.message().toStdString();
    return record ? *record : std::nullopt;
}

// Scenario: "the retailer finally sent an installer and refunded the delivery charge: I close
// the dishwasher case as fixed, with the $150 refund, then change my mind and undo".
TEST_F(OutcomesScenarios, ACaseIsClosedWithARefundAndTheCloseIsUndone)
{
    givenTheDemoWorkspace();
    const QString title = kDishwasher;
    whenIOpenTheCase(title);
    const RowId dishwasher = caseTitled(title);
    const CaseStatus before = store().cases().get(dishwasher)->status;
    ASSERT_FALSE(outcomeOf(store(), dishwasher));

    // When I close it: fixed or replaced, a refund of 150 (in the case's dollars), today
    whenIPressAndThenInTheDialog(kCloseWithOutcome, [this] {
        whenIPress(QKeySequence(Qt::Key_Down)); // with a credit or voucher
        whenIPress(QKeySequence(Qt::Key_Down)); // with a fix or replacement
        whenIPress(QKeySequence(Qt::Key_Tab));  // closed: now
        whenIPress(QKeySequence(Qt::Key_Tab));  // the first item's kind: a refund
        whenIPress(QKeySequence(Qt::Key_Tab));  // its amount
        whenIType(QStringLiteral("150"));
        whenIPress(kSubmit);
    });

    // Then the store has the outcome and the item, and the case is closed
    const auto closed = outcomeOf(store(), dishwasher);
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->outcome, Outcome::ResolvedFix);
    EXPECT_TRUE(closed->isClosed());
    ASSERT_EQ(closed->items.size(), 1);
    EXPECT_EQ(closed->items.first().kind, OutcomeItemKind::Refund);
    EXPECT_EQ(closed->items.first().amountMinor, 15000);
    EXPECT_EQ(closed->items.first().currency, QStringLiteral("USD"));
    EXPECT_EQ(closed->items.first().receivedOn, QDate(2026, 3, 2));
    EXPECT_EQ(store().cases().get(dishwasher)->status, CaseStatus::Closed);
    // And the dossier's summary says what came of it
    EXPECT_TRUE(dossierText(dishwasher).contains(QStringLiteral("Resolved with a fix")));

    // When I undo, the case is as it was
    whenIPress(QKeySequence::Undo);
    EXPECT_FALSE(outcomeOf(store(), dishwasher));
    EXPECT_EQ(store().cases().get(dishwasher)->status, before);
}

// Scenario: "I deleted the hotel case by mistake: undo must bring back what Atlas paid, or the
// figures of what each company pays lose it".
TEST_F(OutcomesScenarios, ADeletedCaseComesBackWithItsOutcome)
{
    givenTheDemoWorkspace();
    const QString title = QStringLiteral("Hotel reimbursement promised after cancelled flight");
    whenIOpenTheCase(title);
    const RowId hotel = caseTitled(title);
    const auto outcome = outcomeOf(store(), hotel);
    ASSERT_TRUE(outcome);
    ASSERT_FALSE(outcome->items.isEmpty());

    // When I delete the case (and say yes), then undo
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_1));
    whenIPressAndThenInTheDialog(QKeySequence::Delete, [this] {
        whenIPress(QKeySequence(Qt::SHIFT | Qt::Key_Tab)); // from Cancel to Yes
        whenIPress(QKeySequence(Qt::Key_Space));
    });
    ASSERT_FALSE(store().cases().get(hotel));
    EXPECT_FALSE(outcomeOf(store(), hotel));
    whenIPress(QKeySequence::Undo);

    // Then the outcome, its items and who resolved it are back as they were
    EXPECT_EQ(outcomeOf(store(), hotel), outcome);
    EXPECT_TRUE(dossierText(hotel).contains(QStringLiteral("Resolved with money")));
}

// Scenario: "how much did the hotel case cost me?": the Outcomes window lists each case's
// calls, e-mails, minutes and days, and the organization filter narrows it, by keys alone.
TEST_F(OutcomesScenarios, TimeAndTroublePerCaseInTheOutcomesWindow)
{
    givenTheDemoWorkspace();
    const RowId hotel = caseTitled(kHotel);
    auto entries = store().timeline().forCase(hotel);
    ASSERT_TRUE(entries);
    int calls = 0, emails = 0;
    qint64 callSeconds = 0;
    for (const auto &entry : *entries) {
        calls += entry.channel == Channel::Call;
        emails += entry.channel == Channel::Email;
        callSeconds += entry.channel == Channel::Call ? entry.durationSeconds : 0;
    }
    ASSERT_GT(calls, 0) << "the demo's hotel case has calls";

    // When I open the Outcomes window and its "Effort by case" tab (Alt+A)
    whenIPress(kOutcomes);
    auto *window = outcomesWindow();
    ASSERT_NE(window, nullptr);
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_A));
    ASSERT_EQ(window->currentTab(), ui::OutcomesWindow::Tab::Cases);
    const auto *table = window->tableView(ui::OutcomesWindow::Tab::Cases);
    int row = -1;
    for (int i = 0; i < table->model()->rowCount(); ++i)
        if (cell(table, i, QStringLiteral("Case")) == kHotel)
            row = i;
    ASSERT_GE(row, 0);

    // Then the hotel case's row counts what its timeline holds
    EXPECT_EQ(cell(table, row, QStringLiteral("Calls")), QString::number(calls));
    EXPECT_EQ(cell(table, row, QStringLiteral("E-mails")), QString::number(emails));
    EXPECT_EQ(cell(table, row, QStringLiteral("Minutes on the phone")),
              QString::number((callSeconds + 30) / 60));
    const QDate opened = store().cases().get(hotel)->openedAt.toDateTime().date();
    const QDate closed = outcomeOf(store(), hotel)->closedAt.toDateTime().date();
    EXPECT_EQ(cell(table, row, QStringLiteral("Days open")),
              QString::number(opened.daysTo(closed)));
    const QString airline = cell(table, row, QStringLiteral("Organization"));

    // When I choose the hotel's organization in the filter (Alt+G, then down the list to it)
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_G));
    auto *organizations = qobject_cast<QComboBox *>(focusWidget());
    ASSERT_NE(organizations, nullptr);
    while (organizations->currentText() != airline &&
           organizations->currentIndex() < organizations->count() - 1)
        whenIPress(QKeySequence(Qt::Key_Down));
    ASSERT_EQ(organizations->currentText(), airline);

    // Then only its cases are listed, the hotel case among them
    ASSERT_GT(table->model()->rowCount(), 0);
    bool found = false;
    for (int i = 0; i < table->model()->rowCount(); ++i) {
        EXPECT_EQ(cell(table, i, QStringLiteral("Organization")), airline);
        found = found || cell(table, i, QStringLiteral("Case")) == kHotel;
    }
    EXPECT_TRUE(found);
    // And the effort per organization (Alt+E) is down to that one organization
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_E));
    const auto *perOrganization = window->tableView(ui::OutcomesWindow::Tab::Effort);
    ASSERT_EQ(perOrganization->model()->rowCount(), 1);
    EXPECT_EQ(cell(perOrganization, 0, QStringLiteral("Organization")), airline);
    window->close();
}

// Scenario: "the regulator's web form wants the story in its own boxes": the hotel case as
// text to paste and as JSON, copied to the clipboard with the keys; the dossier says what the
// case cost in one sentence.
TEST_F(OutcomesScenarios, TheRegulatorFormIsCopiedAsTextAndAsJson)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kHotel);
    const RowId hotel = caseTitled(kHotel);
    QString text, json;
    whenIPressAndThenInTheDialog(kRegulatorForm, [&] {
        // A button's Alt key clicks it as a mouse would, a moment later: wait for the copy.
        const auto copyWithTheKeys = [this] {
            QGuiApplication::clipboard()->clear();
            whenIPress(QKeySequence(Qt::ALT | Qt::Key_O)); // Copy
            EXPECT_TRUE(
                QTest::qWaitFor([] { return !QGuiApplication::clipboard()->text().isEmpty(); }));
            return QGuiApplication::clipboard()->text();
        };
        text = copyWithTheKeys();
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_J)); // JSON
        json = copyWithTheKeys();
        whenIPress(QKeySequence(Qt::Key_Escape));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_J)); // JSON
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_C));
        json = QGuiApplication::clipboard()->text();
        whenIPress(QKeySequence(Qt::Key_Escape));
    });
    EXPECT_TRUE(text.contains(QStringLiteral("Company: Atlas Airways\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Company's response: Closed with monetary relief")));
    EXPECT_TRUE(text.contains(QStringLiteral("Refund $212.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("What happened:\n")));
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(json.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
    const auto form = document.object();
    EXPECT_EQ(form.value(QStringLiteral("issue")).toString(), kHotel);
    EXPECT_EQ(form.value(QStringLiteral("company_response_to_consumer")).toString(),
              QStringLiteral("Closed with monetary relief"));
    auto entries = store().timeline().forCase(hotel);
    ASSERT_TRUE(entries);
    int contacts = 0;
    for (const auto &entry : *entries)
        contacts += entry.channel != Channel::Note;
    EXPECT_EQ(form.value(QStringLiteral("time_and_trouble"))
                  .toObject()
                  .value(QStringLiteral("contacts"))
                  .toInt(),
              contacts);
    // And the dossier's summary says it in one sentence
    EXPECT_TRUE(dossierText(hotel).simplified().contains(
        QStringLiteral("It took %1 contacts").arg(contacts)));
}

// Scenario: "I removed the executive office step by mistake": the undo puts it back as what
// resolved the hotel case, in the store and in the case's outcome.
TEST_F(OutcomesScenarios, ARemovedStepUndoneIsAgainWhatResolvedTheCase)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kHotel);
    const RowId hotel = caseTitled(kHotel);
    const auto outcome = outcomeOf(store(), hotel);
    ASSERT_TRUE(outcome && outcome->resolvedByStepId > 0);
    auto steps = store().escalation().forCase(hotel);
    ASSERT_TRUE(steps);
    int index = -1;
    for (int i = 0; i < steps->size(); ++i)
        if (steps->at(i).meta.id == outcome->resolvedByStepId)
            index = i;
    ASSERT_GE(index, 0);

    // When I go to the path, down to the executive office's step, and delete it
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_4));
    for (int i = 0; i < index; ++i)
        whenIPress(QKeySequence(Qt::Key_Down));
    whenIPress(QKeySequence::Delete);
    ASSERT_FALSE(store().escalation().get(outcome->resolvedByStepId));
    EXPECT_EQ(outcomeOf(store(), hotel)->resolvedByStepId, 0);

    // Then the undo brings the step back as what resolved the case
    whenIPress(QKeySequence::Undo);
    EXPECT_TRUE(store().escalation().get(outcome->resolvedByStepId));
    EXPECT_EQ(outcomeOf(store(), hotel), outcome);
}

} // namespace
} // namespace leverage::testing
