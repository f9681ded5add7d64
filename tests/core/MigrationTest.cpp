#include "core/letters/LetterKind.h"
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
#include "tests/support/PostgresServer.h"
#include "tests/support/TestWorkspace.h"

#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::testNow;

namespace {

bool tableExists(Workspace &workspace, const QString &table)
{
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), table);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

// The schema as an older Leverage had it: the steps up to `version`.
MigrationList stepsUpTo(int version)
{
    auto steps = schema::migrations(SqlDialect(SqlDialect::Engine::Sqlite));
    steps.resize(std::size_t(version));
    EXPECT_EQ(steps.back().toVersion, version);
    return steps;
}

// A case and its entry as a version-5 Leverage wrote them (raw SQL in a test only).
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

// Schema 6, clocks (issue 19): a version-5 case gains an empty jurisdiction and sector and
// keeps its data; the trigger and rule tables are there and take rows.
TEST(MigrationTest, AVersionFiveCaseGainsAJurisdictionAndClockTables)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(5), 5000});
        ASSERT_TRUE(old);
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO cases (uuid, created_at, updated_at, title, status, reference) "
            "VALUES ('c1', 0, 0, 'Card refund', 'open', 'ACC-1')")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    EXPECT_EQ((*upgraded)->cases().get(1)->reference, QStringLiteral("ACC-1"));
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("clock_triggers")));
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("clock_rules")));
    CaseJurisdictionRepository places(**upgraded);
    EXPECT_EQ(*places.get(1), clocks::CaseJurisdiction{});
    const auto set = places.set(1, {QStringLiteral("GB"), {}, QStringLiteral("finance")});
    ASSERT_TRUE(set) << set.message().toStdString();
    EXPECT_EQ(places.get(1)->country, QStringLiteral("GB"));
    EXPECT_EQ((*upgraded)->cases().get(1)->title, QStringLiteral("Card refund"));
    clocks::ClockTrigger trigger;
    trigger.caseId = 1;
    trigger.event = QStringLiteral("complaint");
    trigger.receivedOn = QDate(2026, 3, 3);
    ClockTriggerRepository triggers(**upgraded);
    ASSERT_TRUE(triggers.add(trigger));
    EXPECT_EQ(triggers.forCase(1)->first().receivedOn, QDate(2026, 3, 3));
}

// Version 6, letters (issue 18): a version-5 workspace gains the settings, case numbers,
// templates and letters tables; its cases keep their data and can have letters.
TEST(MigrationTest, AVersionFiveWorkspaceGainsTheLettersTables)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(5), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("letters")));
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO cases (uuid, created_at, updated_at, title, "
                                          "reference, status) VALUES ('c1', 0, 0, 'Refund', "
                                          "'Order 77', 'open')")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    for (const auto *table : {"settings", "case_numbers", "letter_templates", "letters"})
        EXPECT_TRUE(tableExists(**upgraded, QString::fromLatin1(table))) << table;
    auto kept = (*upgraded)->cases().get(1);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->title, QStringLiteral("Refund"));
    EXPECT_EQ(kept->reference, QStringLiteral("Order 77"));
    QSqlQuery q((*upgraded)->database());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO letters (uuid, created_at, updated_at, case_id, "
                                      "kind, tone) VALUES ('l1', 0, 0, 1, 'complaint', 'firm')")));
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT state, channel FROM letters")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("draft"));
}

// Schema 6 (search, issue 20): a version-5 workspace gains the full-text index, marked to be
// built (the window builds it with its progress shown); built, it holds the existing rows,
// which stay as they were.
TEST(MigrationTest, AVersionFiveWorkspaceGainsASearchIndexOfItsExistingRows)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(5), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("search_text")));
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO cases (uuid, created_at, updated_at, title, reference, status) VALUES "
            "('c1', 0, 0, 'Lost bag', 'AT-4471', 'open')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO timeline_entries (uuid, created_at, updated_at, case_id, channel, "
            "occurred_at, occurred_offset, person_name, summary, notes) VALUES ('e1', 0, 0, 1, "
            "'call', 1000, 0, 'Jürgen Müller', 'Claim', 'pre-authorised')")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("search_text")));
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("search_grams")));
    SearchIndex index(**upgraded);
    EXPECT_FALSE(*index.isCurrent());
    ASSERT_TRUE(index.rebuild());
    EXPECT_TRUE(*index.isCurrent());
    QSqlQuery q((*upgraded)->database());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT rowid FROM search_text WHERE search_text MATCH 'muller AND authorised'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1 * 8 + 2); // entry 1
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT rowid FROM search_grams WHERE search_grams MATCH 'refs : 4471'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1 * 8 + 1); // case 1
    EXPECT_EQ((*upgraded)->timeline().get(1)->personName, QStringLiteral("Jürgen Müller"));
}

// Schema 8 (search, issue 20): a version-7 workspace gains the saved searches and its
// letters' plain text; its index is marked to be built again (letters and participants are
// indexed now), and once built finds a participant and a letter's words, not its HTML.
TEST(MigrationTest, AVersionSevenWorkspaceGainsSavedSearchesAndItsIndexIsBuiltAgain)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(7), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("saved_searches")));
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO cases (uuid, created_at, updated_at, title, "
                                          "reference, status) VALUES ('c1', 0, 0, 'Lost bag', "
                                          "'AT-4471', 'open')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO timeline_entries (uuid, created_at, updated_at, case_id, channel, "
            "occurred_at, occurred_offset, person_name, summary, notes) VALUES ('e1', 0, 0, 1, "
            "'call', 1000, 0, 'Dana', 'Claim', 'three on the line')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO entry_participants (entry_id, name) VALUES (1, 'Oluwaseun Adeyemi')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO letters (uuid, created_at, updated_at, case_id, kind, tone, subject, "
            "body) VALUES ('l1', 0, 0, 1, 'complaint', 'firm', 'Formal complaint', "
            "'<html><head><style>p { margin: 0px; }</style></head><body><p>I ask for a "
            "<b>chargeback</b>.</p></body></html>')")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("saved_searches")));
    SavedSearch saved;
    saved.name = QStringLiteral("Chargebacks");
    saved.query = QStringLiteral("chargeback");
    const auto added = SavedSearches::of(**upgraded).add(saved);
    ASSERT_TRUE(added) << added.message().toStdString();
    EXPECT_EQ(SavedSearches::of(**upgraded).list()->size(), 1);
    EXPECT_EQ(LetterRepository(**upgraded).get(1)->subject, QStringLiteral("Formal complaint"));

    SearchIndex index(**upgraded);
    EXPECT_FALSE(*index.isCurrent());
    SearchQuery participant;
    participant.clauses << SearchClause{
        {SearchTerm{SearchTerm::Form::Word, QStringLiteral("adeyemi")}}, false};
    const auto notReady = index.search(participant, 10);
    ASSERT_FALSE(notReady);
    EXPECT_TRUE(notReady.message().contains(QStringLiteral("not ready")));

    ASSERT_TRUE(index.rebuild());
    EXPECT_TRUE(*index.isCurrent());
    EXPECT_EQ(*index.differences(), 0);
    const auto byParticipant = index.search(participant, 10);
    ASSERT_TRUE(byParticipant);
    ASSERT_EQ(byParticipant->size(), 1);
    EXPECT_EQ(byParticipant->first().kind, SearchKind::Entry);
    SearchQuery words;
    words.clauses << SearchClause{
        {SearchTerm{SearchTerm::Form::Word, QStringLiteral("chargeback")}}, false};
    const auto letter = index.search(words, 10);
    ASSERT_TRUE(letter);
    ASSERT_EQ(letter->size(), 1);
    EXPECT_EQ(letter->first().kind, SearchKind::Letter);
    EXPECT_EQ(letter->first().id, 1);
    EXPECT_FALSE(letter->first().snippet.contains(QLatin1Char('<')));
    SearchQuery html;
    html.clauses << SearchClause{{SearchTerm{SearchTerm::Form::Word, QStringLiteral("margin")}},
                                 false};
    EXPECT_TRUE(index.search(html, 10)->isEmpty());
}

// An empty version-7 workspace has nothing to index: its index is current at once.
TEST(MigrationTest, AnEmptyVersionSevenWorkspacesIndexIsCurrentAtOnce)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    ASSERT_TRUE(Workspace::open(file, clock, {stepsUpTo(7), 5000}));
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_TRUE(*SearchIndex(**upgraded).isCurrent());
}

// Issue 21 (evidence): a version-5 workspace gains the attachment, blob, mail and seal tables;
// its entries and commitments keep their data and are sealed as they were, so the first
// verification finds the record intact.
TEST(MigrationTest, AVersionFiveWorkspaceGainsEvidenceAndItsRowsAreSealed)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(5), 5000});
        ASSERT_TRUE(old);
        QSqlQuery q((*old)->database());
        addVersionFiveCaseAndEntry(q);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO commitments (uuid, created_at, updated_at, case_id, what, status) "
            "VALUES ('p1', 0, 0, 1, 'Refund', 'pending')")));
        EXPECT_FALSE(tableExists(**old, QStringLiteral("seals")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    for (const char *table : {"blobs", "blob_chunks", "attachments", "mail_messages", "seals"})
        EXPECT_TRUE(tableExists(**upgraded, QString::fromLatin1(table))) << table;
    EXPECT_EQ((*upgraded)->timeline().get(1)->summary, QStringLiteral("Promised a refund"));
    EXPECT_EQ((*upgraded)->commitments().get(1)->what, QStringLiteral("Refund"));
    EXPECT_EQ(*(*upgraded)->seals().count(), 2);
    auto report = SealVerifier::verify(**upgraded);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
}

// Schema 8 (evidence, issue 21): the seals of a version-7 workspace keep format 1 and still
// verify; a write after the upgrade is sealed in format 2, whose seal covers the row's links.
TEST(MigrationTest, AVersionSevenWorkspacesSealsStillVerifyAndNewSealsCoverLinks)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        // Rows written before sealing began, sealed by the step to schema 6 (format 1).
        auto old = Workspace::open(file, clock, {stepsUpTo(5), 5000});
        ASSERT_TRUE(old);
        QSqlQuery q((*old)->database());
        addVersionFiveCaseAndEntry(q);
    }
    {
        auto seventh = Workspace::open(file, clock, {stepsUpTo(7), 5000});
        ASSERT_TRUE(seventh) << seventh.message().toStdString();
        EXPECT_EQ(*(*seventh)->seals().count(), 1);
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    auto history = (*upgraded)->seals().history(QStringLiteral("timeline_entries"), 1);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().format, 1);
    EXPECT_EQ((*upgraded)->timeline().get(1)->summary, QStringLiteral("Promised a refund"));
    auto report = SealVerifier::verify(**upgraded);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());

    auto entry = (*upgraded)->timeline().get(1);
    entry->summary = QStringLiteral("Promised a refund by Friday");
    ASSERT_TRUE((*upgraded)->timeline().update(*entry));
    history = (*upgraded)->seals().history(QStringLiteral("timeline_entries"), 1);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->last().format, SealChain::kFormat);
    EXPECT_EQ(history->last().links, QStringLiteral("NULL"));
    report = SealVerifier::verify(**upgraded);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
}

// Schema 7 (outcomes, issue 22): a version-6 workspace gains the outcome tables; its cases
// keep their data, and a case's outcome goes with the case when it is removed.
TEST(MigrationTest, AVersionSixWorkspaceGainsTheOutcomeTables)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(6), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("case_outcomes")));
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO cases (uuid, created_at, updated_at, title, status, "
                                  "amount_sought_cents, currency) VALUES ('c1', 0, 0, 'Refund', "
                                  "'closed', 4200, 'EUR')")));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    for (const char *table : {"case_outcomes", "outcome_items"})
        EXPECT_TRUE(tableExists(**upgraded, QString::fromLatin1(table))) << table;
    auto kept = (*upgraded)->cases().get(1);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->status, CaseStatus::Closed);
    EXPECT_EQ(kept->amountSoughtCents, 4200);
    EXPECT_EQ(kept->currency, QStringLiteral("EUR"));
    QSqlQuery q((*upgraded)->database());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO case_outcomes (case_id, outcome, closed_at, "
                                      "updated_at) VALUES (1, 'money', 0, 0)")));
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO outcome_items (case_id, kind, amount_minor, "
                                      "currency) VALUES (1, 'refund', 4200, 'EUR')")));
    ASSERT_TRUE((*upgraded)->cases().remove(1));
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM case_outcomes) + "
                                      "(SELECT count(*) FROM outcome_items)")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

// Schema 8, team workspace (issue 23): a version-7 file gains case_presence and keeps its
// rows; a version-7 team workspace on a server also gains its search index, holding the rows
// written before it (found by a search at once).
TEST(MigrationTest, AVersionSevenWorkspaceGainsPresenceAndAServerItsSearchIndex)
{
    QTemporaryDir dir;
    FixedClock clock(testNow());
    const auto file = dir.filePath(QStringLiteral("w.leverage"));
    {
        auto old = Workspace::open(file, clock, {stepsUpTo(7), 5000});
        ASSERT_TRUE(old);
        EXPECT_FALSE(tableExists(**old, QStringLiteral("case_presence")));
        Case c;
        c.title = QStringLiteral("Refund of the deposit");
        ASSERT_TRUE((*old)->cases().add(c));
    }
    auto upgraded = Workspace::open(file, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    EXPECT_TRUE(tableExists(**upgraded, QStringLiteral("case_presence")));
    EXPECT_EQ((*upgraded)->cases().get(1)->title, QStringLiteral("Refund of the deposit"));

    auto &server = leverage::testing::PostgresServer::instance();
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    const auto address = server.newEmptyDatabase();
    {
        auto steps = schema::migrations(SqlDialect(SqlDialect::Engine::Postgres));
        steps.resize(7);
        auto old = Workspace::openServer(address, clock, {steps, 5000});
        ASSERT_TRUE(old) << old.message().toStdString();
        Case c;
        c.title = QStringLiteral("Refund of the deposit");
        ASSERT_TRUE((*old)->cases().add(c));
    }
    auto onServer = Workspace::openServer(address, clock);
    ASSERT_TRUE(onServer) << onServer.message().toStdString();
    EXPECT_EQ((*onServer)->schemaVersion(), schema::currentVersion());
    SearchQuery query;
    query.clauses << SearchClause{{SearchTerm{SearchTerm::Form::Word, QStringLiteral("refunds")}},
                                  false};
    auto hits = SearchIndex(**onServer).search(query, 10);
    ASSERT_TRUE(hits) << hits.message().toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().kind, SearchKind::Case);
    EXPECT_EQ(*SearchIndex(**onServer).differences(), 0);
}
