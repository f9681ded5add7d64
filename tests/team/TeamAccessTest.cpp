#include "core/store/TeamAccess.h"
#include "core/store/CaseRepository.h"
#include "core/store/SearchIndex.h"
#include "core/store/TimelineRepository.h"
#include "core/util/Logging.h"
#include "tests/support/LeverageProcess.h"
#include "tests/support/LoggedText.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/team/SetCaseAccessCommand.h"
#include "ui/models/undo/UndoPusher.h"
#include <QUndoStack>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::Engine;
using leverage::testing::PostgresServer;
using leverage::testing::TestWorkspace;

namespace {

// A raw connection of one login, as a person with a SQL client would have: no Leverage in
// between.
class Login
{
public:
    Login(const ServerAddress &address, const QString &user)
        : m_name(QStringLiteral("login-%1-%2").arg(user, address.database))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(address.host);
        db.setDatabaseName(address.database);
        db.setUserName(user);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Login()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // The first column of every row, or the SQLSTATE of the refusal ("42501": not allowed).
    QStringList column(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            return {QStringLiteral("refused %1").arg(query.lastError().nativeErrorCode())};
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }
    QString run(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            return query.lastError().nativeErrorCode();
        return QStringLiteral("ok, %1 rows").arg(query.numRowsAffected());
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

class TeamAccessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
        ASSERT_TRUE(TeamAccess::setUp(*ws));
        for (const auto &[login, role] :
             {std::pair{"vera", TeamAccess::kVolunteer}, std::pair{"ana", TeamAccess::kAdvocate},
              std::pair{"ben", TeamAccess::kAdvocate}, std::pair{"sam", TeamAccess::kSupervisor}}) {
            QString error;
            ASSERT_TRUE(server.administer(
                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname "
                               "= '%1') THEN CREATE ROLE %1 LOGIN IN ROLE %2; END IF; END $$")
                    .arg(QLatin1String(login), QLatin1String(role)),
                &error))
                << error.toStdString();
        }
        openCaseId = addCase(QStringLiteral("Open: refund owed"));
        privateCaseId = addCase(QStringLiteral("Private: a tenant's health"));
        QSqlQuery owner(ws->database());
        ASSERT_TRUE(owner.exec(
            QStringLiteral("UPDATE cases SET is_private = 1 WHERE id = %1").arg(privateCaseId)));
        ASSERT_TRUE(owner.exec(QStringLiteral("INSERT INTO case_advocates (case_id, user_name) "
                                              "VALUES (%1, 'ana')")
                                   .arg(privateCaseId)));
    }

    RowId addCase(const QString &title)
    {
        Case c;
        c.title = title;
        EXPECT_TRUE(ws->cases().add(c));
        TimelineEntry e;
        e.caseId = c.meta.id;
        e.occurredAt = Instant::fromDateTime(ws.clock().now());
        e.summary = title + QStringLiteral(" (first call)");
        EXPECT_TRUE(ws->timeline().add(e));
        return c.meta.id;
    }

    ServerAddress address() const { return *ServerAddress::parse(ws.path()); }
    QString privateCase() const { return QString::number(privateCaseId); }

    PostgresServer &server = PostgresServer::instance();
    TestWorkspace ws{Engine::Postgres};
    RowId openCaseId = 0;
    RowId privateCaseId = 0;
};

} // namespace

TEST_F(TeamAccessTest, AVolunteerCannotReadAPrivateCaseNorAnythingOfIt)
{
    Login vera(address(), QStringLiteral("vera"));
    ASSERT_TRUE(vera.isOpen()) << vera.error().toStdString();
    EXPECT_EQ(vera.column(QStringLiteral("SELECT title FROM cases ORDER BY id")),
              QStringList{QStringLiteral("Open: refund owed")});
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM timeline_entries WHERE case_id "
                                         "= ") +
                          privateCase()),
              QStringList{QStringLiteral("0")});
    EXPECT_EQ(
        vera.column(QStringLiteral("SELECT count(*) FROM seals WHERE case_id = ") + privateCase()),
        QStringList{QStringLiteral("0")});
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM timeline_entries")),
              QStringList{QStringLiteral("1")});
}

// Every table that holds a case's rows is filtered by the case's visibility: a table added
// later (the outcomes' sums and costs were) cannot leak a private case's figures.
TEST_F(TeamAccessTest, EveryTableWithACasesRowsIsFilteredByTheCasesVisibility)
{
    QSqlQuery owner(ws->database());
    ASSERT_TRUE(owner.exec(QStringLiteral(
        "SELECT c.relname FROM pg_class c JOIN information_schema.columns k ON k.table_name = "
        "c.relname AND k.table_schema = 'public' AND k.column_name = 'case_id' WHERE "
        "c.relkind = 'r' AND NOT c.relrowsecurity ORDER BY c.relname")));
    QStringList unfiltered;
    while (owner.next())
        unfiltered << owner.value(0).toString();
    EXPECT_TRUE(unfiltered.isEmpty()) << unfiltered.join(QStringLiteral(", ")).toStdString();

    Login vera(address(), QStringLiteral("vera"));
    ASSERT_TRUE(vera.isOpen()) << vera.error().toStdString();
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM case_figures WHERE case_id = ") +
                          privateCase()),
              QStringList{QStringLiteral("0")});
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM case_figures")),
              QStringList{QStringLiteral("1")});
}

TEST_F(TeamAccessTest, AVolunteerCannotWriteNorAlterTheSchema)
{
    Login vera(address(), QStringLiteral("vera"));
    ASSERT_TRUE(vera.isOpen()) << vera.error().toStdString();
    EXPECT_EQ(vera.run(QStringLiteral("UPDATE cases SET title = 'changed'")),
              QStringLiteral("42501"));
    EXPECT_EQ(vera.run(QStringLiteral("INSERT INTO case_advocates (case_id, user_name) VALUES "
                                      "(%1, 'vera')")
                           .arg(privateCaseId)),
              QStringLiteral("42501"));
    EXPECT_EQ(vera.run(QStringLiteral("DELETE FROM timeline_entries")), QStringLiteral("42501"));
    EXPECT_EQ(vera.run(QStringLiteral("ALTER TABLE cases ADD COLUMN mine TEXT")),
              QStringLiteral("42501"));
    EXPECT_EQ(vera.run(QStringLiteral("ALTER TABLE cases DISABLE ROW LEVEL SECURITY")),
              QStringLiteral("42501"));
    EXPECT_EQ(vera.run(QStringLiteral("DROP TABLE seals")), QStringLiteral("42501"));
    EXPECT_EQ(vera.run(QStringLiteral("CREATE TABLE mine (x INTEGER)")), QStringLiteral("42501"));
    // Nothing changed: the owner still reads both cases as they were.
    QSqlQuery owner(ws->database());
    ASSERT_TRUE(owner.exec(QStringLiteral("SELECT count(*) FROM cases WHERE title <> 'changed'")));
    ASSERT_TRUE(owner.next());
    EXPECT_EQ(owner.value(0).toInt(), 2);
}

TEST_F(TeamAccessTest, APrivateCaseIsSeenByItsAdvocateAndSupervisorsOnly)
{
    Login ana(address(), QStringLiteral("ana"));
    Login ben(address(), QStringLiteral("ben"));
    Login sam(address(), QStringLiteral("sam"));
    ASSERT_TRUE(ana.isOpen() && ben.isOpen() && sam.isOpen());
    const auto count = QStringLiteral("SELECT count(*) FROM cases");
    EXPECT_EQ(ana.column(count), QStringList{QStringLiteral("2")});
    EXPECT_EQ(sam.column(count), QStringList{QStringLiteral("2")});
    EXPECT_EQ(ben.column(count), QStringList{QStringLiteral("1")});
    // Ben cannot change what he cannot see, nor assign himself to it.
    EXPECT_EQ(ben.run(QStringLiteral("UPDATE cases SET title = 'x' WHERE id = ") + privateCase()),
              QStringLiteral("ok, 0 rows"));
    EXPECT_EQ(ben.run(QStringLiteral("INSERT INTO case_advocates (case_id, user_name) VALUES "
                                     "(%1, 'ben')")
                          .arg(privateCaseId)),
              QStringLiteral("42501"));
    // Nor file an entry into it.
    EXPECT_EQ(ben.run(QStringLiteral("INSERT INTO timeline_entries (uuid, created_at, "
                                     "updated_at, case_id, channel, occurred_at, "
                                     "occurred_offset) VALUES ('u-ben', 0, 0, %1, 'call', 0, 0)")
                          .arg(privateCaseId)),
              QStringLiteral("42501"));
}

TEST_F(TeamAccessTest, EveryWriteRecordsTheLoginThatMadeIt)
{
    auto address = this->address();
    address.user = QStringLiteral("ana");
    auto asAna = Workspace::openServer(address, ws.clock());
    ASSERT_TRUE(asAna) << asAna.message().toStdString();
    TimelineEntry e;
    e.caseId = openCaseId;
    e.occurredAt = Instant::fromDateTime(ws.clock().now());
    e.summary = QStringLiteral("Called back; refund promised");
    ASSERT_TRUE((*asAna)->timeline().add(e));
    QSqlQuery owner(ws->database());
    ASSERT_TRUE(owner.exec(
        QStringLiteral("SELECT changed_by FROM timeline_entries WHERE id = %1").arg(e.meta.id)));
    ASSERT_TRUE(owner.next());
    EXPECT_EQ(owner.value(0).toString(), QStringLiteral("ana"));
    // Even a client that writes a name of its own cannot claim to be someone else.
    Login ana(address, QStringLiteral("ana"));
    EXPECT_EQ(ana.run(QStringLiteral("UPDATE timeline_entries SET changed_by = 'sam' WHERE id "
                                     "= %1")
                          .arg(e.meta.id)),
              QStringLiteral("ok, 1 rows"));
    ASSERT_TRUE(owner.exec(
        QStringLiteral("SELECT changed_by FROM timeline_entries WHERE id = %1").arg(e.meta.id)));
    ASSERT_TRUE(owner.next());
    EXPECT_EQ(owner.value(0).toString(), QStringLiteral("ana"));
}

TEST_F(TeamAccessTest, TheTeamSetupVerbRunsAgainSafelyAndTheRulesStay)
{
    for (int run = 0; run < 2; ++run) {
        auto setup = leverage::testing::runLeverage({QStringLiteral("team-setup"), ws.path()});
        ASSERT_EQ(setup.exitCode, 0) << setup.err.toStdString();
        EXPECT_TRUE(setup.out.contains(QStringLiteral("leverage_volunteer")));
    }
    Login vera(address(), QStringLiteral("vera"));
    ASSERT_TRUE(vera.isOpen());
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM cases")),
              QStringList{QStringLiteral("1")});
    EXPECT_EQ(vera.run(QStringLiteral("DELETE FROM cases")), QStringLiteral("42501"));
}

// Private and advocates set as the case dialog does (one undo step), enforced by the server:
// the supervisor marks the open case private to Ben; the volunteer and Ana stop seeing it,
// in the cases and in search; Ana cannot assign herself; undo opens it again.
TEST_F(TeamAccessTest, PrivateAndAdvocatesFromTheWindowAreEnforcedByTheServer)
{
    auto asSam = Workspace::openServer(
        [&] {
            auto a = address();
            a.user = QStringLiteral("sam");
            return a;
        }(),
        ws.clock());
    ASSERT_TRUE(asSam) << asSam.message().toStdString();
    QUndoStack stack;
    leverage::testing::RecordingErrorReporter reporter;
    const models::UndoPusher pusher(stack, reporter);
    ASSERT_TRUE(pusher.push(std::make_unique<models::SetCaseAccessCommand>(
        **asSam, openCaseId, CaseAccess{true, {QStringLiteral("ben")}})));
    EXPECT_EQ(*models::readCaseAccess(**asSam, openCaseId),
              (CaseAccess{true, {QStringLiteral("ben")}}));

    Login vera(address(), QStringLiteral("vera"));
    ASSERT_TRUE(vera.isOpen()) << vera.error().toStdString();
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM cases")),
              QStringList{QStringLiteral("0")});
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM search_docs WHERE case_id IS NOT "
                                         "NULL")),
              QStringList{QStringLiteral("0")});
    auto anaAddress = address();
    anaAddress.user = QStringLiteral("ana");
    auto asAna = Workspace::openServer(anaAddress, ws.clock());
    ASSERT_TRUE(asAna) << asAna.message().toStdString();
    EXPECT_FALSE((*asAna)->cases().get(openCaseId));
    SearchQuery refund;
    refund.clauses << SearchClause{{SearchTerm{SearchTerm::Form::Word, QStringLiteral("refund")}},
                                   false};
    auto hits = SearchIndex(**asAna).search(refund, 10);
    ASSERT_TRUE(hits) << hits.message().toStdString();
    EXPECT_TRUE(hits->isEmpty());
    // An advocate cannot hand herself a case: the server refuses, and says whose call it is.
    const auto refused = models::UndoPusher(stack, reporter)
                             .push(std::make_unique<models::SetCaseAccessCommand>(
                                 **asAna, privateCaseId,
                                 CaseAccess{true, {QStringLiteral("ana"), QStringLiteral("ben")}}));
    EXPECT_FALSE(refused);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("supervisors")))
        << refused.message().toStdString();

    stack.undo(); // the supervisor's step
    EXPECT_EQ(*models::readCaseAccess(**asSam, openCaseId), CaseAccess{});
    EXPECT_EQ(vera.column(QStringLiteral("SELECT count(*) FROM cases")),
              QStringList{QStringLiteral("1")});
}

// A clinic's server asks each person's password (scram-sha-256, PostgreSQL 15's default):
// the volunteer's own password opens the team workspace, with the volunteer's rights; no
// password or a wrong one is refused; the password is in neither Leverage's log nor the
// server's, verbose logging included.
TEST_F(TeamAccessTest, AVolunteerLogsInWithScramAndThePasswordIsLoggedNowhere)
{
    const QString password = QStringLiteral("Pia-s3cret-Scram");
    QString error;
    ASSERT_TRUE(server.administer(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pia') "
                       "THEN CREATE ROLE pia LOGIN IN ROLE %1; END IF; END $$")
            .arg(QLatin1String(TeamAccess::kVolunteer)),
        &error))
        << error.toStdString();
    ASSERT_TRUE(server.administer(
        QStringLiteral("SET password_encryption = 'scram-sha-256'; ALTER ROLE pia PASSWORD '%1'")
            .arg(password),
        &error))
        << error.toStdString();
    ASSERT_TRUE(server.requirePassword(QStringLiteral("pia"), &error)) << error.toStdString();
    QSqlQuery owner(ws->database());
    ASSERT_TRUE(owner.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = "
                                          "'pia'")));
    ASSERT_TRUE(owner.next());
    EXPECT_TRUE(owner.value(0).toString().startsWith(QStringLiteral("SCRAM-SHA-256$")));

    QTemporaryDir logs;
    logging::setUp(logs.path(), true);
    auto pia = address();
    pia.user = QStringLiteral("pia");
    // The server reloads its rules a moment after being told to: until then trust still lets
    // a login without password in.
    bool refused = false;
    for (int attempt = 0; attempt < 50 && !refused; ++attempt) {
        refused = !Workspace::openServer(pia, ws.clock());
        if (!refused)
            QTest::qWait(100);
    }
    EXPECT_TRUE(refused) << "a login without its password was let in";
    auto wrong = pia;
    wrong.password = QStringLiteral("not-") + password;
    EXPECT_FALSE(Workspace::openServer(wrong, ws.clock()));
    pia.password = password;
    {
        auto opened = Workspace::openServer(pia, ws.clock());
        ASSERT_TRUE(opened) << opened.message().toStdString();
        auto cases = (*opened)->cases().page(CaseQuery{}, 0, 10);
        ASSERT_TRUE(cases);
        ASSERT_EQ(cases->size(), 1); // the open case; the private one stays hidden
        EXPECT_EQ(cases->first().caseData.meta.id, openCaseId);
        Case changed = cases->first().caseData;
        changed.title = QStringLiteral("changed by the volunteer");
        EXPECT_FALSE((*opened)->cases().update(changed));
    }
    logging::get("store")->flush();
    logging::setUp({}, false);
    const QByteArray logged = leverage::testing::loggedText(logs.path());
    EXPECT_FALSE(logged.isEmpty()) << "nothing was logged at all";
    EXPECT_FALSE(logged.contains(password.toUtf8()));
    EXPECT_TRUE(server.serverLog().contains("password authentication failed for user \"pia\""));
    EXPECT_FALSE(server.serverLog().contains(password.toUtf8()));
}
