#include "ui/models/contacts/ContactPageModel.h"
#include "core/contacts/ContactHistory.h"
#include "core/domain/Channel.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/ContactQueries.h"
#include "core/store/ContactRepository.h"
#include "tests/contacts/DemoContactsFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/common/TextTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace leverage {
namespace {

class ContactPageModelTest : public testing::DemoContactsFixture
{
};

TEST_F(ContactPageModelTest, ContactPageAssemblesDetailsHistoryAndCommitments)
{
    models::ContactPageModel page(*ws);
    QAbstractItemModelTester details(page.details(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester history(page.history(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester commitments(page.commitments(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(page.hasContact());
    EXPECT_EQ(page.title(), QStringLiteral("No contact selected"));
    EXPECT_EQ(page.loadState(), models::LoadState::NotLoaded);

    const RowId helen = contactNamed("Helen Voss");
    page.setContactId(helen);
    ASSERT_TRUE(page.hasContact());
    EXPECT_TRUE(page.isLoaded());
    EXPECT_EQ(page.title(), QStringLiteral("Helen Voss"));
    EXPECT_TRUE(page.isGateway());
    EXPECT_GT(page.organizationId(), 0);
    const QStringList labels = [&] {
        QStringList out;
        for (int row = 0; row < page.details()->rowCount(); ++row)
            out << page.details()->text(row, 0);
        return out;
    }();
    EXPECT_TRUE(labels.contains(QStringLiteral("Organization:")));
    for (int row = 0; row < page.details()->rowCount(); ++row)
        EXPECT_FALSE(page.details()->text(row, 1).trimmed().isEmpty()) << "only filled details";
    EXPECT_TRUE(page.trackRecordText().startsWith(QStringLiteral("Track record: <b>")));

    // Every entry she took part in, newest first as the store gives them, with its case.
    auto entries = ContactHistory(*ws).entries(helen);
    ASSERT_TRUE(entries);
    ASSERT_EQ(page.history()->rowCount(), entries->size());
    ASSERT_FALSE(entries->isEmpty());
    const auto &first = entries->first();
    EXPECT_EQ(page.history()->index(0, models::ContactPageModel::When).data().toString(),
              models::shortDateTime(first.entry.occurredAt));
    EXPECT_EQ(page.history()->index(0, models::ContactPageModel::HistoryCase).data().toString(),
              first.caseTitle);
    EXPECT_EQ(page.history()->index(0, 0).data(models::IdRole).value<RowId>(), first.entry.meta.id);
    EXPECT_EQ(page.history()->index(0, 0).data(models::CaseIdRole).value<RowId>(),
              first.entry.caseId);
    auto promised = ContactHistory(*ws).commitments(helen);
    ASSERT_TRUE(promised);
    EXPECT_EQ(page.commitments()->rowCount(), promised->size());

    // A change to her is shown on the next turn of the event loop.
    auto contact = *ws->contacts().get(helen);
    contact.position = QStringLiteral("Head of customer relations");
    ASSERT_TRUE(ws->contacts().update(contact));
    QSignalSpy refreshed(&page, &models::ContactPageModel::refreshed);
    ASSERT_TRUE(refreshed.wait(1000));
    EXPECT_EQ(page.details()->text(0, 1), QStringLiteral("Head of customer relations"));

    // Removed: the page empties without calling it a failure.
    page.setContactId(0);
    EXPECT_FALSE(page.hasContact());
    EXPECT_EQ(page.history()->rowCount(), 0);
    EXPECT_FALSE(page.loadFailed());
}

TEST_F(ContactPageModelTest, PreferredChannelIsInTheUsersWordsNotTheStoredKey)
{
    const RowId helen = contactNamed("Helen Voss");
    auto contact = *ws->contacts().get(helen);
    contact.preferredChannel = channelKey(Channel::Email);
    ASSERT_TRUE(ws->contacts().update(contact));
    models::ContactPageModel page(*ws);
    page.setContactId(helen);
    QString shown;
    for (int row = 0; row < page.details()->rowCount(); ++row)
        if (page.details()->text(row, 0) == QStringLiteral("Preferred channel:"))
            shown = page.details()->text(row, 1);
    EXPECT_EQ(shown, channelLabel(Channel::Email));
    EXPECT_NE(shown, QStringLiteral("email"));
}

TEST_F(ContactPageModelTest, ContactPageThatCannotBeReadSaysSo)
{
    testing::RecordingErrorReporter reporter;
    models::ContactPageModel page(*ws);
    page.setErrorReporter(&reporter);
    testing::hideTable(*ws, QStringLiteral("commitments"));
    page.setContactId(contactNamed("Kevin Hale"));
    EXPECT_TRUE(page.loadFailed());
    EXPECT_FALSE(page.hasContact());
    EXPECT_EQ(page.history()->rowCount(), 0);
    EXPECT_EQ(page.commitments()->rowCount(), 0);
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_EQ(reporter.messages().at(0), page.loadError());
}

} // namespace
} // namespace leverage
