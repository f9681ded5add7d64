#include "core/evidence/EvidenceService.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/SealChain.h"
#include "core/store/SealVerifier.h"
#include "tests/evidence/EvidenceFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/evidence/AttachmentCommand.h"
#include "ui/models/evidence/AttachmentListModel.h"
#include "ui/models/evidence/AttachmentTraits.h"
#include "ui/models/undo/EditCommand.h"
#include "ui/models/undo/RemoveCommand.h"
#include "ui/models/undo/UndoPusher.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace leverage;
using namespace leverage::models;
using leverage::testing::EvidenceFixture;
using leverage::testing::RecordingErrorReporter;

namespace {

class AttachmentUndoTest : public EvidenceFixture
{
protected:
    Attachment storedAttachment(const QString &name, qint64 size)
    {
        const auto path = makeFile(name, size);
        auto stored = EvidenceService::storeFile(ws.path(), path, 0);
        EXPECT_TRUE(stored.isOk()) << stored.message().toStdString();
        return EvidenceService::describe(name, *stored, caseId, entryId,
                                         leverage::testing::testNow());
    }

    bool intact()
    {
        auto report = SealVerifier::verify(*ws);
        EXPECT_TRUE(report.isOk());
        for (const auto &finding : report->findings)
            ADD_FAILURE() << finding.sentence.toStdString();
        return report.isOk() && report->intact();
    }

    RecordingErrorReporter reporter;
    QUndoStack stack;
    UndoPusher pusher{stack, reporter};
};

TEST_F(AttachmentUndoTest, AttachRemoveUndoAndRedoKeepTheRowAndTheChain)
{
    AttachmentListModel model(*ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(caseId);
    EXPECT_EQ(model.rowCount(), 0);

    auto attach = AttachmentCommand::attach(*ws, storedAttachment(QStringLiteral("a.pdf"), 4096));
    auto *attachCommand = attach.get();
    ASSERT_TRUE(pusher.push(std::move(attach)).isOk());
    const RowId id = attachCommand->attachment().meta.id;
    ASSERT_GT(id, 0);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0, AttachmentListModel::NameColumn)).toString(),
              QStringLiteral("a.pdf"));

    // Marked an exhibit, then removed; every step undone and redone.
    auto marked = *ws->attachments().get(id);
    marked.isExhibit = true;
    marked.description = QStringLiteral("Receipt");
    ASSERT_TRUE(pusher.push(std::make_unique<EditCommand<Attachment>>(*ws, marked)).isOk());
    ASSERT_TRUE(pusher.push(AttachmentCommand::remove(*ws, *ws->attachments().get(id))).isOk());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(intact());

    stack.undo(); // the removal
    ASSERT_EQ(model.rowCount(), 1);
    auto back = ws->attachments().get(id);
    ASSERT_TRUE(back.isOk());
    EXPECT_TRUE(back->isExhibit);
    EXPECT_EQ(back->description, QStringLiteral("Receipt"));
    stack.undo(); // the exhibit mark
    EXPECT_FALSE(ws->attachments().get(id)->isExhibit);
    stack.undo(); // the attach
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(ws->attachments().get(id).isOk());
    EXPECT_TRUE(intact());

    stack.redo();
    stack.redo();
    EXPECT_EQ(ws->attachments().get(id)->meta.id, id);
    EXPECT_TRUE(ws->attachments().get(id)->isExhibit);
    stack.redo();
    EXPECT_FALSE(ws->attachments().get(id).isOk());
    EXPECT_TRUE(reporter.messages().isEmpty());
    EXPECT_TRUE(intact());
    // Every step is in the chain: attach, mark, remove, and the undos and redos of each.
    EXPECT_EQ(ws->seals().history(QStringLiteral("attachments"), id)->size(), 9);
}

TEST_F(AttachmentUndoTest, AnEntryEditedUndoneAndRedoneKeepsItsHistoryAndTheChainIntact)
{
    auto entry = *ws->timeline().get(entryId);
    entry.notes = QStringLiteral("Refund within 5 days, ref 88213");
    ASSERT_TRUE(pusher.push(std::make_unique<EditCommand<TimelineEntry>>(*ws, entry)).isOk());
    stack.undo();
    EXPECT_EQ(ws->timeline().get(entryId)->notes, QString());
    stack.redo();
    EXPECT_EQ(ws->timeline().get(entryId)->notes, entry.notes);
    auto history = ws->seals().history(QStringLiteral("timeline_entries"), entryId);
    ASSERT_EQ(history->size(), 4);
    EXPECT_TRUE(history->at(1).content.contains(QStringLiteral("88213")));
    EXPECT_FALSE(history->at(2).content.contains(QStringLiteral("88213")));
    EXPECT_TRUE(intact());
}

TEST_F(AttachmentUndoTest, AnEntryRemovedAndRestoredGetsItsFilesBack)
{
    auto attach = AttachmentCommand::attach(*ws, storedAttachment(QStringLiteral("r.pdf"), 512));
    auto *command = attach.get();
    ASSERT_TRUE(pusher.push(std::move(attach)).isOk());
    const RowId id = command->attachment().meta.id;
    ASSERT_TRUE(pusher
                    .push(std::make_unique<RemoveCommand>(*ws, RemovalSnapshot::Kind::Entry,
                                                          entryId, QStringLiteral("Remove Entry")))
                    .isOk());
    EXPECT_EQ(ws->attachments().get(id)->entryId, 0); // the file stays on the case
    stack.undo();
    EXPECT_EQ(ws->attachments().get(id)->entryId, entryId);
    EXPECT_TRUE(reporter.messages().isEmpty());
}

} // namespace
