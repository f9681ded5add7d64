// The renderer tells how far it is and stops when told to, leaving nothing half-written.
#include "core/dossier/DossierRenderer.h"
#include "tests/dossier/DossierCorpus.h"
#include "tests/support/PdfTools.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

// The corpus with its timeline repeated: some 600 rows, ten or so calls of the callback.
DossierData longCase()
{
    DossierData data = awkwardCorpus();
    const auto rows = data.timeline.toList();
    for (int copy = 1; copy < 40; ++copy)
        for (auto row : rows) {
            row.number = int(data.timeline.size()) + 1;
            row.notes = row.notes.left(200);
            data.timeline.append(row);
        }
    return data;
}

TEST(DossierProgressTest, ProgressCountsUpToTheTotal)
{
    QTemporaryDir dir;
    QList<QPair<int, int>> calls;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(longCase(), {}, pdf, [&](int done, int total) {
        calls.append({done, total});
        return true;
    }));
    ASSERT_GT(calls.size(), 5);
    for (int i = 1; i < calls.size(); ++i) {
        EXPECT_GT(calls.at(i).first, calls.at(i - 1).first);
        EXPECT_EQ(calls.at(i).second, calls.first().second);
    }
    EXPECT_EQ(calls.last().first, calls.last().second); // the last call says "all done"
    EXPECT_GT(pdfPages(pdf).size(), 5);
}

TEST(DossierProgressTest, CancelStopsAndLeavesAnExistingFileAsItWas)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile existing(pdf);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("the earlier export");
    }
    int calls = 0;
    int total = 0;
    const auto status = DossierRenderer::renderPdf(longCase(), {}, pdf, [&](int, int all) {
        total = all;
        return ++calls < 3; // the user presses Cancel at the third report (after "0 done")
    });
    EXPECT_FALSE(status);
    EXPECT_EQ(status.message(), DossierRenderer::cancelledMessage());
    EXPECT_EQ(calls, 3);
    EXPECT_GT(total, 3 * 64);
    QFile existing(pdf);
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("the earlier export"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
}

} // namespace
} // namespace leverage
