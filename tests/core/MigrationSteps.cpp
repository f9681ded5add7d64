#include "tests/core/MigrationSteps.h"

#include "core/store/Schema.h"
#include "core/store/SqlDialect.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace leverage::testing {

bool tableExists(Workspace &workspace, const QString &table)
{
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), table);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

MigrationList stepsUpTo(int version, SqlDialect::Engine engine)
{
    auto steps = schema::migrations(SqlDialect(engine));
    steps.resize(std::size_t(version));
    EXPECT_EQ(steps.back().toVersion, version);
    return steps;
}

void addVersionFiveCaseAndEntry(QSqlQuery &q)
{
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO cases (uuid, created_at, updated_at, title, status) "
                              "VALUES ('c1', 0, 0, 'Refund', 'open')")));
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO timeline_entries (uuid, created_at, updated_at, case_id, channel, "
        "occurred_at, occurred_offset, summary) VALUES ('e1', 0, 0, 1, 'call', 1000, "
        "-18000, 'Promised a refund')")));
}

void addVersionSevenLetter(QSqlQuery &q)
{
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO letters (uuid, created_at, updated_at, case_id, kind, tone, subject, body) "
        "SELECT 'l1', 0, 0, id, 'complaint', 'firm', 'Formal complaint', "
        "'<html><head><style>p { margin: 0px; }</style></head><body><p>I ask for a "
        "<b>chargeback</b>.</p></body></html>' FROM cases WHERE uuid = 'c1'")));
}

SearchQuery wordSearch(const QString &word)
{
    SearchQuery query;
    query.clauses << SearchClause{{SearchTerm{SearchTerm::Form::Word, word}}, false};
    return query;
}

} // namespace leverage::testing
