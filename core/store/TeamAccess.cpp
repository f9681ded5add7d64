#include "core/store/TeamAccess.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QCoreApplication>

namespace leverage {
namespace {

// The rows of these tables belong to a case (case_id): one sees them when one sees the case.
const char *const kCaseRows[] = {
    "timeline_entries",
    "commitments",
    "follow_ups",
    "escalation_steps",
    "attachments",
    "letters",
    "clock_triggers",
    "case_numbers",
    "case_organizations",
    "mail_messages",
    "seals",
    "case_presence",
    // What a case was worth and cost: as private as the case itself.
    "case_outcomes",
    "outcome_items",
    "case_figures",
    "case_contact_figures",
    "case_costs",
};

// A visibility condition as a policy: every command, and a new or changed row must stay
// visible (an advocate cannot file into a private case that is not theirs).
QStringList policy(const QString &table, const QString &name, const QString &condition)
{
    return {QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table),
            QStringLiteral("CREATE POLICY %1 ON %2 USING (%3)").arg(name, table, condition)};
}

} // namespace

QStringList TeamAccess::statements()
{
    const QString advocate = QLatin1String(kAdvocate);
    const QString supervisor = QLatin1String(kSupervisor);
    const QString volunteer = QLatin1String(kVolunteer);
    QStringList sql;
    for (const auto &role : {advocate, supervisor, volunteer})
        sql << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname "
                              "= '%1') THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                   .arg(role);
    const auto everyone = QStringList{advocate, supervisor, volunteer}.join(u", ");
    const auto writers = QStringList{advocate, supervisor}.join(u", ");
    sql << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(everyone)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(everyone)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
               .arg(writers)
        << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1")
               .arg(writers)
        // The schema's version is the owner's; who works a case is the supervisors' call.
        << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON meta FROM %1").arg(writers)
        << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON case_advocates FROM %1").arg(advocate);
    // Whether a blob belongs to any attachment, seen past row-level security (a file of a
    // private case must not look like an unattached one to a volunteer).
    sql << QStringLiteral("CREATE OR REPLACE FUNCTION leverage_blob_attached(digest text) "
                          "RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
                          "SET search_path = public AS "
                          "$$ SELECT EXISTS (SELECT 1 FROM attachments WHERE sha256 = digest) $$")
        << QStringLiteral("REVOKE ALL ON FUNCTION leverage_blob_attached(text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION leverage_blob_attached(text) TO %1")
               .arg(everyone);
    sql << policy(QStringLiteral("cases"), QStringLiteral("leverage_case_visible"),
                  QStringLiteral("is_private = 0 OR pg_has_role(session_user, '%1', 'MEMBER') "
                                 "OR EXISTS (SELECT 1 FROM case_advocates a WHERE a.case_id = "
                                 "cases.id AND a.user_name = session_user)")
                      .arg(supervisor));
    // Not through cases (whose policy reads this table): one's own assignments, or all for
    // a supervisor.
    sql << policy(QStringLiteral("case_advocates"), QStringLiteral("leverage_own_assignments"),
                  QStringLiteral("user_name = session_user OR pg_has_role(session_user, '%1', "
                                 "'MEMBER')")
                      .arg(supervisor));
    for (const char *table : kCaseRows)
        sql << policy(QLatin1String(table), QStringLiteral("leverage_case_rows"),
                      QStringLiteral("EXISTS (SELECT 1 FROM cases c WHERE c.id = %1.case_id)")
                          .arg(QLatin1String(table)));
    // Rows that may stand outside a case (a draft not yet filed; a contact's or an
    // organization's search text; a time-stamp of the whole workspace's chain).
    for (const char *table : {"call_drafts", "search_docs", "time_stamps"})
        sql << policy(QLatin1String(table), QStringLiteral("leverage_case_rows"),
                      QStringLiteral("case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE "
                                     "c.id = %1.case_id)")
                          .arg(QLatin1String(table)));
    sql << policy(QStringLiteral("entry_participants"), QStringLiteral("leverage_case_rows"),
                  QStringLiteral("EXISTS (SELECT 1 FROM timeline_entries e WHERE e.id = "
                                 "entry_participants.entry_id)"))
        << policy(QStringLiteral("blobs"), QStringLiteral("leverage_case_rows"),
                  QStringLiteral("EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = "
                                 "blobs.sha256) OR NOT leverage_blob_attached(blobs.sha256)"))
        << policy(QStringLiteral("blob_chunks"), QStringLiteral("leverage_case_rows"),
                  QStringLiteral("EXISTS (SELECT 1 FROM blobs b WHERE b.id = "
                                 "blob_chunks.blob_id)"));
    return sql;
}

Status TeamAccess::setUp(Workspace &workspace)
{
    auto log = logging::get("store");
    if (!workspace.isTeamWorkspace())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "Roles and private cases are for "
                                                             "team workspaces on a server.")};
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto &sql : statements()) {
        Statement statement(workspace.database(), sql);
        if (auto status = statement.exec(); !status) {
            log->error("team access set-up failed; rolled back");
            return Error{Error::Code::Database,
                         QCoreApplication::translate(
                             "leverage", "The roles could not be set up: run this as the "
                                         "owner of the workspace's tables, with the right to "
                                         "create roles. Nothing was changed; the log has the "
                                         "details.")};
        }
    }
    if (auto status = transaction.commit(); !status)
        return status;
    log->info("team access set up: roles, privileges and row-level security");
    return {};
}

} // namespace leverage
