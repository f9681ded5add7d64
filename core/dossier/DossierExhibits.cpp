#include "core/dossier/DossierExhibits.h"

#include "core/domain/Channel.h"
#include "core/dossier/DossierContent.h"
#include "core/dossier/DossierFormat.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/SealChain.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage", text);
}

} // namespace

Result<DossierExhibits> DossierExhibits::read(Workspace &workspace, RowId caseId)
{
    DossierExhibits exhibits;
    auto marked = workspace.attachments().exhibits(caseId);
    if (!marked)
        return marked.error();
    for (const auto &a : *marked) {
        Row row;
        row.number = int(exhibits.rows.size()) + 1;
        row.description = a.description.isEmpty() ? a.originalName : a.description;
        row.date = a.addedAt;
        if (a.entryId > 0) {
            if (auto entry = workspace.timeline().get(a.entryId)) {
                row.date = entry->occurredAt;
                row.entry = channelLabel(entry->channel) + QStringLiteral(": ") + entry->summary;
            }
        }
        row.originalName = a.originalName;
        row.sha256 = a.sha256;
        exhibits.rows.append(row);
    }
    auto head = workspace.seals().head();
    auto count = workspace.seals().count();
    if (!head || !count)
        return head ? count.error() : head.error();
    exhibits.chainHead = *head;
    exhibits.seals = *count;
    return exhibits;
}

QString DossierExhibits::title()
{
    return tr("Exhibits and the record's seal");
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
            DossierText file(r.originalName);
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
}

} // namespace leverage
