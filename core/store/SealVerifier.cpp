#include "core/store/SealVerifier.h"

#include "core/store/BlobStore.h"
#include "core/store/LastSeals.h"
#include "core/store/RowScan.h"
#include "core/store/SealChain.h"
#include "core/store/SealedRowScan.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/util/Translate.h"

#include <QHash>
#include <QRandomGenerator>

namespace leverage {
namespace {

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
Result<QString> changedLink(Workspace &workspace, const QString &table, RowId sealId,
                            const QByteArray &now)
{
    // Only the links' hash was kept: a changed row's sealed links are read again.
    Statement seal(workspace.database(),
                   QStringLiteral("SELECT links FROM seals WHERE id = :id LIMIT 1"));
    seal.bind(QStringLiteral(":id"), sealId);
    if (auto status = seal.exec(); !status)
        return status.error();
    const QByteArray sealed = seal.next() ? seal.value(0).toString().toUtf8() : QByteArray();
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
    QHash<QString, LastSeals> last;
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
    LastSeals *rows = nullptr;
    while (seals.next()) {
        ++report.sealsChecked;
        const RowId sealId = seals.integer(0);
        const QByteArrayView rowTable = seals.text(1);
        if (rowTable != table) {
            table = rowTable.toByteArray();
            tableName = QString::fromUtf8(table);
            auto it = last.find(tableName);
            rows = it == last.end() ? nullptr : &it.value();
        }
        const RowId rowId = seals.integer(2);
        const RowId rowCase = seals.integer(3);
        const QByteArrayView action = seals.text(5);
        const QByteArrayView content = seals.text(8);
        const QByteArrayView linkPrevious = seals.text(9);
        const QByteArrayView seal = seals.text(10);
        const int format = int(seals.integer(11));
        const QByteArrayView links = format >= 2 ? seals.text(12) : QByteArrayView();
        const Sha256::Hex expected =
            SealChain::sealOf({linkPrevious, table, rowId, int(seals.integer(4)), action,
                               seals.integer(6), int(seals.integer(7)), content, format, links});
        const bool sealHolds = QByteArrayView(expected.data(), qsizetype(expected.size())) == seal;
        if ((linkPrevious != previous || !sealHolds) && report.firstBadSeal == 0)
            report.firstBadSeal = sealId;
        if (linkPrevious != previous)
            report.findings.append(
                {Finding::Kind::ChainBroken, tableName, rowId, rowCase,
                 tr("Seal %1 (%2) does not follow the seal before it: seals were removed or "
                    "reordered outside Leverage.")
                     .arg(sealId)
                     .arg(rowName(tableName, rowId))});
        if (!sealHolds)
            report.findings.append(
                {Finding::Kind::SealAltered, tableName, rowId, rowCase,
                 tr("Seal %1 (%2) was altered outside Leverage: it no longer matches what it "
                    "seals.")
                     .arg(sealId)
                     .arg(rowName(tableName, rowId))});
        previous.resize(0); // keeps the allocation: one seal after another, none new
        previous.append(seal.data(), seal.size());
        if (rows) {
            auto &entry = rows->sealed(rowId);
            entry.contentHash = qHash(content, key);
            entry.linksHash = qHash(links, key);
            entry.caseId = rowCase;
            entry.sealId = sealId;
            entry.removed = action == "remove";
            entry.linksSealed = format >= 2;
        }
    }
    if (auto status = seals.finish(); !status)
        return status.error();
    report.head = QString::fromLatin1(previous);

    // 2. The rows: each living row against its last seal.
    for (const auto &tableName : SealChain::sealedTables()) {
        auto &sealed = last[tableName];
        SealedRowScan scan(workspace, tableName, caseId);
        if (auto status = scan.start(); !status)
            return status.error();
        while (scan.next()) {
            ++report.rowsChecked;
            const RowId id = scan.id();
            auto *it = sealed.find(id);
            if (it == nullptr || it->removed) {
                report.findings.append({Finding::Kind::RowUnsealed, tableName, id, scan.caseId(),
                                        tr("%1 was added outside Leverage: it has no seal.")
                                            .arg(rowName(tableName, id))});
            } else if (it->contentHash != qHash(scan.content(), key)) {
                report.findings.append(
                    {Finding::Kind::RowChanged, tableName, id, scan.caseId(),
                     tr("%1 was changed outside Leverage: it differs from its seal %2.")
                         .arg(rowName(tableName, id))
                         .arg(it->sealId)});
            } else if (it->linksSealed && it->linksHash != qHash(scan.links(), key)) {
                auto changed =
                    changedLink(workspace, tableName, it->sealId, scan.links().toByteArray());
                if (!changed)
                    return changed.error();
                if (!changed->isEmpty())
                    report.findings.append(
                        {Finding::Kind::RowChanged, tableName, id, scan.caseId(),
                         tr("%1 was changed outside Leverage: its link (%2) differs from "
                            "its seal %3.")
                             .arg(rowName(tableName, id), *changed)
                             .arg(it->sealId)});
            }
            if (it != nullptr)
                it->matched = true;
        }
        if (auto status = scan.finish(); !status)
            return status.error();
        // What is left was sealed but is gone: fine if its removal was sealed or its case was
        // removed with it (the database removes a case's rows with the case).
        QSet<RowId> caseGone;
        QSet<RowId> caseThere;
        Status failed;
        sealed.forEachUnmatched([&](RowId rowId, const LastSeals::Seal &seal) {
            if (!failed || seal.removed || (caseId > 0 && seal.caseId != caseId))
                return;
            if (!caseThere.contains(seal.caseId) && !caseGone.contains(seal.caseId)) {
                Statement exists(workspace.database(),
                                 QStringLiteral("SELECT count(*) FROM cases WHERE id = :id"));
                exists.bind(QStringLiteral(":id"), seal.caseId);
                if (failed = exists.exec(); !failed)
                    return;
                exists.next();
                (exists.value(0).toInt() > 0 ? caseThere : caseGone).insert(seal.caseId);
            }
            if (caseThere.contains(seal.caseId))
                report.findings.append(
                    {Finding::Kind::RowRemoved, tableName, rowId, seal.caseId,
                     tr("%1 was removed outside Leverage.").arg(rowName(tableName, rowId))});
        });
        if (!failed)
            return failed.error();
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
