#include "core/dossier/DossierExhibits.h"

#include "core/domain/Channel.h"
#include "core/dossier/DossierContent.h"
#include "core/dossier/DossierExhibitCopy.h"
#include "core/dossier/DossierFormat.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/BlobStore.h"
#include "core/store/SealChain.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Translate.h"

#include <QLocale>
#include <QTimeZone>

namespace leverage {
namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

Result<DossierExhibits> DossierExhibits::read(Workspace &workspace, RowId caseId,
                                              const DossierOptions &options)
{
    DossierExhibits exhibits;
    exhibits.withCopies = options.withExhibits;
    exhibits.content = [&workspace](const QString &sha256) {
        return BlobStore::readAll(workspace.database(), sha256,
                                  DossierExhibitCopy::kMaxPrintedBytes);
    };
    auto marked = workspace.attachments().exhibits(caseId);
    if (!marked)
        return marked.error();
    for (const auto &a : *marked) {
        Row row;
        row.description = a.description.isEmpty() ? a.originalName : a.description;
        row.date = a.addedAt;
        if (a.entryId > 0) {
            if (auto entry = workspace.timeline().get(a.entryId)) {
                // An entry the dossier leaves out takes its exhibits with it.
                if (!options.covers(entry->occurredAt.toDateTime().date()) ||
                    (entry->isPrivate && !options.includePrivate))
                    continue;
                row.date = entry->occurredAt;
                row.entry = channelLabel(entry->channel) + QStringLiteral(": ") + entry->summary;
                row.entryId = a.entryId;
            }
        }
        row.number = int(exhibits.rows.size()) + 1;
        row.originalName = a.originalName;
        row.sha256 = a.sha256;
        row.mimeType = a.mimeType;
        row.size = a.size;
        if (exhibits.withCopies && DossierExhibitCopy::printableType(a.mimeType) &&
            a.size <= DossierExhibitCopy::kMaxPrintedBytes) {
            auto content = exhibits.content(a.sha256);
            if (!content)
                return content.error();
            row.pages = DossierExhibitCopy(a.mimeType, *content).pageCount();
        }
        exhibits.rows.append(row);
    }
    auto head = workspace.seals().head();
    auto count = workspace.seals().count();
    if (!head || !count)
        return head ? count.error() : head.error();
    exhibits.chainHead = *head;
    exhibits.seals = *count;
    auto stamps = TimeStampCheck::check(workspace, caseId, 0);
    if (!stamps)
        return stamps.error();
    exhibits.stamps = *stamps;
    return exhibits;
}

QString DossierExhibits::title()
{
    return tr("Exhibits and the record's seal");
}

QHash<RowId, QString> DossierExhibits::timelineLines() const
{
    QHash<RowId, QStringList> numbers;
    for (const Row &row : rows)
        if (row.entryId > 0)
            numbers[row.entryId].append(QString::number(row.number));
    QHash<RowId, QString> lines;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        QStringList n = it.value();
        if (n.size() == 1) {
            lines.insert(it.key(), tr("See Exhibit %1").arg(n.first()));
            continue;
        }
        const QString last = n.takeLast();
        lines.insert(it.key(),
                     tr("See Exhibits %1 and %2").arg(n.join(QStringLiteral(", ")), last));
    }
    return lines;
}

int DossierExhibits::copyPages() const
{
    int pages = 0;
    if (withCopies)
        for (const Row &row : rows)
            pages += row.pages;
    return pages;
}

QString DossierExhibits::copyCaption(const Row &row, int page)
{
    if (row.pages <= 1)
        return tr("Exhibit %1: %2").arg(row.number).arg(row.originalName);
    return tr("Exhibit %1: %2, page %3 of %4")
        .arg(row.number)
        .arg(row.originalName)
        .arg(page)
        .arg(row.pages);
}

void DossierExhibits::appendTo(DossierFlow &flow, int section) const
{
    flow.append(DossierContent::heading(title(), 2, section, true));

    auto paragraph = [&flow](const DossierText &text) {
        DossierBlock block;
        block.text = text;
        flow.append(block);
    };
    if (!rows.isEmpty()) {
        paragraph(tr("Each exhibit is a file kept in the workspace. Its SHA-256 identifies the "
                     "exact file: a copy with the same SHA-256 is the same file."));
        auto index = std::make_shared<DossierTable>();
        index->widths = {9, 30, 19, 42};
        for (const char *title :
             {QT_TRANSLATE_NOOP("leverage", "Exhibit"),
              QT_TRANSLATE_NOOP("leverage", "Description"), QT_TRANSLATE_NOOP("leverage", "Date"),
              QT_TRANSLATE_NOOP("leverage", "File and SHA-256")})
            index->header.cells.append({DossierText(tr(title), DossierText::Bold)});
        index->header.shaded = true;
        index->rowCount = int(rows.size());
        const QList<Row> copy = rows;
        index->row = [copy](int i) {
            const Row &r = copy.at(i);
            DossierText what(r.description);
            if (!r.entry.isEmpty())
                what.addLine(r.entry, DossierText::Small);
            DossierText file(r.originalName + QStringLiteral(" (") + sizeText(r.size) +
                             QLatin1Char(')'));
            file.addLine(r.sha256.left(32), DossierText::Small);
            file.addLine(r.sha256.mid(32), DossierText::Small);
            return DossierRow{{{DossierText(tr("Exhibit %1").arg(r.number))},
                               {what},
                               {DossierText(dossierformat::dateTime(r.date))},
                               {file}}};
        };
        DossierBlock table;
        table.kind = DossierBlock::Kind::Table;
        table.spaceAfterPt = 6;
        table.table = index;
        flow.append(table);
    }
    if (withCopies && !rows.isEmpty()) {
        paragraph(tr("Copies of the exhibits follow on the last pages, each page headed with "
                     "its exhibit's number. Images and PDFs are printed; other files are kept "
                     "in the workspace only:"));
        bool none = true;
        for (const Row &r : rows) {
            if (r.pages > 0)
                continue;
            none = false;
            DossierBlock item;
            item.kind = DossierBlock::Kind::Bullet;
            item.text = DossierText(tr("Exhibit %1: %2, %3, %4")
                                        .arg(r.number)
                                        .arg(r.originalName, r.mimeType, sizeText(r.size)));
            item.text.addLine(tr("SHA-256 %1").arg(r.sha256), DossierText::Small);
            flow.append(item);
        }
        if (none)
            paragraph(tr("(Every exhibit is printed.)"));
    }
    if (!chainHead.isEmpty()) {
        DossierText seal(tr("The record is sealed: every entry, promise and file was sealed into "
                            "a hash chain when it was written (%1). The chain's head is")
                             .arg(dossierformat::count(seals, tr("seal"), tr("seals"))));
        seal.addLine(chainHead.left(32), DossierText::Bold);
        seal.addLine(chainHead.mid(32), DossierText::Bold);
        seal.addLine(tr("`leverage verify` recomputes the chain from the workspace file and "
                        "names any row changed since."));
        paragraph(seal);
    }
    appendStamps(flow);
}

// Each time-stamp: who stamped which head when (the authority's time, where the user was and
// in UTC), its serial, and whether it verified as this dossier was printed.
void DossierExhibits::appendStamps(DossierFlow &flow) const
{
    for (const auto &outcome : stamps) {
        const auto &stamp = outcome.stamp;
        const Instant when = Instant::fromUtcMs(stamp.genTimeMs, stamp.stampedAt.offsetSeconds);
        DossierText text(tr("Time-stamped by an RFC 3161 time-stamp authority"), DossierText::Bold);
        text.addLine(tr("Authority: %1")
                         .arg(outcome.info.authority.isEmpty() ? stamp.authorityUrl
                                                               : outcome.info.authority));
        text.addLine(tr("Address: %1").arg(stamp.authorityUrl), DossierText::Small);
        text.addLine(tr("Time: %1 (%2 UTC)")
                         .arg(dossierformat::dateTime(when),
                              QDateTime::fromMSecsSinceEpoch(stamp.genTimeMs, Qt::UTC)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        text.addLine(tr("Serial: %1").arg(outcome.info.serial));
        text.addLine(tr("It covers the chain's head at seal %1:").arg(stamp.sealId));
        text.addLine(stamp.head.left(32), DossierText::Bold);
        text.addLine(stamp.head.mid(32), DossierText::Bold);
        QString verdict;
        if (!outcome.verdict.valid)
            verdict = tr("The token does NOT verify: %1").arg(outcome.verdict.problem);
        else if (outcome.coverage == TimeStampCheck::Coverage::Lost)
            verdict = tr("The token verifies, but the record no longer leads to this head: it "
                         "was rewritten outside Leverage after the stamp.");
        else if (outcome.coverage == TimeStampCheck::Coverage::Earlier)
            verdict = tr("The token verifies (checked as this dossier was printed). It covers "
                         "the record up to that seal; %1 written since are not covered.")
                          .arg(dossierformat::count(outcome.sealsSince, tr("seal"), tr("seals")));
        else
            verdict = tr("The token verifies (checked as this dossier was printed), and the "
                         "chain's head is still this one: nothing was written since.");
        text.addLine(verdict);
        DossierBlock block;
        block.text = text;
        block.spaceBeforePt = 6;
        flow.append(block);
    }
}

} // namespace leverage
