#include "ui/timeline/EntryHistoryDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

QString when(const Instant &at)
{
    return QLocale().toString(at.toDateTime(), QLocale::LongFormat);
}

QString quoted(const QString &value)
{
    return value.isEmpty() ? EntryHistoryDialog::tr("(empty)")
                           : QStringLiteral("\u201c%1\u201d").arg(value);
}

} // namespace

EntryHistoryDialog::EntryHistoryDialog(const QList<EntryHistory::Version> &versions,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Earlier Versions of the Entry"));
    auto *view = new QPlainTextEdit(this);
    view->setObjectName(QStringLiteral("entryHistory"));
    view->setReadOnly(true);
    view->setPlainText(text(versions));
    view->setAccessibleName(tr("Earlier versions"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(560, 420);
    view->setFocus();
}

QString EntryHistoryDialog::text(const QList<EntryHistory::Version> &versions)
{
    QStringList paragraphs;
    for (const auto &version : versions) {
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

} // namespace leverage::ui
