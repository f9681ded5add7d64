#include "core/store/SealVerifier.h"

#include "core/store/BlobStore.h"
#include "core/store/RowScan.h"
#include "core/store/SealChain.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

namespace leverage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage::SealVerifier", text);
}

// What the chain says a row last was. The content is kept as a keyed hash, not as text: a
// million entries' notes would not fit comfortably. The key is random per run, so nobody can
// craft a changed row that matches.
struct LastSeal
{
    size_t contentHash = 0;
    RowId caseId = 0;
    RowId sealId = 0;
    bool removed = false;
    QByteArray links; // format 2: the links as sealed; empty in format 1 (not covered)
};

QString rowName(const QString &table, RowId id)
{
    if (table == QLatin1String("timeline_entries"))
        return tr("Timeline entry %1").arg(id);
    if (table == QLatin1String("commitments"))
        return tr("Commitment %1").arg(id);
    if (table == QLatin1String("attachments"))
        return tr("Attachment %1").arg(id);
    return QStringLiteral("%1 %2").arg(table).arg(id);
}

using Finding = SealVerifier::Finding;

QString linkName(const QString &column)
{
    if (column == QLatin1String("entry_id"))
        return tr("entry");
    if (column == QLatin1String("actor_id"))
        return tr("who acts");
    return tr("contact");
}

// A row's links against its seal's. A link that is NULL now where the seal names a row that
// no longer exists was cleared by the database when that row was removed: not a change. The
// first link changed otherwise is named ("" when none).
Result<QString> changedLink(Workspace &workspace, const QString &table, const QByteArray &sealed,
                            const QByteArray &now)
{
    const QStringList columns = SealChain::linkColumns(table);
    const QList<QByteArray> was = sealed.split('|');
    const QList<QByteArray> is = now.split('|');
    if (was.size() != columns.size() || is.size() != columns.size())
        return tr("links");
    for (int i = 0; i < columns.size(); ++i) {
        if (was.at(i) == is.at(i))
            continue;
        if (is.at(i) != "NULL")
            return linkName(columns.at(i));
        Statement exists(workspace.database(),
                         QStringLiteral("SELECT count(*) FROM %1 WHERE id = :id")
                             .arg(SealChain::linkTarget(columns.at(i))));
        exists.bind(QStringLiteral(":id"), was.at(i).toLongLong());
        if (auto status = exists.exec(); !status)
            return status.error();
        exists.next();
        if (exists.value(0).toInt() > 0)
            return linkName(columns.at(i));
    }
    return QString();
}

} // namespace

Result<SealVerifier::Report> SealVerifier::verify(Workspace &workspace, RowId caseId)
{
    Report report;
    const size_t key = size_t(QRandomGenerator::global()->generate64());
    QHash<QString, QHash<RowId, LastSeal>> last;
    for (const auto &table : SealChain::sealedTables())
        last.insert(table, {});

    // 1. The chain: each link recomputed from its own fields and the link before it.
    RowScan seals(workspace.database(), workspace.dialect(),
                  QStringLiteral("SELECT id, table_name, row_id, case_id, row_version, action, "
                                 "sealed_at, sealed_offset, content, previous, seal, format, "
                                 "links FROM seals ORDER BY id"));
    if (auto status = seals.start(); !status)
        return status.error();
    QByteArray previous;
    QByteArray table;
    QString tableName;
    QHash<RowId, LastSeal> *rows = nullptr;
    while (seals.next()) {
        ++report.sealsChecked;
        const RowId sealId = seals.integer(0);
        const QByteArray rowTable = seals.utf8(1);
        if (rowTable != table) {
            table = rowTable;
            tableName = QString::fromUtf8(table);
            auto it = last.find(tableName);
            rows = it == last.end() ? nullptr : &it.value();
        }
        const RowId rowId = seals.integer(2);
        const RowId rowCase = seals.integer(3);
        const QByteArray action = seals.utf8(5);
        const QByteArray content = seals.utf8(8);
        const QByteArray linkPrevious = seals.utf8(9);
        const QByteArray seal = seals.utf8(10);
        const int format = int(seals.integer(11));
        const QByteArray links = format >= 2 ? seals.utf8(12) : QByteArray();
        const QByteArray expected =
            SealChain::compute({linkPrevious, table, rowId, int(seals.integer(4)), action,
                                seals.integer(6), int(seals.integer(7)), content, format, links});
        if ((linkPrevious != previous || expected != seal) && report.firstBadSeal == 0)
            report.firstBadSeal = sealId;
        if (linkPrevious != previous)
            report.findings.append(
                {Finding::Kind::ChainBroken, tableName, rowId, rowCase,
                 tr("Seal %1 (%2) does not follow the seal before it: seals were removed or "
                    "reordered outside Leverage.")
                     .arg(sealId)
                     .arg(rowName(tableName, rowId))});
        if (expected != seal)
            report.findings.append(
                {Finding::Kind::SealAltered, tableName, rowId, rowCase,
                 tr("Seal %1 (%2) was altered outside Leverage: it no longer matches what it "
                    "seals.")
                     .arg(sealId)
                     .arg(rowName(tableName, rowId))});
        previous = seal;
        if (rows)
            (*rows)[rowId] = {qHash(content, key), rowCase, sealId, action == "remove", links};
    }
    if (auto status = seals.finish(); !status)
        return status.error();
    report.head = QString::fromLatin1(previous);

    // 2. The rows: each living row against its last seal.
    for (const auto &tableName : SealChain::sealedTables()) {
        auto &sealed = last[tableName];
        QString sql = workspace.seals().contentSelect(tableName);
        if (caseId > 0)
            sql += QStringLiteral(" WHERE case_id = ?");
        RowScan scan(workspace.database(), workspace.dialect(), sql);
        if (caseId > 0)
            scan.bind(0, caseId);
        if (auto status = scan.start(); !status)
            return status.error();
        while (scan.next()) {
            ++report.rowsChecked;
            const RowId id = scan.integer(0);
            auto it = sealed.find(id);
            if (it == sealed.end() || it->removed) {
                report.findings.append({Finding::Kind::RowUnsealed, tableName, id, scan.integer(1),
                                        tr("%1 was added outside Leverage: it has no seal.")
                                            .arg(rowName(tableName, id))});
            } else if (it->contentHash != qHash(scan.utf8(3), key)) {
                report.findings.append(
                    {Finding::Kind::RowChanged, tableName, id, scan.integer(1),
                     tr("%1 was changed outside Leverage: it differs from its seal %2.")
                         .arg(rowName(tableName, id))
                         .arg(it->sealId)});
            } else if (!it->links.isEmpty()) {
                const QByteArray links = scan.utf8(4);
                if (links != it->links) {
                    auto changed = changedLink(workspace, tableName, it->links, links);
                    if (!changed)
                        return changed.error();
                    if (!changed->isEmpty())
                        report.findings.append(
                            {Finding::Kind::RowChanged, tableName, id, scan.integer(1),
                             tr("%1 was changed outside Leverage: its link (%2) differs from "
                                "its seal %3.")
                                 .arg(rowName(tableName, id), *changed)
                                 .arg(it->sealId)});
                }
            }
            if (it != sealed.end())
                sealed.erase(it);
        }
        if (auto status = scan.finish(); !status)
            return status.error();
        // What is left was sealed but is gone: fine if its removal was sealed or its case was
        // removed with it (the database removes a case's rows with the case).
        QSet<RowId> caseGone;
        QSet<RowId> caseThere;
        for (auto it = sealed.begin(); it != sealed.end(); ++it) {
            if (it->removed || (caseId > 0 && it->caseId != caseId))
                continue;
            if (!caseThere.contains(it->caseId) && !caseGone.contains(it->caseId)) {
                Statement exists(workspace.database(),
                                 QStringLiteral("SELECT count(*) FROM cases WHERE id = :id"));
                exists.bind(QStringLiteral(":id"), it->caseId);
                if (auto status = exists.exec(); !status)
                    return status.error();
                exists.next();
                (exists.value(0).toInt() > 0 ? caseThere : caseGone).insert(it->caseId);
            }
            if (caseThere.contains(it->caseId))
                report.findings.append(
                    {Finding::Kind::RowRemoved, tableName, it.key(), it->caseId,
                     tr("%1 was removed outside Leverage.").arg(rowName(tableName, it.key()))});
        }
    }

    // 3. The files: each attached content against its SHA-256.
    auto blobs = BlobStore::attachedBlobs(workspace.database(), caseId);
    if (!blobs)
        return blobs.error();
    for (const auto &sha : *blobs) {
        ++report.blobsChecked;
        auto actual = BlobStore::recomputeSha256(workspace.database(), sha);
        if (!actual)
            return actual.error();
        if (*actual != sha)
            report.findings.append(
                {Finding::Kind::BlobAltered, QStringLiteral("blobs"), 0, caseId,
                 tr("The content stored as %1 was changed outside Leverage.").arg(sha.left(12))});
    }
    return report;
}

} // namespace leverage
