// Every reading model of the main panes says when its read failed, tells the reporter once,
// and reads again when asked: never an empty list that looks like "nothing here".
#include "tests/models/Seed.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/models/commitments/CommitmentListModel.h"
#include "ui/models/contacts/ContactTreeModel.h"
#include "ui/models/timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::RecordingErrorReporter;
using leverage::testing::Seed;
using leverage::testing::TestWorkspace;

namespace {

class LoadFailureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto org = Seed::organization(ws.get(), QStringLiteral("Northwind"));
        Seed::contact(ws.get(), org.meta.id, QStringLiteral("Dana"));
        complaint = Seed::caseRow(ws.get(), QStringLiteral("Dishwasher"), org.meta.id);
        Seed::entry(ws.get(), complaint.meta.id, -30, QStringLiteral("Called"));
        Seed::commitment(ws.get(), complaint.meta.id, QStringLiteral("Refund"), -20);
    }
    // Hides the table, lets `read` fail, then puts it back and lets `read` succeed.
    template <typename Model, typename Read>
    void failThenRecover(Model &model, const QString &table, const QString &heading, Read read)
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setErrorReporter(&reporter);
        leverage::testing::hideTable(ws.get(), table);
        read();
        EXPECT_EQ(model.loadState(), models::LoadState::Failed);
        EXPECT_EQ(model.rowCount(), 0);
        EXPECT_EQ(model.loadFailureHeading(), heading);
        ASSERT_EQ(reporter.messages().size(), 1);
        EXPECT_EQ(reporter.messages().at(0), model.loadError());
        read(); // still failing: the same failure, not a second message
        EXPECT_EQ(reporter.messages().size(), 1);

        leverage::testing::showTable(ws.get(), table);
        read();
        EXPECT_EQ(model.loadState(), models::LoadState::Loaded);
        EXPECT_EQ(model.rowCount(), 1);
        EXPECT_TRUE(model.loadError().isEmpty());
    }

    TestWorkspace ws;
    RecordingErrorReporter reporter;
    Case complaint;
};

} // namespace

TEST_F(LoadFailureTest, CasesList)
{
    models::CaseListModel model(ws.get());
    failThenRecover(model, QStringLiteral("cases"), QStringLiteral("Could not read the cases"),
                    [&] { model.setQuery(model.query()); });
}

TEST_F(LoadFailureTest, Timeline)
{
    models::TimelineModel model(ws.get());
    failThenRecover(model, QStringLiteral("timeline_entries"),
                    QStringLiteral("Could not read the timeline"),
                    [&] { model.setCaseId(complaint.meta.id); });
}

TEST_F(LoadFailureTest, CaseCommitments)
{
    models::CommitmentListModel model(ws.get());
    failThenRecover(model, QStringLiteral("commitments"),
                    QStringLiteral("Could not read the commitments"),
                    [&] { model.setCaseId(complaint.meta.id); });
}

TEST_F(LoadFailureTest, ContactTree)
{
    models::ContactTreeModel model(ws.get());
    failThenRecover(model, QStringLiteral("organizations"),
                    QStringLiteral("Could not read the contacts"), [&] { model.reload(); });
}
