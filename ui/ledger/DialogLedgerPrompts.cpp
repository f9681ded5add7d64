#include "ui/ledger/DialogLedgerPrompts.h"

#include "core/util/Translate.h"
#include "ui/common/DocumentsFolder.h"
#include "ui/common/NoteDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace leverage::ui {
std::optional<QString> DialogLedgerPrompts::askNote(QWidget *parent, const QString &title,
                                                    const QString &label)
{
    NoteDialog dialog(title, label, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

LedgerPrompts::BrokenPromiseAction DialogLedgerPrompts::afterBrokenPromise(QWidget *parent,
                                                                           const QString &what)
{
    QMessageBox box(QMessageBox::Question, tr("Promise broken"),
                    tr("“%1” was not kept. What next?").arg(what), QMessageBox::NoButton, parent);
    auto *followUp = box.addButton(tr("Add a &follow-up"), QMessageBox::AcceptRole);
    auto *escalate = box.addButton(tr("&Escalate…"), QMessageBox::ActionRole);
    box.addButton(tr("&Neither"), QMessageBox::RejectRole);
    box.setDefaultButton(followUp);
    box.setInformativeText(tr("A follow-up is due on the next business day."));
    box.exec();
    if (box.clickedButton() == followUp)
        return BrokenPromiseAction::AddFollowUp;
    if (box.clickedButton() == escalate)
        return BrokenPromiseAction::Escalate;
    return BrokenPromiseAction::Nothing;
}

QString DialogLedgerPrompts::askCalendarPath(QWidget *parent)
{
    const QString folder = documentsFolder();
    return QFileDialog::getSaveFileName(parent, tr("Export calendar"),
                                        folder + QStringLiteral("/leverage-agenda.ics"),
                                        tr("iCalendar files (*.ics)"));
}

} // namespace leverage::ui
