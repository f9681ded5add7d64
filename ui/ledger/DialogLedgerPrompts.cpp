#include "ledger/DialogLedgerPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace leverage::ui::ledger {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage", text);
}

} // namespace

std::optional<QString> DialogLedgerPrompts::askNote(QWidget *parent, const QString &title,
                                                    const QString &label)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
    if (!ok)
        return std::nullopt;
    return note.trimmed();
}

bool DialogLedgerPrompts::offerFollowUp(QWidget *parent, const QString &what)
{
    return QMessageBox::question(
               parent, tr("Promise broken"),
               tr("“%1” was not kept.\n\nAdd a follow-up to chase it on the next business day?")
                   .arg(what),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

void DialogLedgerPrompts::showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, tr("Leverage"), message);
}

QString DialogLedgerPrompts::askCalendarPath(QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, tr("Export calendar"),
                                        folder + QStringLiteral("/leverage-agenda.ics"),
                                        tr("iCalendar files (*.ics)"));
}

} // namespace leverage::ui::ledger
