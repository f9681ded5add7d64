#include "core/services/RemovalImpact.h"

#include "core/util/Translate.h"

#include <QStringList>

namespace leverage {
bool RemovalImpact::isEmpty() const
{
    return entries == 0 && commitments == 0 && followUps == 0 && escalationSteps == 0 &&
           contacts == 0 && references == 0;
}

QString RemovalImpact::describe() const
{
    // Singular and plural spelled out: without a loaded translation, "%n" would print "(s)".
    const auto count = [](int n, const char *one, const char *many) {
        return n == 1 ? tr(one) : tr(many).arg(n);
    };
    QStringList parts;
    if (contacts > 0)
        parts << count(contacts, QT_TRANSLATE_NOOP("leverage", "1 contact"),
                       QT_TRANSLATE_NOOP("leverage", "%1 contacts"));
    if (entries > 0)
        parts << count(entries, QT_TRANSLATE_NOOP("leverage", "1 timeline entry"),
                       QT_TRANSLATE_NOOP("leverage", "%1 timeline entries"));
    if (commitments > 0)
        parts << count(commitments, QT_TRANSLATE_NOOP("leverage", "1 commitment"),
                       QT_TRANSLATE_NOOP("leverage", "%1 commitments"));
    if (followUps > 0)
        parts << count(followUps, QT_TRANSLATE_NOOP("leverage", "1 follow-up"),
                       QT_TRANSLATE_NOOP("leverage", "%1 follow-ups"));
    if (escalationSteps > 0)
        parts << count(escalationSteps, QT_TRANSLATE_NOOP("leverage", "1 escalation step"),
                       QT_TRANSLATE_NOOP("leverage", "%1 escalation steps"));
    QString text;
    if (!parts.isEmpty()) {
        const auto last = parts.takeLast();
        const auto list =
            parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
        text = tr("This will also remove %1.").arg(list);
    }
    if (references > 0) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += count(references, "1 other record will stay but lose its link to it.",
                      "%1 other records will stay but lose their link to it.");
    }
    return text;
}

} // namespace leverage
