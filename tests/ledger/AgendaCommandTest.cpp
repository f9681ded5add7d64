#include "app/verbs/Verb.h"
#include "tests/ledger/LedgerFixture.h"

#include <QFile>

using namespace leverage;
using leverage::testing::LedgerFixture;

namespace {

class AgendaCommandTest : public LedgerFixture
{
protected:
    int run(const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        app::VerbContext context{arguments, out, err};
        const auto *command = app::findVerb(QStringLiteral("agenda"));
        EXPECT_NE(command, nullptr);
        const int code = command ? command->run(context) : -1;
        out.flush();
        err.flush();
        return code;
    }
    QString m_out;
    QString m_err;
};

} // namespace

TEST_F(AgendaCommandTest, PrintsOneTabSeparatedLinePerOpenFollowUp)
{
    const auto caseId = addCase(QStringLiteral("Parcel\tlost"));
    // The verb uses the system clock: dates far from today land in known buckets.
    addFollowUp(caseId, QStringLiteral("Long past"), Instant::fromUtcMs(86400000, 0));
    addFollowUp(caseId, QStringLiteral("Far ahead\nsecond line"),
                Instant::fromDateTime(QDateTime::currentDateTimeUtc().addDays(60)));
    const auto path = ws.path();
    ws.close();
    ASSERT_EQ(run({path}), 0) << m_err.toStdString();
    const auto lines = m_out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    const auto first = lines[0].split(QLatin1Char('\t'));
    ASSERT_EQ(first.size(), 6);
    EXPECT_EQ(first[0], QStringLiteral("overdue"));
    EXPECT_EQ(first[3], QStringLiteral("Parcel lost"));
    EXPECT_EQ(first[5], QStringLiteral("Long past"));
    const auto second = lines[1].split(QLatin1Char('\t'));
    EXPECT_EQ(second[0], QStringLiteral("later"));
    EXPECT_EQ(second[5], QStringLiteral("Far ahead second line"));
}

TEST_F(AgendaCommandTest, WritesACalendarWithIcs)
{
    const auto caseId = addCase(QStringLiteral("Parcel"));
    addFollowUp(caseId, QStringLiteral("Call"), inHours(2));
    const auto path = ws.path();
    const QString out = ws.directory() + QStringLiteral("/out.ics");
    ws.close();
    ASSERT_EQ(run({path, QStringLiteral("--ics"), out}), 0) << m_err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("SUMMARY:Call\r\n"));
}

TEST_F(AgendaCommandTest, UsageAndMissingFilesHaveTheUsualExitCodes)
{
    EXPECT_EQ(run({}), 2);
    EXPECT_TRUE(m_err.contains(QStringLiteral("usage: leverage agenda FILE")));
    EXPECT_EQ(run({QStringLiteral("a"), QStringLiteral("b")}), 2);
    EXPECT_EQ(run({ws.directory() + QStringLiteral("/missing.leverage")}), 1);
    EXPECT_TRUE(m_err.contains(QStringLiteral("no workspace")));
}
