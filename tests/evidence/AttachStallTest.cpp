// The window stays responsive while a large file attaches (issue 21): the Attachments pane
// streams it on a thread of its own, and a 1 ms timer on the GUI thread measures the longest
// gap between its ticks, less the time the thread stood ready while other programs had the
// processors (StallMeter; on the shared two-core machine that alone made the test fail). 64 MiB
// here; the 500 MB figure of the README is the same test with LEVERAGE_STALL_MB=500.
#include "core/store/AttachmentRepository.h"
#include "tests/evidence/EvidenceFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/StallMeter.h"
#include "ui/evidence/AttachmentsPane.h"
#include "ui/models/evidence/AttachmentListModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <iostream>

using namespace leverage;
using leverage::testing::EvidenceFixture;

namespace {

using AttachStallTest = EvidenceFixture;

TEST_F(AttachStallTest, TheGuiThreadNeverStallsWhileALargeFileAttaches)
{
    const qint64 megabytes = qEnvironmentVariableIsSet("LEVERAGE_STALL_MB")
                                 ? qEnvironmentVariableIntValue("LEVERAGE_STALL_MB")
                                 : 64;
    const QString path = makeFile(QStringLiteral("video.mp4"), megabytes * 1024 * 1024);
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    ui::AttachmentsPane pane(*ws, stack, reporter);
    pane.resize(600, 400);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    pane.setCaseId(caseId);
    QSignalSpy attached(&pane, &ui::AttachmentsPane::attached);

    leverage::testing::StallMeter stalls(1);
    QElapsedTimer total;
    total.start();
    stalls.start();
    pane.attachFiles({path});
    ASSERT_TRUE(attached.wait(600000)) << "the file did not attach";
    stalls.stop();
    const qint64 elapsed = total.elapsed();
    const auto &own = stalls.longestOwn();
    std::cout << megabytes << " MiB attached in " << elapsed << " ms; the GUI thread's longest "
              << "stall: " << stalls.longestMs() << " ms (" << stalls.ticks()
              << " ticks); less the waiting for a processor: " << stalls.longestOwnMs()
              << " ms (ran " << own.ranUs / 1000 << ", blocked " << own.blockedUs() / 1000 << ")\n";
    EXPECT_TRUE(reporter.messages().isEmpty());
    EXPECT_EQ(ws->attachments().forCase(caseId)->size(), 1);
    EXPECT_EQ(pane.model()->rowCount(), 1);
    EXPECT_GT(stalls.ticks(), 0);
    ASSERT_TRUE(stalls.accounted()) << "/proc/thread-self/schedstat could not be read";
    // What the program made the GUI thread do or wait for; the time it stood ready while the
    // machine's other work had the processors is the machine's load, not a stall of ours.
    EXPECT_LT(stalls.longestOwnMs(), 50);
}

} // namespace
