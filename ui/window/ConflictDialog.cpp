#include "ui/window/ConflictDialog.h"

#include "ui/models/common/LocalTimeText.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leverage::ui {

using Choice = models::ConflictResolver::Choice;

ConflictDialog::ConflictDialog(const models::Conflict &conflict, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    const auto who = conflict.theirsBy.isEmpty() ? tr("Someone else") : conflict.theirsBy;
    const auto when =
        conflict.theirsAtMs > 0
            ? models::shortDateTime(
                  QDateTime::fromMSecsSinceEpoch(conflict.theirsAtMs, Qt::UTC).toLocalTime())
            : QString();
    // What is known of the other save: who, which item, when (an item without a writer's
    // record knows less; the sentence says only what it knows).
    const auto item =
        conflict.item.isEmpty() ? tr("this item") : QStringLiteral("“%1”").arg(conflict.item);
    const auto saved =
        when.isEmpty() ? tr("%1 saved %2 while you were editing it.").arg(who, item)
                       : tr("%1 saved %2 at %3 while you were editing it.").arg(who, item, when);
    auto *explanation =
        new QLabel(saved + QLatin1Char(' ') + tr("Which version should stay?"), this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setObjectName(QStringLiteral("conflictExplanation"));
    explanation->setWordWrap(true);

    auto *table = new QTableWidget(int(conflict.fields.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictFields"));
    table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("%1's version").arg(who)});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setWordWrap(true);
    for (int row = 0; row < conflict.fields.size(); ++row) {
        const auto &field = conflict.fields.at(row);
        table->setItem(row, 0, new QTableWidgetItem(field.label));
        table->setItem(row, 1, new QTableWidgetItem(field.mine));
        table->setItem(row, 2, new QTableWidgetItem(field.theirs));
    }
    // Rows follow the columns' final widths: sized once at construction, against columns not
    // yet laid out, a two-line title took a row five lines high.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setVisible(!conflict.fields.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    auto *keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    auto *takeTheirs = buttons->addButton(tr("&Take %1's").arg(who), QDialogButtonBox::RejectRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Nothing is chosen by a stray Return: Cancel is the default (nothing saved).
    cancel->setDefault(true);
    cancel->setFocus();
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        QDialog::accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        QDialog::accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 320);
}

Choice DialogConflictResolver::resolve(const models::Conflict &conflict)
{
    ConflictDialog dialog(conflict, m_parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace leverage::ui
