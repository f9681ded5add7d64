#include "ui/timeline/EntryHistoryDialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace leverage::ui {

EntryHistoryDialog::EntryHistoryDialog(const QString &text, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Earlier Versions of the Entry"));
    auto *view = new QPlainTextEdit(this);
    view->setObjectName(QStringLiteral("entryHistory"));
    view->setReadOnly(true);
    view->setPlainText(text);
    view->setAccessibleName(tr("Earlier versions"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(560, 420);
    view->setFocus();
}

} // namespace leverage::ui
