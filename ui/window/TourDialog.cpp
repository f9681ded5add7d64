#include "ui/window/TourDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {

TourDialog::TourDialog(std::vector<Step> steps, QWidget *parent)
    : QDialog(parent), m_steps(std::move(steps))
{
    setObjectName(QStringLiteral("tourDialog"));
    setWindowTitle(tr("Leverage Tour"));
    setModal(false);
    m_counter = new QLabel(this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 52);
    m_text->setMinimumHeight(m_text->fontMetrics().height() * 5);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *skip = new QPushButton(tr("&Skip Tour"), this);
    m_back = new QPushButton(tr("&Back"), this);
    m_next = new QPushButton(this);
    m_next->setDefault(true);
    connect(skip, &QPushButton::clicked, this, &TourDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_current + 1 < stepCount()) {
            showStep(m_current + 1);
            return;
        }
        Q_EMIT tourDone(true);
        accept();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(skip);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    showStep(0);
}

void TourDialog::reject()
{
    Q_EMIT tourDone(false);
    QDialog::reject();
}

void TourDialog::showStep(int index)
{
    if (index < 0 || index >= stepCount())
        return;
    m_current = index;
    const Step &step = m_steps[std::size_t(index)];
    m_counter->setText(tr("Step %1 of %2").arg(index + 1).arg(stepCount()));
    m_title->setText(step.title);
    m_text->setText(step.text);
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 < stepCount() ? tr("&Next") : tr("&Finish"));
    m_next->setFocus(Qt::OtherFocusReason);
    if (step.show)
        step.show();
}

} // namespace leverage::ui
