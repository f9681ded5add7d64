// The features' tables as each schema version brought them (clocks, letters, search, evidence,
// outcomes, team): an older workspace gains them and keeps its rows.
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
using leverage::testing::addVersionSevenLetter;
using leverage::testing::stepsUpTo;
using leverage::testing::tableExists;
using leverage::testing::testNow;
using leverage::testing::wordSearch;

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
        addVersionSevenLetter(q);
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
    const auto participant = wordSearch(QStringLiteral("adeyemi"));
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
    const auto letter = index.search(wordSearch(QStringLiteral("chargeback")), 10);
    ASSERT_TRUE(letter);
    ASSERT_EQ(letter->size(), 1);
    EXPECT_EQ(letter->first().kind, SearchKind::Letter);
    EXPECT_EQ(letter->first().id, 1);
    EXPECT_FALSE(letter->first().snippet.contains(QLatin1Char('<')));
    EXPECT_TRUE(index.search(wordSearch(QStringLiteral("margin")), 10)->isEmpty());
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
        auto old = Workspace::openServer(address, clock,
                                         {stepsUpTo(7, SqlDialect::Engine::Postgres), 5000});
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
