#include "core/letters/LetterDrafter.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/letters/LetterFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/letters/AddLetterCommand.h"
#include "ui/models/letters/EditCaseNumbersCommand.h"
#include "ui/models/letters/EditLetterCommand.h"
#include "ui/models/letters/EditLetterTemplateCommand.h"
#include "ui/models/letters/EditMyDetailsCommand.h"
#include "ui/models/letters/LetterDraftSaver.h"
#include "ui/models/letters/LetterListModel.h"
#include "ui/models/letters/MarkLetterSentCommand.h"
#include "ui/models/letters/RemoveLetterCommand.h"
#include "ui/models/undo/UndoPusher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace leverage::testing {
namespace {

using namespace leverage::models;

class LetterModelsTest : public LetterFixture
{
protected:
    void SetUp() override
    {
        LetterFixture::SetUp();
        m_case = caseTitled(QStringLiteral("MRI claim"));
        m_to = contactNamed(QStringLiteral("Carl Jensen"));
        m_demoLetters = letterCount(); // the demo's own letters of the case
    }

    Letter draft(LetterKind kind = LetterKind::Complaint)
    {
        auto letter =
            LetterDrafter(*m_workspace).draft({m_case, kind, LetterTone::Firm, m_to, 0, 14});
        EXPECT_TRUE(letter) << letter.message().toStdString();
        return *letter;
    }

    RowId addLetter(LetterKind kind = LetterKind::Complaint)
    {
        auto command = std::make_unique<AddLetterCommand>(*m_workspace, draft(kind));
        auto *raw = command.get();
        EXPECT_TRUE(m_pusher.push(std::move(command)));
        return raw->letter().meta.id;
    }

    Letter stored(RowId id) { return *LetterRepository(*m_workspace).get(id); }
    qint64 letterCount() { return *LetterRepository(*m_workspace).count(m_case); }

    RecordingErrorReporter m_reporter;
    QUndoStack m_stack;
    UndoPusher m_pusher{m_stack, m_reporter};
    RowId m_case = 0;
    RowId m_to = 0;
    qint64 m_demoLetters = 0;
};

TEST_F(LetterModelsTest, TheListFollowsAddsEditsSendingAndRemovesUnderTheModelTester)
{
    LetterListModel model(*m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCaseId(m_case);
    EXPECT_EQ(model.rowCount(), m_demoLetters);
    const RowId first = addLetter(LetterKind::Complaint);
    const RowId second = addLetter(LetterKind::ThankYou);
    ASSERT_EQ(model.rowCount(), m_demoLetters + 2);
    EXPECT_EQ(model.letterAt(0).meta.id, second); // newest first (same moment: by id)
    EXPECT_EQ(model.letterAt(1).meta.id, first);
    EXPECT_EQ(model.index(1, LetterListModel::ToColumn).data().toString(),
              QStringLiteral("Carl Jensen"));
    EXPECT_EQ(model.index(1, LetterListModel::StateColumn).data().toString(),
              QStringLiteral("Draft"));
    EXPECT_EQ(model.index(1, LetterListModel::DeadlineColumn).data().toString(),
              QStringLiteral("16 March 2026"));

    ASSERT_TRUE(m_pusher.push(std::make_unique<MarkLetterSentCommand>(
        *m_workspace, MarkLetterSentCommand::Sending{first, Instant::fromDateTime(testNow()),
                                                     LetterChannel::Post, "RR123"})));
    EXPECT_EQ(model.index(model.rowOfLetter(first), LetterListModel::StateColumn).data().toString(),
              QStringLiteral("Sent 2 March 2026 (post)"));
    ASSERT_TRUE(m_pusher.push(std::make_unique<RemoveLetterCommand>(*m_workspace, second)));
    EXPECT_EQ(model.rowCount(), m_demoLetters + 1);
    m_stack.undo();
    EXPECT_EQ(model.rowCount(), m_demoLetters + 2);
    EXPECT_TRUE(m_reporter.messages().isEmpty()) << m_reporter.last().toStdString();
}

TEST_F(LetterModelsTest, NewLetterUndoesAndRedoesWithWhatWasTyped)
{
    const RowId id = addLetter();
    EXPECT_EQ(letterCount(), m_demoLetters + 1);
    ASSERT_TRUE(
        LetterRepository(*m_workspace)
            .saveDraftText(id, QStringLiteral("Typed subject"), QStringLiteral("<p>x</p>")));
    m_stack.undo();
    EXPECT_EQ(letterCount(), m_demoLetters);
    m_stack.redo();
    ASSERT_EQ(letterCount(), m_demoLetters + 1);
    EXPECT_EQ(stored(id).subject, QStringLiteral("Typed subject"));
    EXPECT_EQ(stored(id).body, QStringLiteral("<p>x</p>"));
}

TEST_F(LetterModelsTest, EditUndoesAndRedoes)
{
    const RowId id = addLetter();
    Letter edited = stored(id);
    const Letter before = edited;
    edited.tone = LetterTone::Final;
    edited.subject = QStringLiteral("Final notice");
    ASSERT_TRUE(m_pusher.push(std::make_unique<EditLetterCommand>(*m_workspace, edited)));
    EXPECT_EQ(stored(id).tone, LetterTone::Final);
    m_stack.undo();
    EXPECT_EQ(stored(id).tone, before.tone);
    EXPECT_EQ(stored(id).subject, before.subject);
    m_stack.redo();
    EXPECT_EQ(stored(id).subject, QStringLiteral("Final notice"));
}

TEST_F(LetterModelsTest, ASentLetterCannotBeDeleted)
{
    const RowId id = addLetter();
    ASSERT_TRUE(m_pusher.push(std::make_unique<MarkLetterSentCommand>(
        *m_workspace, MarkLetterSentCommand::Sending{
                          id, Instant::fromDateTime(testNow()), LetterChannel::Email, {}})));
    auto refused = m_pusher.push(std::make_unique<RemoveLetterCommand>(*m_workspace, id));
    EXPECT_FALSE(refused);
    EXPECT_EQ(letterCount(), m_demoLetters + 1);
}

TEST_F(LetterModelsTest, MarkAsSentWritesTheEntryAndTheFollowUpAndUndoRemovesBoth)
{
    const RowId id = addLetter();
    const qint64 entriesBefore = *m_workspace->timeline().count(m_case);
    const auto followUpsBefore = m_workspace->followUps().forCase(m_case)->size();
    const Instant sentAt = Instant::fromDateTime(testNow().addSecs(3600));
    auto command = std::make_unique<MarkLetterSentCommand>(
        *m_workspace,
        MarkLetterSentCommand::Sending{id, sentAt, LetterChannel::Post, "RR 1234 5678 US"});
    auto *raw = command.get();
    ASSERT_TRUE(m_pusher.push(std::move(command)));

    const RowId entryId = raw->entry().meta.id;
    const RowId followUpId = raw->followUp().meta.id;
    auto entry = m_workspace->timeline().get(entryId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->channel, Channel::Letter);
    EXPECT_EQ(entry->personName, QStringLiteral("Carl Jensen"));
    EXPECT_EQ(entry->personPosition, QStringLiteral("Claims Supervisor"));
    EXPECT_EQ(entry->contactId, m_to);
    EXPECT_EQ(entry->occurredAt, sentAt);
    EXPECT_EQ(entry->referenceNumber, QStringLiteral("RR 1234 5678 US"));
    EXPECT_TRUE(entry->notes.contains(QStringLiteral("formal complaint about MRI claim")));
    EXPECT_TRUE(entry->notes.contains(QStringLiteral("Alex Rivera")));
    auto followUp = m_workspace->followUps().get(followUpId);
    ASSERT_TRUE(followUp);
    EXPECT_EQ(followUp->what, QStringLiteral("No answer by 16 March 2026 → escalate to State "
                                             "Department of Insurance"));
    EXPECT_EQ(followUp->dueAt, stored(id).deadline);
    const Letter sent = stored(id);
    EXPECT_TRUE(sent.isSent());
    EXPECT_EQ(sent.channel, LetterChannel::Post);
    EXPECT_EQ(sent.entryId, entryId);
    EXPECT_EQ(sent.followUpId, followUpId);

    m_stack.undo();
    EXPECT_EQ(*m_workspace->timeline().count(m_case), entriesBefore);
    EXPECT_EQ(m_workspace->followUps().forCase(m_case)->size(), followUpsBefore);
    EXPECT_FALSE(stored(id).isSent());
    EXPECT_EQ(stored(id).entryId, 0);
    EXPECT_TRUE(stored(id).sentAt.isNull());

    m_stack.redo();
    EXPECT_TRUE(stored(id).isSent());
    EXPECT_TRUE(m_workspace->timeline().get(entryId)); // the same rows, by id
    EXPECT_TRUE(m_workspace->followUps().get(followUpId));
    EXPECT_TRUE(m_reporter.messages().isEmpty()) << m_reporter.last().toStdString();
}

// A thank-you asks for no answer: it has no deadline, and sending it leaves no follow-up
// ("no answer by … → follow up") to chase the person thanked; undo and redo keep it so.
TEST_F(LetterModelsTest, ASentThankYouLeavesNoFollowUpToChase)
{
    const RowId id = addLetter(LetterKind::ThankYou);
    EXPECT_TRUE(stored(id).deadline.isNull());
    const qint64 entriesBefore = *m_workspace->timeline().count(m_case);
    const auto followUpsBefore = m_workspace->followUps().forCase(m_case)->size();
    auto command = std::make_unique<MarkLetterSentCommand>(
        *m_workspace, MarkLetterSentCommand::Sending{
                          id, Instant::fromDateTime(testNow()), LetterChannel::Post, {}});
    auto *raw = command.get();
    ASSERT_TRUE(m_pusher.push(std::move(command)));
    EXPECT_TRUE(stored(id).isSent());
    EXPECT_EQ(*m_workspace->timeline().count(m_case), entriesBefore + 1);
    EXPECT_TRUE(m_workspace->timeline().get(raw->entry().meta.id));
    EXPECT_EQ(m_workspace->followUps().forCase(m_case)->size(), followUpsBefore);
    EXPECT_EQ(stored(id).followUpId, 0);

    m_stack.undo();
    EXPECT_FALSE(stored(id).isSent());
    EXPECT_EQ(*m_workspace->timeline().count(m_case), entriesBefore);
    m_stack.redo();
    EXPECT_TRUE(stored(id).isSent());
    EXPECT_EQ(m_workspace->followUps().forCase(m_case)->size(), followUpsBefore);
    EXPECT_TRUE(m_reporter.messages().isEmpty()) << m_reporter.last().toStdString();
}

TEST_F(LetterModelsTest, TheDraftIsSavedAMomentAfterTypingStops)
{
    const RowId id = addLetter();
    LetterDraftSaver saver(*m_workspace, id, &m_reporter);
    QSignalSpy saved(&saver, &LetterDraftSaver::saved);
    saver.save(QStringLiteral("s1"), QStringLiteral("<p>one</p>"));
    saver.save(QStringLiteral("s2"), QStringLiteral("<p>two</p>"));
    EXPECT_TRUE(saver.isPending());
    EXPECT_NE(stored(id).body, QStringLiteral("<p>two</p>")); // not yet: debounced
    ASSERT_TRUE(saved.wait(LetterDraftSaver::kDelayMs * 5));
    EXPECT_EQ(saved.count(), 1); // one write for both
    EXPECT_EQ(stored(id).body, QStringLiteral("<p>two</p>"));
    saver.save(QStringLiteral("s3"), QStringLiteral("<p>three</p>"));
    saver.flush();
    EXPECT_EQ(stored(id).subject, QStringLiteral("s3"));
}

} // namespace
} // namespace leverage::testing

namespace leverage::testing {
namespace {

using LetterSettingsCommandsTest = LetterModelsTest;

TEST_F(LetterSettingsCommandsTest, ATemplateEditIsCheckedSavedUndoneAndReset)
{
    const QString name = QStringLiteral("thank-you");
    auto refused = m_pusher.push(std::make_unique<EditLetterTemplateCommand>(
        *m_workspace, name, QStringLiteral("<p>Thanks</p>\n{{#firm}}")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("line 2")));
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_TRUE(EditLetterTemplateCommand::userCopy(*m_workspace, name)->isNull());

    ASSERT_TRUE(m_pusher.push(std::make_unique<EditLetterTemplateCommand>(
        *m_workspace, name, QStringLiteral("<p>Thanks, {{toName}}.</p>"))));
    EXPECT_EQ(*EditLetterTemplateCommand::userCopy(*m_workspace, name),
              QStringLiteral("<p>Thanks, {{toName}}.</p>"));
    ASSERT_TRUE(
        m_pusher.push(std::make_unique<EditLetterTemplateCommand>(*m_workspace, name, QString())));
    EXPECT_TRUE(EditLetterTemplateCommand::userCopy(*m_workspace, name)->isNull());
    m_stack.undo(); // the reset
    EXPECT_EQ(*EditLetterTemplateCommand::userCopy(*m_workspace, name),
              QStringLiteral("<p>Thanks, {{toName}}.</p>"));
    m_stack.undo(); // the edit
    EXPECT_TRUE(EditLetterTemplateCommand::userCopy(*m_workspace, name)->isNull());
    m_stack.redo();
    EXPECT_FALSE(EditLetterTemplateCommand::userCopy(*m_workspace, name)->isNull());
}

TEST_F(LetterSettingsCommandsTest, CaseNumbersAndMyDetailsUndoAndRedo)
{
    const auto demo = *EditCaseNumbersCommand::read(*m_workspace, m_case);
    const QList<CaseNumber> mine{{QStringLiteral("Order"), QStringLiteral("4471-2")}};
    ASSERT_TRUE(
        m_pusher.push(std::make_unique<EditCaseNumbersCommand>(*m_workspace, m_case, mine)));
    EXPECT_EQ(*EditCaseNumbersCommand::read(*m_workspace, m_case), mine);
    m_stack.undo();
    EXPECT_EQ(*EditCaseNumbersCommand::read(*m_workspace, m_case), demo);
    m_stack.redo();
    EXPECT_EQ(*EditCaseNumbersCommand::read(*m_workspace, m_case), mine);

    const MyDetails other{QStringLiteral("Sam Lee"), QStringLiteral("1 Main St"), {}, {}};
    ASSERT_TRUE(m_pusher.push(std::make_unique<EditMyDetailsCommand>(*m_workspace, other)));
    EXPECT_EQ(*EditMyDetailsCommand::read(*m_workspace), other);
    m_stack.undo();
    EXPECT_EQ(*EditMyDetailsCommand::read(*m_workspace), me());
}

} // namespace
} // namespace leverage::testing
