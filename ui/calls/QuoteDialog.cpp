#include "ui/calls/QuoteDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace leverage::ui {

QuoteDialog::QuoteDialog(QWidget *parent)
    : GuardedDialog(parent), m_words(new QPlainTextEdit(this)), m_kind(new QButtonGroup(this))
{
    using Kind = models::LiveCall::QuoteKind;
    setWindowTitle(tr("Quote"));
    setDiscardQuestion(tr("Discard this quote?"));
    m_words->setObjectName(QStringLiteral("words"));
    m_words->setTabChangesFocus(true);
    m_words->setPlaceholderText(tr("Their words, exactly as said"));
    auto *label = new QLabel(tr("&Words:"), this);
    label->setBuddy(m_words);

    auto *plain = new QRadioButton(tr("&Just a quote"), this);
    auto *rationale = new QRadioButton(tr("The &rationale behind a blocking policy"), this);
    auto *alternatives = new QRadioButton(tr("&Alternatives they could offer"), this);
    rationale->setObjectName(QStringLiteral("rationale"));
    alternatives->setObjectName(QStringLiteral("alternatives"));
    plain->setChecked(true);
    m_kind->addButton(plain, int(Kind::Plain));
    m_kind->addButton(rationale, int(Kind::PolicyRationale));
    m_kind->addButton(alternatives, int(Kind::Alternatives));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add quote"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!words().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_words);
    layout->addWidget(plain);
    layout->addWidget(rationale);
    layout->addWidget(alternatives);
    layout->addWidget(buttons);
}

QString QuoteDialog::words() const
{
    return m_words->toPlainText().trimmed();
}

models::LiveCall::QuoteKind QuoteDialog::kind() const
{
    return models::LiveCall::QuoteKind(m_kind->checkedId());
}

} // namespace leverage::ui
