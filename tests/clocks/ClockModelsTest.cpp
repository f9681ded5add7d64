#include "core/clocks/ClockReadiness.h"
#include "core/clocks/ClockRuleJson.h"
#include "core/clocks/ClockRuleSet.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockRuleRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/EscalationRepository.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/clocks/ClockEditor.h"
#include "ui/models/clocks/ClockListModel.h"
#include "ui/models/clocks/ClockRuleListModel.h"
#include "ui/models/escalation/EscalationPathModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::models;
using clocks::CaseClock;

namespace {

// A UK finance case without triggers; today (the test clock) is Mon 2 Mar 2026.
class ClockModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Case c;
        c.title = QStringLiteral("Card refund");
        ASSERT_TRUE(ws->cases().add(c));
        caseId = c.meta.id;
    }
    clocks::ClockTrigger complaint(const QDate &received) const
    {
        clocks::ClockTrigger t;
        t.caseId = caseId;
        t.event = QStringLiteral("complaint");
        t.receivedOn = received;
        return t;
    }
    int rowOf(const ClockListModel &model, const QString &ruleId) const
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(ClockListModel::RuleIdRole).toString() == ruleId)
                return row;
        return -1;
    }

    leverage::testing::TestWorkspace ws;
    leverage::testing::RecordingErrorReporter reporter; // outlives the stack
    QUndoStack undo;
    ClockEditor editor{ws.get(), UndoPusher(undo, reporter)};
    RowId caseId = 0;
    const clocks::CaseJurisdiction ukFinance{QStringLiteral("GB"), {}, QStringLiteral("finance")};
};

} // namespace

TEST_F(ClockModelsTest, TheClocksModelFollowsJurisdictionAndTriggerEditsAndTheirUndo)
{
    ClockListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCaseId(caseId);
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 0); // no jurisdiction: no rule applies

    ASSERT_TRUE(editor.setJurisdiction(caseId, ukFinance));
    ASSERT_GE(rowOf(model, "gb-fos-disp-2-8-1"), 0);
    int row = rowOf(model, "gb-fos-disp-2-8-1");
    EXPECT_EQ(model.index(row, ClockListModel::CountdownColumn).data().toString(),
              "waiting for: complaint or dispute made");

    auto added = editor.addTrigger(complaint(QDate(2026, 2, 3)));
    ASSERT_TRUE(added);
    row = rowOf(model, "gb-fos-disp-2-8-1");
    EXPECT_EQ(model.index(row, ClockListModel::DueColumn).data().toString(), "Tue 31 Mar 2026");
    EXPECT_EQ(model.index(row, ClockListModel::CountdownColumn).data().toString(), "in 29 days");
    EXPECT_EQ(model.index(row, ClockListModel::TriggerColumn).data().toString(),
              "complaint or dispute made: Tue 3 Feb 2026");
    EXPECT_EQ(model.index(row, ClockListModel::ConfidenceColumn).data().toString(), "confirmed");

    auto edited = *ClockTriggerRepository(ws.get()).get(*added);
    edited.receivedOn = QDate(2026, 1, 2);
    ASSERT_TRUE(editor.editTrigger(edited));
    row = rowOf(model, "gb-fos-disp-2-8-1");
    EXPECT_EQ(model.index(row, ClockListModel::CountdownColumn).data().toString(),
              "opened 3 days ago");
    EXPECT_EQ(model.index(row, 0).data(ClockListModel::StateRole).toInt(),
              int(CaseClock::State::Open));

    ASSERT_TRUE(editor.removeTrigger(*added));
    EXPECT_TRUE(ClockTriggerRepository(ws.get()).forCase(caseId)->isEmpty());

    undo.undo(); // the removal
    EXPECT_EQ(ClockTriggerRepository(ws.get()).get(*added)->receivedOn, QDate(2026, 1, 2));
    undo.undo(); // the edit
    EXPECT_EQ(ClockTriggerRepository(ws.get()).get(*added)->receivedOn, QDate(2026, 2, 3));
    undo.undo(); // the add
    EXPECT_TRUE(ClockTriggerRepository(ws.get()).forCase(caseId)->isEmpty());
    undo.undo(); // the jurisdiction
    EXPECT_EQ(*CaseJurisdictionRepository(ws.get()).get(caseId), clocks::CaseJurisdiction{});
    EXPECT_EQ(model.rowCount(), 0);
    for (int i = 0; i < 4; ++i)
        undo.redo();
    EXPECT_TRUE(ClockTriggerRepository(ws.get()).forCase(caseId)->isEmpty());
    undo.undo();
    const auto back = ClockTriggerRepository(ws.get()).get(*added); // same id after redo/undo
    ASSERT_TRUE(back);
    EXPECT_EQ(back->receivedOn, QDate(2026, 1, 2));
    EXPECT_TRUE(reporter.messages().isEmpty());
}

TEST_F(ClockModelsTest, RuleEditsHidingResetAndTheirUndoShowInTheRulesModel)
{
    ClockRuleListModel rules(ws.get());
    QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int shipped = int(clocks::ClockRuleSet::defaults().size());
    EXPECT_EQ(rules.rowCount(), shipped);
    const int row = rules.rowOf("gb-fos-disp-2-8-1");
    ASSERT_GE(row, 0);
    clocks::ClockRule rule = rules.entryAt(row).rule;
    rule.offset.amount = 6;
    ASSERT_TRUE(editor.saveRule(rule));
    EXPECT_EQ(rules.index(row, ClockRuleListModel::OriginColumn).data().toString(), "edited");
    EXPECT_EQ(rules.index(row, ClockRuleListModel::PeriodColumn).data().toString(), "6 weeks");

    clocks::ClockRule own = rule;
    own.id = QStringLiteral("my-bank-14-days");
    own.title = QStringLiteral("My bank's charter: 14 days");
    own.offset = {14, clocks::ClockOffset::Unit::Days};
    ASSERT_TRUE(editor.saveRule(own));
    EXPECT_EQ(rules.rowCount(), shipped + 1);
    EXPECT_EQ(rules.index(rules.rowOf("my-bank-14-days"), ClockRuleListModel::OriginColumn)
                  .data()
                  .toString(),
              "yours");
    ASSERT_TRUE(editor.setRuleHidden(rules.entryAt(0).rule, true));
    EXPECT_EQ(rules.index(0, ClockRuleListModel::OriginColumn).data().toString(), "switched off");

    undo.undo();
    undo.undo();
    EXPECT_EQ(rules.rowCount(), shipped);
    EXPECT_EQ(rules.index(0, ClockRuleListModel::OriginColumn).data().toString(), "shipped");
    ASSERT_TRUE(editor.resetRule("gb-fos-disp-2-8-1"));
    EXPECT_EQ(rules.index(row, ClockRuleListModel::OriginColumn).data().toString(), "shipped");
    undo.undo();
    EXPECT_EQ(rules.index(row, ClockRuleListModel::PeriodColumn).data().toString(), "6 weeks");
    EXPECT_TRUE(reporter.messages().isEmpty());
}

TEST_F(ClockModelsTest, AnImportIsOneStepAndAMalformedFileChangesNothing)
{
    clocks::ClockRule own = clocks::ClockRuleSet::defaults().front();
    own.id = QStringLiteral("group-rule");
    own.offset.amount = 20;
    std::vector<clocks::ClockRule> file{clocks::ClockRuleSet::defaults()[1], own};
    auto imported = editor.importRules(clocks::ClockRuleJson::write(file));
    ASSERT_TRUE(imported) << imported.message().toStdString();
    EXPECT_EQ(*imported, 1); // the shipped rule stays shipped
    EXPECT_EQ(ClockRuleRepository(ws.get()).all()->size(), 1);

    QByteArray broken = clocks::ClockRuleJson::write({own});
    broken.replace("\"days\"", "\"fortnights\"");
    broken.replace("group-rule", "other-rule");
    const auto refused = editor.importRules(broken);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().startsWith("Line ")) << refused.message().toStdString();
    EXPECT_EQ(ClockRuleRepository(ws.get()).all()->size(), 1);
    EXPECT_EQ(undo.count(), 1);

    undo.undo();
    EXPECT_TRUE(ClockRuleRepository(ws.get()).all()->isEmpty());
    auto exported = editor.exportRules();
    ASSERT_TRUE(exported);
    EXPECT_EQ(clocks::ClockRuleJson::parse(*exported)->size(),
              clocks::ClockRuleSet::defaults().size());
}

// The escalation path asks the clocks (the EscalationReadiness seam): a planned step to the
// ombudsman shows when its door opens, and escalating to it now is too early, with the rule.
TEST_F(ClockModelsTest, APlannedStepToTheOmbudsmanShowsWhenItsDoorOpens)
{
    ASSERT_TRUE(editor.setJurisdiction(caseId, ukFinance));
    ASSERT_TRUE(editor.addTrigger(complaint(QDate(2026, 2, 3))));
    EscalationStep ombudsman;
    ombudsman.caseId = caseId;
    ombudsman.level = EscalationLevel::Ombudsman;
    ombudsman.targetText = QStringLiteral("Financial Ombudsman Service");
    ASSERT_TRUE(ws->escalation().append(ombudsman));

    EscalationPathModel path(ws.get(), undo, reporter);
    QAbstractItemModelTester tester(&path, QAbstractItemModelTester::FailureReportingMode::Fatal);
    path.setReadiness(std::make_unique<clocks::ClockReadiness>(ws.get()));
    path.setCaseId(caseId);
    ASSERT_EQ(path.rowCount(), 1);
    EXPECT_EQ(path.index(0).data(EscalationPathModel::StatusTextRole).toString(),
              "Planned · opens on Tue 31 Mar 2026");
    const auto early = path.service().tooEarly(caseId, ombudsman);
    ASSERT_TRUE(early);
    EXPECT_TRUE(early->contains("DISP 2.8.1R")) << early->toStdString();

    // The bank's final response today opens the door: the step no longer waits.
    clocks::ClockTrigger response = complaint(QDate(2026, 3, 2));
    response.event = QStringLiteral("final_response");
    response.sentOn = response.receivedOn;
    ASSERT_TRUE(editor.addTrigger(response));
    EXPECT_EQ(path.index(0).data(EscalationPathModel::StatusTextRole).toString(), "Planned");
    EXPECT_FALSE(path.service().tooEarly(caseId, ombudsman));
}
