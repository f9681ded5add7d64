#include "ui/dossier/DossierOptionsDialog.h"

#include "ui/common/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

QDateTimeEdit *dateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = fields::date(parent);
    edit->setAccessibleName(accessibleName);
    edit->setEnabled(false);
    return edit;
}

} // namespace

DossierOptionsDialog::DossierOptionsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Dossier Options"));

    auto *period = new QGroupBox(tr("Period"), this);
    m_fromEnabled = new QCheckBox(tr("&From"), period);
    m_from = dateEdit(period, tr("First day"));
    m_toEnabled = new QCheckBox(tr("&To"), period);
    m_to = dateEdit(period, tr("Last day"));
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->addWidget(m_fromEnabled);
    periodLayout->addWidget(m_from);
    periodLayout->addSpacing(12);
    periodLayout->addWidget(m_toEnabled);
    periodLayout->addWidget(m_to);
    periodLayout->addStretch();

    auto *contents = new QGroupBox(tr("Contents"), this);
    m_includePrivate =
        new QCheckBox(tr("Include entries marked &private, with their notes"), contents);
    m_escalation = new QCheckBox(tr("&Escalation path"), contents);
    m_contacts = new QCheckBox(tr("&Contacts appendix"), contents);
    m_exhibits =
        new QCheckBox(tr("Copies of the e&xhibits (images and PDF pages) at the end"), contents);
    auto *contentsLayout = new QVBoxLayout(contents);
    contentsLayout->addWidget(m_includePrivate);
    contentsLayout->addWidget(m_escalation);
    contentsLayout->addWidget(m_contacts);
    contentsLayout->addWidget(m_exhibits);

    m_preparedBy = new QLineEdit(this);
    m_preparedBy->setPlaceholderText(tr("Your name, printed on the cover"));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(DossierOptions::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(DossierOptions::Paper::Letter));
    auto *form = new QFormLayout;
    form->addRow(tr("Prepared &by:"), m_preparedBy);
    form->addRow(tr("P&aper:"), m_paper);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(period);
    layout->addWidget(contents);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (auto *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, &DossierOptionsDialog::updateValidity);
    for (auto *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateChanged, this, &DossierOptionsDialog::updateValidity);
    setOptions(DossierOptions{});
}

void DossierOptionsDialog::setOptions(const DossierOptions &options, const QDate &first,
                                      const QDate &last)
{
    const QDate today = QDate::currentDate();
    m_from->setDate(options.from.isValid() ? options.from : first.isValid() ? first : today);
    m_to->setDate(options.to.isValid() ? options.to : last.isValid() ? last : today);
    m_fromEnabled->setChecked(options.from.isValid());
    m_toEnabled->setChecked(options.to.isValid());
    m_from->setEnabled(options.from.isValid());
    m_to->setEnabled(options.to.isValid());
    m_includePrivate->setChecked(options.includePrivate);
    m_escalation->setChecked(options.escalationPath);
    m_contacts->setChecked(options.contactsAppendix);
    m_exhibits->setChecked(options.withExhibits);
    m_preparedBy->setText(options.preparedBy);
    m_paper->setCurrentIndex(m_paper->findData(int(options.paper)));
    updateValidity();
}

DossierOptions DossierOptionsDialog::options() const
{
    DossierOptions options;
    options.from = m_fromEnabled->isChecked() ? m_from->date() : QDate();
    options.to = m_toEnabled->isChecked() ? m_to->date() : QDate();
    options.includePrivate = m_includePrivate->isChecked();
    options.escalationPath = m_escalation->isChecked();
    options.contactsAppendix = m_contacts->isChecked();
    options.withExhibits = m_exhibits->isChecked();
    options.preparedBy = m_preparedBy->text().trimmed();
    options.paper = DossierOptions::Paper(m_paper->currentData().toInt());
    return options;
}

bool DossierOptionsDialog::isValid() const
{
    const auto chosen = options();
    return !(chosen.from.isValid() && chosen.to.isValid() && chosen.from > chosen.to);
}

void DossierOptionsDialog::updateValidity()
{
    const bool valid = isValid();
    m_problem->setText(valid ? QString()
                             : tr("The first day is after the last day: change one of them."));
    m_problem->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace leverage::ui
