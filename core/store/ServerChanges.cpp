#include "core/store/ServerChanges.h"

#include "core/store/SqlDialect.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QSqlDriver>
#include <QVariant>

namespace leverage {

QStringList ServerChanges::schemaStatements(const SqlDialect &dialect, const QStringList &tables)
{
    if (dialect.engine() != SqlDialect::Engine::Postgres)
        return {};
    QStringList statements{
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION leverage_announce_change() RETURNS trigger LANGUAGE "
            "plpgsql "
            "AS $$ DECLARE r jsonb; BEGIN "
            "IF coalesce(current_setting('leverage.quiet', true), '') = 'on' THEN RETURN NULL; END "
            "IF; "
            "r := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END); "
            "PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || left(TG_OP, 1) || ' ' || (r->>'id') "
            "|| ' ' || coalesce(r->>'case_id', '0')); RETURN NULL; END $$")
            .arg(QLatin1String(kChannel))};
    for (const auto &table : tables)
        statements << QStringLiteral("CREATE TRIGGER %1_announce AFTER INSERT OR UPDATE OR "
                                     "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                     "leverage_announce_change()")
                          .arg(table);
    return statements;
}

QString ServerChanges::quietTransaction(const SqlDialect &dialect)
{
    return dialect.engine() == SqlDialect::Engine::Postgres
               ? QStringLiteral("SET LOCAL leverage.quiet = 'on'")
               : QString();
}

void ServerChanges::listen(Workspace &workspace)
{
    auto *driver = workspace.database().driver();
    if (!driver->subscribeToNotification(QLatin1String(kChannel))) {
        logging::get("store")->warn("live updates are off: the server refused LISTEN");
        return;
    }
    Workspace *target = &workspace;
    QObject::connect(
        driver, &QSqlDriver::notification, target,
        [target](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
            // Our own changes were announced after their commit already.
            if (source == QSqlDriver::OtherSource)
                announce(*target, payload.toString());
        });
}

void ServerChanges::announce(Workspace &workspace, const QString &payload)
{
    const auto parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 4)
        return;
    const auto &table = parts.at(0);
    const QChar op = parts.at(1).isEmpty() ? QChar() : parts.at(1).at(0);
    const RowId id = parts.at(2).toLongLong();
    const RowId caseId = parts.at(3).toLongLong();
    using RowSignal = void (Workspace::*)(RowId);
    using CaseRowSignal = void (Workspace::*)(RowId, RowId);
    const auto pick = [op](auto added, auto changed, auto removed) {
        return op == u'I' ? added : op == u'U' ? changed : removed;
    };
    RowSignal rowSignal = nullptr;
    CaseRowSignal caseRowSignal = nullptr;
    if (table == QLatin1String("cases"))
        rowSignal = pick(&Workspace::caseAdded, &Workspace::caseChanged, &Workspace::caseRemoved);
    else if (table == QLatin1String("organizations"))
        rowSignal = pick(&Workspace::organizationAdded, &Workspace::organizationChanged,
                         &Workspace::organizationRemoved);
    else if (table == QLatin1String("contacts"))
        rowSignal =
            pick(&Workspace::contactAdded, &Workspace::contactChanged, &Workspace::contactRemoved);
    else if (table == QLatin1String("timeline_entries"))
        caseRowSignal =
            pick(&Workspace::entryAdded, &Workspace::entryChanged, &Workspace::entryRemoved);
    else if (table == QLatin1String("commitments"))
        caseRowSignal = pick(&Workspace::commitmentAdded, &Workspace::commitmentChanged,
                             &Workspace::commitmentRemoved);
    else if (table == QLatin1String("follow_ups"))
        caseRowSignal = pick(&Workspace::followUpAdded, &Workspace::followUpChanged,
                             &Workspace::followUpRemoved);
    else if (table == QLatin1String("escalation_steps"))
        caseRowSignal = pick(&Workspace::escalationStepAdded, &Workspace::escalationStepChanged,
                             &Workspace::escalationStepRemoved);
    else if (table == QLatin1String("attachments"))
        caseRowSignal = pick(&Workspace::attachmentAdded, &Workspace::attachmentChanged,
                             &Workspace::attachmentRemoved);
    if (rowSignal)
        Q_EMIT(workspace.*rowSignal)(id);
    else if (caseRowSignal)
        Q_EMIT(workspace.*caseRowSignal)(caseId, id);
}

} // namespace leverage
