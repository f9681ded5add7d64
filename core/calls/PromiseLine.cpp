#include "core/calls/PromiseLine.h"

#include "core/ledger/DueText.h"
#include "core/util/Translate.h"

#include <QStringList>

namespace leverage {
namespace {

QString marker()
{
    return tr("PROMISE: %1").arg(QString());
}

} // namespace

QString PromiseLine::text(const QString &what, const QString &by, const QString &actor,
                          const DueWindow &due)
{
    QString text = what;
    QStringList who;
    if (!by.isEmpty())
        who << tr("by %1").arg(by);
    if (!actor.isEmpty() && actor != by)
        who << tr("%1 will act").arg(actor);
    if (!who.isEmpty())
        text += QStringLiteral(" (") + who.join(QStringLiteral("; ")) + QLatin1Char(')');
    if (!due.isNull())
        text += tr(", due %1").arg(DueText::of(due));
    return text;
}

QString PromiseLine::text(const Commitment &commitment)
{
    return text(commitment.what, commitment.madeByName, commitment.actorName, commitment.due());
}

QString PromiseLine::rewrite(const QString &notes, const Commitment &before,
                             const Commitment &after)
{
    const QString wanted = marker() + before.what;
    QStringList lines = notes.split(QLatin1Char('\n'));
    for (auto &line : lines) {
        const auto at = line.indexOf(wanted);
        if (at < 0)
            continue;
        const QString rest = line.mid(at + wanted.size());
        // The same promise, not one whose text merely begins the same.
        if (!rest.isEmpty() && !rest.startsWith(QStringLiteral(" (")) &&
            !rest.startsWith(QStringLiteral(", ")))
            continue;
        line = line.left(at) + marker() + text(after);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace leverage
