#include "ui/letters/CaseNumbersDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace leverage::ui {

CaseNumbersDialog::CaseNumbersDialog(const QList<CaseNumber> &numbers, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("caseNumbersDialog"));
    setWindowTitle(tr("Numbers for Letters"));
    QStringList lines;
    for (const auto &number : numbers)
        lines << QStringLiteral("%1: %2").arg(number.kind, number.number);
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Account: 4410-2231\nPolicy: MMH-5521-09"));
    auto *label = new QLabel(tr("The account, order or policy &numbers every letter of this case "
                                "quotes under its reference, one per line:"),
                             this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    m_text->setFocus();
}

QList<CaseNumber> CaseNumbersDialog::parse(const QString &text)
{
    QList<CaseNumber> numbers;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto colon = line.indexOf(QLatin1Char(':'));
        const QString kind = colon < 0 ? tr("Number") : line.left(colon).trimmed();
        const QString number = (colon < 0 ? line : line.mid(colon + 1)).trimmed();
        if (!number.isEmpty())
            numbers.append({kind, number});
    }
    return numbers;
}

QList<CaseNumber> CaseNumbersDialog::numbers() const
{
    return parse(m_text->toPlainText());
}

} // namespace leverage::ui
