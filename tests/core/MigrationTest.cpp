// The schema's own upgrades: a failing step rolls back whole, every older version comes up to
// the current one, and versions 2 to 5 keep their rows. The feature tables of versions 5 to 8
// are in FeatureMigrationTest.cpp; versions 9 to 11 at the end of this file.
#include "core/letters/LetterKind.h"
#include "core/store/CaseFigures.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/SavedSearches.h"
#include "core/store/Schema.h"
#include "core/store/SealChain.h"
#include "core/store/SealVerifier.h"
#include "core/store/SearchIndex.h"
#include "core/store/TimeStampRepository.h"
#include "tests/core/MigrationSteps.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestWorkspace.h"

#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::addVersionFiveCaseAndEntry;
using leverage::testing::stepsUpTo;
using leverage::testing::tableExists;
using leverage::testing::testNow;

namespace {

MigrationList withFailingStep()
{
    auto steps = schema::migrations(SqlDialect(SqlDialect::Engine::Sqlite));
    steps.push_back({schema::currentVersion() + 1,
                     {QStringLiteral("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"),
                      QStringLiteral("INSERT INTO half_done (id) VALUES (1)"),
                      QStringLiteral("THIS IS NOT SQL")}});
    return steps;
}

// Schema 5 (Where, issue 14): each case's organization becomes its first listed organization;
// an organization already involved keeps its role, behind it; participants become
// "participant" rows, and the new columns are stored.
TEST(MigrationTest, AVersionFourCaseListsItsOrganizationAmongItsOrganizations)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(4), 5000});
        ASSERT_TRUE(old);
        QSqlQuery q((*old)->database());
        for (const char *sql :
             {"INSERT INTO organizations (id, uuid, created_at, updated_at, name) VALUES "
              "(1, 'o1', 0, 0, 'Homewares Direct'), (2, 'o2', 0, 0, 'FitRight Installs')",
              "INSERT INTO cases (id, uuid, created_at, updated_at, title, organization_id, "
              "status) VALUES (1, 'c1', 0, 0, 'Dishwasher', 1, 'open'), "
              "(2, 'c2', 0, 0, 'No organization', NULL, 'open')",
              "INSERT INTO case_organizations (case_id, organization_id, role) VALUES "
              "(1, 2, 'installer')",
              "INSERT INTO timeline_entries (id, uuid, created_at, updated_at, case_id, "
              "channel, occurred_at, occurred_offset) VALUES (1, 'e1', 0, 0, 1, 'call', 0, 0)",
              "INSERT INTO entry_participants (entry_id, name) VALUES (1, 'Mark')"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    auto involved = (*upgraded)->cases().involvedOrganizations(1);
    ASSERT_TRUE(involved);
    ASSERT_EQ(involved->size(), 2);
    EXPECT_EQ(involved->at(0).organizationId, 1);
    EXPECT_EQ(involved->at(1), (CaseOrganization{2, QStringLiteral("installer"), 0}));
    auto none = (*upgraded)->cases().involvedOrganizations(2);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
    auto people = (*upgraded)->timeline().participants(1);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 1);
    EXPECT_EQ(people->first().name, QStringLiteral("Mark"));
    EXPECT_FALSE(people->first().cc);

    ASSERT_TRUE((*upgraded)->cases().setInvolvedOrganizations(
        1, {{1, QStringLiteral("seller"), 0}, {2, QStringLiteral("installer"), 1}}));
    involved = (*upgraded)->cases().involvedOrganizations(1);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved, (QList<CaseOrganization>{{1, QStringLiteral("seller"), 0},
                                                  {2, QStringLiteral("installer"), 1}}));
}

} // namespace

TEST(MigrationTest, AFailingStepRollsBackWholeAndKeepsTheEarlierVersion)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    auto failed = Workspace::open(file, clock, {withFailingStep(), 5000});
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.message().contains(QStringLiteral("could not be upgraded")));

    auto reopened = Workspace::open(file, clock);
    ASSERT_TRUE(reopened) << reopened.message().toStdString();
    EXPECT_EQ((*reopened)->schemaVersion(), schema::currentVersion());
    EXPECT_FALSE(tableExists(**reopened, QStringLiteral("half_done")));
    EXPECT_TRUE(tableExists(**reopened, QStringLiteral("cases")));
}

// A new file whose first step failed is removed again: an empty file left behind would be
// refused as "empty (0 bytes)" the next time.
TEST(MigrationTest, AFailingFirstStepLeavesNoFileBehind)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    MigrationList broken{{1,
                          {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                           QStringLiteral("CREATE TABLE cases (nonsense")}}};
    ASSERT_FALSE(Workspace::open(file, clock, {broken, 5000}));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    auto reopened = Workspace::open(file, clock);
    ASSERT_TRUE(reopened) << reopened.message().toStdString();
    EXPECT_TRUE(tableExists(**reopened, QStringLiteral("cases")));
}

TEST(MigrationTest, UpgradesStepByStepFromAnOlderVersion)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    ASSERT_TRUE(Workspace::open(file, clock));
    auto steps = schema::migrations(SqlDialect(SqlDialect::Engine::Sqlite));
    steps.push_back({schema::currentVersion() + 1,
                     {QStringLiteral("CREATE TABLE later_feature (id INTEGER PRIMARY KEY)")}});
    auto upgraded = Workspace::open(file, clock, {steps, 5000});
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion() + 1);
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("later_feature")));
}

TEST(MigrationTest, AVersionOneWorkspaceIsUpgradedToTheCurrentSchema)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    ASSERT_TRUE(Workspace::open(file, clock, {stepsUpTo(1), 5000}));
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("entries_by_contact_time")));
    EXPECT_FALSE(tableExists(**upgraded, QStringLiteral("entries_by_contact")));
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("cases_by_activity_or_opening")));
}

TEST(MigrationTest, TheCasesListsFirstPageIsReadFromAnIndexWithoutSortingEveryCase)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    auto opened = Workspace::open(dir.filePath(QStringLiteral("w.leverage")), clock);
    ASSERT_TRUE(opened);
    // The default order of CaseRepository::page (CaseQuery's last activity, newest first).
    QSqlQuery plan((*opened)->database());
    ASSERT_TRUE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT c.id, o.name FROM cases c LEFT JOIN organizations o ON o.id = "
        "c.organization_id ORDER BY coalesce(c.last_activity_at, c.opened_at, 0) DESC, c.id DESC "
        "LIMIT 200 OFFSET 0")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString all = steps.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("cases_by_activity_or_opening"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("TEMP B-TREE"))) << all.toStdString();
}

// Schema 4 adds the rest of a vCard to contacts: a contact from before keeps every field and
// reads the new ones empty; the new ones are then stored.
TEST(MigrationTest, AVersionThreeContactGainsTheVCardDetails)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(3), 5000});
        ASSERT_TRUE(old);
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO contacts (uuid, created_at, updated_at, name, direct_line, email) "
            "VALUES ('u1', 0, 0, 'Ada Lovelace', '+1 555 0100', 'ada@example.org')")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    auto people = (*upgraded)->contacts().forOrganization(0);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 1);
    Contact ada = people->first();
    EXPECT_EQ(ada.directLine, QStringLiteral("+1 555 0100"));
    EXPECT_EQ(ada.email, QStringLiteral("ada@example.org"));
    EXPECT_TRUE(ada.otherPhones.isEmpty());
    EXPECT_TRUE(ada.addresses.isEmpty());
    ada.givenName = QStringLiteral("Ada");
    ada.familyName = QStringLiteral("Lovelace");
    ada.otherPhones = {
        {QStringLiteral("cell"), QStringLiteral("+1 555 0199"), QStringLiteral("7")}};
    ada.addresses = {{QStringLiteral("home"),
                      {},
                      {},
                      QStringLiteral("12 St James's Square"),
                      QStringLiteral("London"),
                      {},
                      QStringLiteral("SW1Y 4JH"),
                      QStringLiteral("United Kingdom")}};
    ada.urls = {QStringLiteral("https://example.org/ada")};
    ada.categories = {QStringLiteral("Mathematics")};
    ASSERT_TRUE((*upgraded)->contacts().update(ada));
    auto stored = (*upgraded)->contacts().get(ada.meta.id);
    ASSERT_TRUE(stored);
    ada.meta = stored->meta;
    EXPECT_EQ(*stored, ada);
}

// Schema 5 (escalation path): a step from before keeps its data and reads "reached" as not
// recorded; the moment a level is reached is then stored.
TEST(MigrationTest, AVersionFourEscalationStepGainsWhenItWasReached)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(4), 5000});
        ASSERT_TRUE(old);
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO cases (uuid, created_at, updated_at, title, status) "
                                  "VALUES ('c1', 0, 0, 'Refund', 'open')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO escalation_steps (uuid, created_at, updated_at, case_id, position, "
            "level, status, done_at, done_offset, note) "
            "VALUES ('s1', 0, 0, 1, 0, 'front_line', 'done', 1700000000000, -18000, 'kept')")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    auto steps = (*upgraded)->escalation().forCase(1);
    ASSERT_TRUE(steps);
    ASSERT_EQ(steps->size(), 1);
    auto step = steps->first();
    EXPECT_EQ(step.note, QStringLiteral("kept"));
    EXPECT_EQ(step.status, EscalationStatus::Done);
    EXPECT_EQ(step.doneAt.utcMs, 1700000000000);
    EXPECT_TRUE(step.reachedAt.isNull());
    step.reachedAt = Instant::fromDateTime(clock.now());
    ASSERT_TRUE((*upgraded)->escalation().update(step));
    EXPECT_EQ((*upgraded)->escalation().get(step.meta.id)->reachedAt, step.reachedAt);
}

// Issue 14, time and who: promises and follow-ups of a version-4 workspace gain a due form
// (kept as the moment they were), a window's opening, and who will act.
TEST(MigrationTest, AVersionFourPromiseAndFollowUpGainTheirDueWindowAsMoments)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(4), 5000});
        ASSERT_TRUE(old);
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO cases (uuid, created_at, updated_at, title, status) "
                                  "VALUES ('c1', 0, 0, 'Refund', 'open')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO commitments (uuid, created_at, updated_at, case_id, what, made_at, "
            "due_at, due_offset, status) VALUES ('p1', 0, 0, 1, 'File it', 1000, 7200000, "
            "-18000, 'pending')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO follow_ups (uuid, created_at, updated_at, case_id, what, due_at, "
            "due_offset) VALUES ('f1', 0, 0, 1, 'Call back', 3600000, -18000)")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    auto promises = (*upgraded)->commitments().forCase(1);
    ASSERT_TRUE(promises);
    ASSERT_EQ(promises->size(), 1);
    auto promise = promises->first();
    EXPECT_EQ(promise.what, QStringLiteral("File it"));
    EXPECT_EQ(promise.due(), DueWindow::moment(Instant::fromUtcMs(7200000, -18000)));
    EXPECT_EQ(promise.actorId, 0);
    promise.setDue(DueWindow::window(Instant::fromUtcMs(3600000, -18000),
                                     Instant::fromUtcMs(7200000, -18000)));
    promise.actorName = QStringLiteral("The supervisor");
    ASSERT_TRUE((*upgraded)->commitments().update(promise));
    EXPECT_EQ((*upgraded)->commitments().get(promise.meta.id)->due(), promise.due());
    auto followUps = (*upgraded)->followUps().forCase(1);
    ASSERT_TRUE(followUps);
    ASSERT_EQ(followUps->size(), 1);
    EXPECT_EQ(followUps->first().due(), DueWindow::moment(Instant::fromUtcMs(3600000, -18000)));
}

// Schema 9 (search, issue 20): a version-8 workspace gains search_facets, the narrow table the
// filters read; its index is marked to be built again, and once built a filtered search
// finds the existing entry, which stays as it was.
TEST(MigrationTest, AVersionEightWorkspaceGainsTheSearchFiltersTableAndItsIndexIsBuiltAgain)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(8), 5000});
        ASSERT_TRUE(old);
        // This build's steps 6 and 8 make search_facets and the triggers that fill it;
        // Leverage 8 made neither.
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'search\\_%' ESCAPE '\\'")));
        QStringList triggers;
        while (q.next())
            triggers << q.value(0).toString();
        EXPECT_FALSE(triggers.isEmpty());
        for (const auto &trigger : triggers)
            ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)));
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE search_facets")));
        addVersionFiveCaseAndEntry(q);
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("search_facets")));
    SearchIndex index(**upgraded);
    EXPECT_FALSE(*index.isCurrent());
    ASSERT_TRUE(index.rebuild());
    EXPECT_TRUE(*index.isCurrent());
    EXPECT_EQ(*index.differences(), 0);

    SearchQuery query;
    query.clauses << SearchClause{{SearchTerm{SearchTerm::Form::Word, QStringLiteral("refund")}},
                                  false};
    query.channels << QStringLiteral("call");
    const auto calls = index.search(query, 10);
    ASSERT_TRUE(calls) << calls.message().toStdString();
    ASSERT_EQ(calls->size(), 1);
    EXPECT_EQ(calls->first().kind, SearchKind::Entry);
    query.channels = {QStringLiteral("email")};
    EXPECT_TRUE(index.search(query, 10)->isEmpty());
    EXPECT_EQ((*upgraded)->timeline().get(1)->summary, QStringLiteral("Promised a refund"));
}

// Schema 9, outcomes (issue 22): a version-8 workspace, on either engine, gains the per-case
// sums filled from its entries and promises (exact, by hand: two calls of 600 s and 300 s with
// 120 s and 60 s on hold, with Dana twice, an e-mail with nobody, efforts 2 and 4, a promise
// kept and one broken), and the table of out-of-pocket costs; a write after the upgrade keeps
// the sums.
TEST(MigrationTest, AVersionEightWorkspaceGainsItsCaseSumsAndTheCostsTable)
{
    const auto check = [](Workspace &upgraded) {
        EXPECT_EQ(upgraded.schemaVersion(), schema::currentVersion());
        QSqlQuery q(upgraded.database());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT calls, emails, call_seconds, hold_seconds, effort_sum, effort_count, people, "
            "promises_kept, promises_broken FROM case_figures ORDER BY case_id")));
        ASSERT_TRUE(q.next());
        QStringList values;
        for (int i = 0; i < 9; ++i)
            values << q.value(i).toString();
        EXPECT_EQ(values.join(QLatin1Char(' ')), QStringLiteral("2 1 900 180 6 2 1 1 1"));
        ASSERT_TRUE(q.next()); // the second case: nothing yet
        EXPECT_EQ(q.value(0).toInt() + q.value(6).toInt(), 0);
        EXPECT_EQ(*casefigures::differences(upgraded), 0);
        TimelineEntry call;
        call.caseId = 2;
        call.channel = Channel::Call;
        call.durationSeconds = 60;
        call.occurredAt = Instant::fromUtcMs(1000, 0);
        ASSERT_TRUE(upgraded.timeline().add(call));
        EXPECT_EQ(*casefigures::differences(upgraded), 0);
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO case_costs (case_id, amount_minor, "
                                          "currency, what) VALUES (1, 340, 'USD', 'Postage')")));
    };
    const auto fill = [](Workspace &old) {
        Contact dana;
        dana.name = QStringLiteral("Dana");
        ASSERT_TRUE(old.contacts().add(dana));
        for (const char *title : {"Refund", "Fee"}) {
            Case c;
            c.title = QString::fromLatin1(title);
            ASSERT_TRUE(old.cases().add(c));
        }
        const struct
        {
            Channel channel;
            int seconds, hold, effort;
            RowId contact;
        } entries[] = {{Channel::Call, 600, 120, 2, dana.meta.id},
                       {Channel::Call, 300, 60, 4, dana.meta.id},
                       {Channel::Email, 0, 0, 0, 0}};
        for (const auto &e : entries) {
            TimelineEntry entry;
            entry.caseId = 1;
            entry.channel = e.channel;
            entry.durationSeconds = e.seconds;
            entry.holdSeconds = e.hold;
            entry.effort = e.effort ? std::optional<int>(e.effort) : std::nullopt;
            entry.contactId = e.contact;
            entry.occurredAt = Instant::fromUtcMs(1000, 0);
            ASSERT_TRUE(old.timeline().add(entry));
        }
        for (auto status :
             {CommitmentStatus::Kept, CommitmentStatus::Broken, CommitmentStatus::Pending}) {
            Commitment promise;
            promise.caseId = 1;
            promise.what = QStringLiteral("Call back");
            promise.status = status;
            ASSERT_TRUE(old.commitments().add(promise));
        }
    };
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(8), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("case_figures")));
        fill(**old);
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    check(**upgraded);

    auto &server = leverage::testing::PostgresServer::instance();
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    const auto address = server.newEmptyDatabase();
    {
        auto old = Workspace::openServer(address, clock,
                                         {stepsUpTo(8, SqlDialect::Engine::Postgres), 5000});
        ASSERT_TRUE(old) << old.message().toStdString();
        fill(**old);
    }
    auto onServer = Workspace::openServer(address, clock);
    ASSERT_TRUE(onServer) << onServer.message().toStdString();
    check(**onServer);
}

// Version 10, evidence (issue 21): a version-9 workspace gains the table of time-stamps; its
// rows and its hash chain keep what they had, and a stamp is kept and read back (on both
// engines: the token is bytes, {blob}).
TEST(MigrationTest, AVersionNineWorkspaceGainsItsTimeStamps)
{
    const auto fill = [](Workspace &old) {
        Case c;
        c.title = QStringLiteral("Dishwasher refund");
        ASSERT_TRUE(old.cases().add(c));
        TimelineEntry call;
        call.caseId = c.meta.id;
        call.channel = Channel::Call;
        call.summary = QStringLiteral("Promised a refund");
        call.occurredAt = Instant::fromUtcMs(1000, 0);
        ASSERT_TRUE(old.timeline().add(call));
    };
    const auto check = [](Workspace &upgraded, const QString &headBefore) {
        EXPECT_EQ(upgraded.schemaVersion(), schema::currentVersion());
        EXPECT_EQ(upgraded.timeline().get(1)->summary, QStringLiteral("Promised a refund"));
        EXPECT_EQ(*upgraded.seals().head(), headBefore);
        TimeStampRepository stamps(upgraded);
        auto head = stamps.head();
        ASSERT_TRUE(head);
        EXPECT_EQ(head->seal, headBefore);
        TimeStampRepository::Stamp stamp{0,
                                         1,
                                         head->sealId,
                                         head->seal,
                                         QStringLiteral("http://tsa.example/"),
                                         QByteArray("\x30\x00\xff", 3),
                                         5000,
                                         Instant::fromUtcMs(4000, -18000)};
        auto id = stamps.add(stamp);
        ASSERT_TRUE(id) << id.message().toStdString();
        auto kept = stamps.list(1);
        ASSERT_TRUE(kept);
        ASSERT_EQ(kept->size(), 1);
        EXPECT_EQ(kept->first().token, stamp.token);
        EXPECT_EQ(kept->first().head, headBefore);
        EXPECT_EQ(kept->first().stampedAt.offsetSeconds, -18000);
        EXPECT_TRUE(SealVerifier::verify(upgraded)->intact());
    };
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    QString head;
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(9), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("time_stamps")));
        fill(**old);
        head = *(*old)->seals().head();
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("time_stamps")));
    check(**upgraded, head);

    auto &server = leverage::testing::PostgresServer::instance();
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    const auto address = server.newEmptyDatabase();
    {
        auto old = Workspace::openServer(address, clock,
                                         {stepsUpTo(9, SqlDialect::Engine::Postgres), 5000});
        ASSERT_TRUE(old) << old.message().toStdString();
        fill(**old);
        head = *(*old)->seals().head();
    }
    auto onServer = Workspace::openServer(address, clock);
    ASSERT_TRUE(onServer) << onServer.message().toStdString();
    check(**onServer, head);
}

// Version 11, search (issue 20): a version-10 workspace gains the filters' index on (tag,
// time), on either engine (search_facets on a file, search_docs on a server); its entry keeps
// its data and a search of filters alone finds it, newest first, through the index.
TEST(MigrationTest, AVersionTenWorkspaceGainsTheSearchFiltersIndex)
{
    const auto fill = [](Workspace &old) {
        Case c;
        c.title = QStringLiteral("Dishwasher refund");
        ASSERT_TRUE(old.cases().add(c));
        qint64 atMs = 0;
        for (const auto channel : {Channel::Call, Channel::Email, Channel::Call}) {
            TimelineEntry entry;
            entry.caseId = c.meta.id;
            entry.channel = channel;
            entry.summary = QStringLiteral("Promised a refund");
            entry.occurredAt = Instant::fromUtcMs(atMs += 1000, 0);
            ASSERT_TRUE(old.timeline().add(entry));
        }
    };
    const auto check = [](Workspace &upgraded, const QString &indexQuery) {
        EXPECT_EQ(upgraded.schemaVersion(), schema::currentVersion());
        QSqlQuery q(upgraded.database());
        ASSERT_TRUE(q.exec(indexQuery));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
        EXPECT_EQ(upgraded.timeline().get(3)->summary, QStringLiteral("Promised a refund"));
        SearchQuery calls;
        calls.channels << QStringLiteral("call");
        SearchIndex index(upgraded);
        const auto hits = index.search(calls, 10);
        ASSERT_TRUE(hits) << hits.message().toStdString();
        ASSERT_EQ(hits->size(), 2);
        EXPECT_EQ(hits->at(0).id, 3);
        EXPECT_EQ(hits->at(1).id, 1);
    };
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(10), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("search_facets_by_tag")));
        fill(**old);
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    check(**upgraded, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                     "AND name = 'search_facets_by_tag'"));

    auto &server = leverage::testing::PostgresServer::instance();
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    const auto address = server.newEmptyDatabase();
    {
        auto old = Workspace::openServer(address, clock,
                                         {stepsUpTo(10, SqlDialect::Engine::Postgres), 5000});
        ASSERT_TRUE(old) << old.message().toStdString();
        fill(**old);
    }
    auto onServer = Workspace::openServer(address, clock);
    ASSERT_TRUE(onServer) << onServer.message().toStdString();
    check(**onServer, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                     "'search_docs_by_tag'"));
}
