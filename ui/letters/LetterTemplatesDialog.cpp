#include "ui/letters/LetterTemplatesDialog.h"

#include "core/letters/LetterTemplates.h"
#include "ui/models/letters/EditLetterTemplateCommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {

LetterTemplatesDialog::LetterTemplatesDialog(Workspace &workspace, models::UndoPusher pusher,
                                             QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_pusher(pusher), m_name(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("letterTemplatesDialog"));
    setWindowTitle(tr("Letter Templates"));
    for (const auto &name : LetterTemplates::names())
        m_name->addItem(name);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_state->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    auto *reset = buttons->addButton(tr("&Reset to Shipped"), QDialogButtonBox::ResetRole);
    connect(save, &QPushButton::clicked, this, &LetterTemplatesDialog::save);
    connect(reset, &QPushButton::clicked, this, &LetterTemplatesDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QComboBox::currentIndexChanged, this, &LetterTemplatesDialog::load);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Mustache: {{field}} prints a fact of the case (escaped), "
                                    "{{#firm}}…{{/firm}} only in that tone, {{> history}} a "
                                    "shared part."),
                                 this));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    resize(820, 600);
    load();
}

void LetterTemplatesDialog::load()
{
    const QString name = m_name->currentText();
    auto copy = models::EditLetterTemplateCommand::userCopy(m_workspace, name);
    if (!copy) {
        m_state->setText(copy.message());
        return;
    }
    const bool own = !copy->isNull();
    m_text->setPlainText(own ? *copy : LetterTemplates::shipped(name));
    m_state->setText(own ? tr("Your copy (Reset to Shipped goes back to the program's).")
                         : tr("The template that ships with the program."));
}

void LetterTemplatesDialog::save()
{
    if (auto status = m_pusher.push(std::make_unique<models::EditLetterTemplateCommand>(
            m_workspace, m_name->currentText(), m_text->toPlainText()));
        !status) {
        m_state->setText(status.message()); // names the line; nothing was saved
        return;
    }
    m_state->setText(tr("Saved: new letters use your copy."));
}

void LetterTemplatesDialog::reset()
{
    if (auto status = m_pusher.push(std::make_unique<models::EditLetterTemplateCommand>(
            m_workspace, m_name->currentText(), QString()));
        !status) {
        m_state->setText(status.message());
        return;
    }
    load();
}

} // namespace leverage::ui
