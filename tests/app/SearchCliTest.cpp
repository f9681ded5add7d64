// `leverage search` and `leverage check` (issue 20).
#include "tests/support/LeverageProcess.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using leverage::testing::runLeverage;

namespace {

class SearchCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        file = dir.filePath(QStringLiteral("demo.leverage"));
        ASSERT_EQ(runLeverage({QStringLiteral("demo"), file}).exitCode, 0);
    }

    QTemporaryDir dir;
    QString file;
};

TEST_F(SearchCliTest, PrintsKindIdCaseDateAndSnippetTabSeparated)
{
    auto run = runLeverage({QStringLiteral("search"), file, QStringLiteral("appeared card")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << run.out.toStdString();
    const auto fields = lines.first().split(QLatin1Char('\t'));
    ASSERT_EQ(fields.size(), 5);
    EXPECT_EQ(fields[0], QStringLiteral("entry"));
    EXPECT_GT(fields[1].toLongLong(), 0);
    EXPECT_GT(fields[2].toLongLong(), 0);
    EXPECT_TRUE(QDateTime::fromString(fields[3], Qt::ISODate).isValid()) << fields[3].toStdString();
    EXPECT_TRUE(fields[4].contains(QStringLiteral("[appeared]"))) << fields[4].toStdString();
}

TEST_F(SearchCliTest, KindAndLimitNarrowTheAnswer)
{
    auto promises = runLeverage({QStringLiteral("search"), file, QStringLiteral("refund"),
                                 QStringLiteral("--kind"), QStringLiteral("promise")});
    ASSERT_EQ(promises.exitCode, 0) << promises.err.toStdString();
    const auto lines = promises.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const auto &line : lines)
        EXPECT_TRUE(line.startsWith(QStringLiteral("promise\t"))) << line.toStdString();
    auto one = runLeverage({QStringLiteral("search"), file, QStringLiteral("refund"),
                            QStringLiteral("--limit"), QStringLiteral("1")});
    EXPECT_EQ(one.out.count(QLatin1Char('\n')), 1);
}

TEST_F(SearchCliTest, NothingFoundIsNotAnError)
{
    auto run = runLeverage({QStringLiteral("search"), file, QStringLiteral("zyxwvutsrq")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(SearchCliTest, ABadQueryOrFileFailsWithOneLine)
{
    auto bad = runLeverage({QStringLiteral("search"), file, QStringLiteral("refund \"open")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_EQ(bad.err.count(QLatin1Char('\n')), 1) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("character 8"))) << bad.err.toStdString();
    auto missing =
        runLeverage({QStringLiteral("search"), dir.filePath(QStringLiteral("no.leverage")),
                     QStringLiteral("refund")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1) << missing.err.toStdString();
    auto kind = runLeverage({QStringLiteral("search"), file, QStringLiteral("refund"),
                             QStringLiteral("--kind"), QStringLiteral("memo")});
    EXPECT_NE(kind.exitCode, 0);
    EXPECT_EQ(kind.err.count(QLatin1Char('\n')), 1) << kind.err.toStdString();
}

TEST_F(SearchCliTest, CheckFindsADriftedIndexAndRepairRebuildsIt)
{
    auto exact = runLeverage({QStringLiteral("check"), file});
    EXPECT_EQ(exact.exitCode, 0) << exact.err.toStdString();
    EXPECT_TRUE(exact.out.contains(QStringLiteral("exact")));
    {
        // Behind the program's back, as a hand-edited or damaged file would be.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drift"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM search_text WHERE rowid IN (SELECT rowid "
                                          "FROM search_text LIMIT 3)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drift"));
    auto drifted = runLeverage({QStringLiteral("check"), file});
    EXPECT_EQ(drifted.exitCode, 1);
    EXPECT_TRUE(drifted.out.contains(QStringLiteral("3 rows differ"))) << drifted.out.toStdString();
    auto repaired = runLeverage({QStringLiteral("check"), file, QStringLiteral("--repair")});
    EXPECT_EQ(repaired.exitCode, 0) << repaired.err.toStdString();
    EXPECT_TRUE(repaired.out.contains(QStringLiteral("rebuilt")));
    EXPECT_EQ(runLeverage({QStringLiteral("check"), file}).exitCode, 0);
}

} // namespace
