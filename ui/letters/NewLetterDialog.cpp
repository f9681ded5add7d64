#include "ui/letters/NewLetterDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leverage::ui {

NewLetterDialog::NewLetterDialog(const QList<LetterAddressee> &addressees, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_tone(new QComboBox(this)),
      m_to(new QComboBox(this)), m_days(new QSpinBox(this))
{
    setObjectName(QStringLiteral("newLetterDialog"));
    setWindowTitle(tr("New Letter"));
    for (auto kind : allLetterKinds())
        m_kind->addItem(letterKindLabel(kind), int(kind));
    for (auto tone : {LetterTone::Courteous, LetterTone::Firm, LetterTone::Final})
        m_tone->addItem(letterToneLabel(tone), int(tone));
    m_to->addItem(tr("Customer relations (no named person)"), qint64(0));
    for (const auto &a : addressees) {
        QString text = a.name;
        if (!a.position.isEmpty())
            text += tr(", %1").arg(a.position);
        if (!a.organization.isEmpty())
            text += tr(" (%1)").arg(a.organization);
        m_to->addItem(text, a.contactId);
    }
    if (!addressees.isEmpty())
        m_to->setCurrentIndex(1);
    m_days->setRange(1, 365);
    m_days->setValue(14);
    m_days->setSuffix(tr(" days"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Tone:"), m_tone);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("&Reply within:"), m_days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Write Letter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // A thank-you asks for no answer: no deadline to give.
    auto asksForAnswer = [this] {
        m_days->setEnabled(letterKindAsksForAnswer(LetterKind(m_kind->currentData().toInt())));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, asksForAnswer);
    asksForAnswer();
    m_kind->setFocus();
}

void NewLetterDialog::changing(const Letter &letter, int deadlineDays)
{
    setWindowTitle(tr("Tone and Addressee"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(letter.kind))));
    m_kind->setEnabled(false);
    m_tone->setCurrentIndex(std::max(0, m_tone->findData(int(letter.tone))));
    m_to->setCurrentIndex(std::max(0, m_to->findData(qint64(letter.contactId))));
    m_days->setValue(deadlineDays);
    m_ok->setText(tr("&Rewrite Letter"));
    m_ok->setToolTip(tr("Writes the letter again from the case in this tone, to this person "
                        "(undo brings the letter back as it was)"));
    m_tone->setFocus();
}

LetterFactsReader::Request NewLetterDialog::request(RowId caseId) const
{
    LetterFactsReader::Request request;
    request.caseId = caseId;
    request.kind = LetterKind(m_kind->currentData().toInt());
    request.tone = LetterTone(m_tone->currentData().toInt());
    request.contactId = m_to->currentData().toLongLong();
    request.deadlineDays = m_days->value();
    return request;
}

} // namespace leverage::ui
