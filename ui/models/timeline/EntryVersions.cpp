#include "ui/models/timeline/EntryVersions.h"

#include "core/store/EntryHistory.h"
#include "core/util/Translate.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace leverage::models {
namespace {

QString when(const Instant &at)
{
    return QLocale().toString(at.toDateTime(), QLocale::LongFormat);
}

QString quoted(const QString &value)
{
    return value.isEmpty() ? tr("(empty)") : QStringLiteral("\u201c%1\u201d").arg(value);
}

} // namespace

Result<int> EntryVersions::editsAfterTheFact(Workspace &workspace, RowId entryId)
{
    auto edits = EntryHistory::editsOf(workspace, {entryId});
    if (!edits)
        return edits.error();
    return edits->value(entryId).count;
}

Result<QString> EntryVersions::text(Workspace &workspace, RowId entryId)
{
    auto versions = EntryHistory::of(workspace, entryId);
    if (!versions)
        return versions.error();
    QStringList paragraphs;
    for (const auto &version : *versions) {
        QString line;
        if (version.action == QLatin1String("insert"))
            line = tr("Version %1: recorded %2").arg(version.number).arg(when(version.at));
        else if (version.action == QLatin1String("relink"))
            line = tr("Version %1: %2, a contact it named was removed or brought back")
                       .arg(version.number)
                       .arg(when(version.at));
        else if (version.action == QLatin1String("remove"))
            line = tr("Version %1: removed %2").arg(version.number).arg(when(version.at));
        else
            line = tr("Version %1: edited %2").arg(version.number).arg(when(version.at));
        if (!version.changedBy.isEmpty())
            line += tr(" by %1").arg(version.changedBy);
        QStringList lines{line};
        for (const auto &change : version.changes)
            lines << tr("    %1: %2 \u2192 %3")
                         .arg(change.field, quoted(change.before), quoted(change.after));
        if (version.number > 1 && version.changes.isEmpty() &&
            version.action == QLatin1String("update"))
            lines << tr("    (saved with nothing changed)");
        paragraphs << lines.join(QLatin1Char('\n'));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace leverage::models
