#include "core/evidence/EvidenceService.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/SideConnection.h"
#include "tests/evidence/EvidenceFixture.h"

#include <QBuffer>
#include <QFileInfo>
#include <sys/stat.h>

using namespace leverage;
using leverage::testing::EvidenceFixture;

namespace {

class AttachmentStoreTest : public EvidenceFixture,
                            public ::testing::WithParamInterface<leverage::testing::Engine>
{
};

TEST_P(AttachmentStoreTest, AFileComesBackByteForByteWithItsSha256)
{
    // 3.5 MiB: four pieces, the last one short.
    const auto path = makeFile(QStringLiteral("receipt.pdf"), 3 * 1024 * 1024 + 512 * 1024);
    auto attached = EvidenceService::attachFile(*ws, caseId, entryId, path);
    ASSERT_TRUE(attached.isOk()) << attached.message().toStdString();
    EXPECT_EQ(attached->sha256, sha256Of(path));
    EXPECT_EQ(attached->size, QFileInfo(path).size());
    EXPECT_EQ(attached->originalName, QStringLiteral("receipt.pdf"));
    EXPECT_EQ(attached->mimeType, QStringLiteral("application/pdf")); // by its name
    EXPECT_EQ(attached->entryId, entryId);
    EXPECT_EQ(attached->addedAt, Instant::fromDateTime(leverage::testing::testNow()));
    EXPECT_EQ(countRows(QStringLiteral("SELECT count(*) FROM blob_chunks")), 4);

    auto out = EvidenceService::exportToPrivateFile(ws.path(), *attached,
                                                    ws.directory() + QStringLiteral("/out"));
    ASSERT_TRUE(out.isOk()) << out.message().toStdString();
    EXPECT_EQ(QFileInfo(*out).fileName(), QStringLiteral("receipt.pdf"));
    EXPECT_EQ(sha256Of(*out), attached->sha256);
    struct stat info
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(*out).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(QFile::encodeName(QFileInfo(*out).path()).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
}

TEST_P(AttachmentStoreTest, TheTypeComesFromTheNameAndTheContent)
{
    const auto path = ws.directory() + QStringLiteral("/photo");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")); // a PNG's signature
    file.close();
    auto attached = EvidenceService::attachFile(*ws, caseId, 0, path);
    ASSERT_TRUE(attached.isOk()) << attached.message().toStdString();
    EXPECT_EQ(attached->mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(attached->entryId, 0);
}

TEST_P(AttachmentStoreTest, TheSameContentIsStoredOnce)
{
    const auto first = makeFile(QStringLiteral("a.jpg"), 1500 * 1024);
    const auto second = makeFile(QStringLiteral("copy of a.jpg"), 1500 * 1024); // same seed
    auto a = EvidenceService::attachFile(*ws, caseId, 0, first);
    auto b = EvidenceService::attachFile(*ws, caseId, entryId, second);
    ASSERT_TRUE(a.isOk() && b.isOk());
    EXPECT_EQ(a->sha256, b->sha256);
    EXPECT_NE(a->meta.id, b->meta.id);
    EXPECT_EQ(countRows(QStringLiteral("SELECT count(*) FROM blobs")), 1);
    EXPECT_EQ(countRows(QStringLiteral("SELECT count(*) FROM blob_chunks")), 2);
    EXPECT_EQ(ws->attachments().forCase(caseId)->size(), 2);
}

TEST_P(AttachmentStoreTest, ACancelLeavesNothingBehind)
{
    const auto path = makeFile(QStringLiteral("video.mp4"), 5 * 1024 * 1024);
    std::atomic<bool> cancel{false};
    qint64 seen = 0;
    auto stored = EvidenceService::storeFile(
        ws.path(), path, 0,
        [&](qint64 done, qint64 total) {
            seen = done;
            EXPECT_EQ(total, 5 * 1024 * 1024);
            if (done >= 2 * 1024 * 1024)
                cancel.store(true);
        },
        &cancel);
    EXPECT_FALSE(stored.isOk());
    EXPECT_EQ(seen, 2 * 1024 * 1024);
    EXPECT_EQ(countRows(QStringLiteral("SELECT count(*) FROM blobs")), 0);
    EXPECT_EQ(countRows(QStringLiteral("SELECT count(*) FROM blob_chunks")), 0);
}

TEST_P(AttachmentStoreTest, AFileThatCannotBeReadIsRefusedWithASentence)
{
    auto attached = EvidenceService::attachFile(*ws, caseId, 0,
                                                ws.directory() + QStringLiteral("/not-there.pdf"));
    ASSERT_FALSE(attached.isOk());
    EXPECT_TRUE(attached.message().contains(QStringLiteral("not-there.pdf")));
    EXPECT_EQ(countRows(QStringLiteral("SELECT count(*) FROM attachments")), 0);
}

TEST_P(AttachmentStoreTest, ANameNeverLeavesItsFolder)
{
    EXPECT_EQ(EvidenceService::safeFileName(QStringLiteral("../../etc/passwd")),
              QStringLiteral("passwd"));
    EXPECT_EQ(EvidenceService::safeFileName(QStringLiteral("C:\\Users\\x\\scan.pdf")),
              QStringLiteral("scan.pdf"));
    EXPECT_EQ(EvidenceService::safeFileName(QStringLiteral("..")), QStringLiteral("attachment"));
    EXPECT_EQ(EvidenceService::safeFileName(QStringLiteral("a\nb.txt")), QStringLiteral("a_b.txt"));
}

// 64 MiB through the store with the peak resident memory growing by well under the file's
// size (the 500 MB run is evidence_memory_benchmark, outside CI).
TEST_P(AttachmentStoreTest, ALargeFilePassesThroughWithFlatMemory)
{
    constexpr qint64 kSize = 64 * 1024 * 1024;
    const auto path = makeFile(QStringLiteral("big.bin"), kSize);
    ASSERT_TRUE(leverage::testing::resetPeakRss());
    const qint64 before = leverage::testing::peakRssBytes();
    auto attached = EvidenceService::attachFile(*ws, caseId, 0, path);
    ASSERT_TRUE(attached.isOk()) << attached.message().toStdString();
    auto out = EvidenceService::exportToPrivateFile(ws.path(), *attached,
                                                    ws.directory() + QStringLiteral("/out"));
    ASSERT_TRUE(out.isOk());
    const qint64 growth = leverage::testing::peakRssBytes() - before;
    std::cout << "peak RSS growth for 64 MiB in and out: " << growth / 1024 << " KiB\n";
    EXPECT_LT(growth, 50 * 1024 * 1024);
    EXPECT_EQ(sha256Of(*out), sha256Of(path));
}

} // namespace

// Runs on both engines: a file and a team server.
INSTANTIATE_TEST_SUITE_P(Engines, AttachmentStoreTest, leverage::testing::kEngines,
                         leverage::testing::engineName);
