#include "app/TimeStampWiring.h"

#include "ui/common/MessageBar.h"
#include "ui/evidence/TimeStampDialog.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace leverage::app {

TimeStampWiring::TimeStampWiring(ui::MainWindow &window) : QObject(&window), m_window(window)
{
    m_action = new QAction(tr("Time-stamp the Re&cord…"), &m_window);
    m_action->setObjectName(QStringLiteral("timeStampRecord"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_action->setToolTip(tr("Have a time-stamp authority sign the record's seal with the time, "
                            "to show later that the record existed then (Ctrl+Shift+S)"));
    connect(m_action, &QAction::triggered, this, &TimeStampWiring::stampSelectedCase);
    m_window.addAction(m_action);
    // Beside Attach Files…, the other piece of evidence.
    QMenu *file = m_window.fileMenu();
    const auto actions = file->actions();
    QAction *attach = m_window.findChild<QAction *>(QStringLiteral("attachFiles"));
    const qsizetype at = actions.indexOf(attach);
    file->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_action);
}

void TimeStampWiring::stampSelectedCase()
{
    const RowId caseId = m_window.currentCaseId();
    if (caseId <= 0) {
        m_window.reportError(tr("Select a case to time-stamp its record."));
        return;
    }
    auto *dialog =
        new ui::TimeStampDialog(m_window.workspace(), caseId,
                                models::UndoPusher(m_window.undoStack(), m_window), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::TimeStampDialog::stamped, this,
            [this](const QString &message, const QStringList &settledRefusals) {
                for (const QString &refusal : settledRefusals)
                    m_window.messageBar()->withdraw(refusal);
                m_window.statusBar()->showMessage(message, 10000);
            });
    dialog->open();
}

} // namespace leverage::app
