#include "ui/common/DueFields.h"

#include "core/calls/BusinessDays.h"
#include "ui/common/DateTimeField.h"
#include "ui/common/FormFields.h"
#include "ui/models/common/LocalTimeText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace leverage::ui {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

QDateTimeEdit *timeField(QWidget *parent, QTime time)
{
    auto *edit = new DateTimeField(time, parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

DueFields::DueFields(QWidget *parent, const QDateTime &now, int options)
    : QObject(parent), m_now(now), m_madeAt(Instant::fromDateTime(now)),
      m_form(new QComboBox(parent)), m_date(fields::date(parent, QStringLiteral("ddd d MMM yyyy"))),
      m_from(timeField(parent, QTime(14, 0))), m_until(timeField(parent, QTime(16, 0))),
      m_amount(new QSpinBox(parent)), m_unit(new QComboBox(parent)), m_within(new QWidget(parent)),
      m_readBack(new QLabel(parent))
{
    m_form->setObjectName(QStringLiteral("due"));
    if (options & BusinessDayPresets) {
        m_form->addItem(tr("Today, by end of day"), QVariantList{Preset, 0});
        for (int days : {3, 5, 10})
            m_form->addItem(tr("In %1 business days, by end of day").arg(days),
                            QVariantList{Preset, days});
    }
    m_form->addItem(tr("On a date, by end of day"), QVariantList{EndOfDay, 0});
    m_form->addItem(tr("At a time"), QVariantList{Moment, 0});
    m_form->addItem(tr("Between two times"), QVariantList{Window, 0});
    m_form->addItem(tr("Within hours or days of the call"), QVariantList{Within, 0});
    if (options & NoDate)
        m_form->addItem(tr("No date"), QVariantList{Undated, 0});
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(calls::addBusinessDays(now.date(), 1));
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("From (or at)"));
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setAccessibleName(tr("Until"));
    m_amount->setObjectName(QStringLiteral("within"));
    m_amount->setRange(1, 999);
    m_amount->setValue(48);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("hours"), 60);
    m_unit->addItem(tr("days"), kMinutesPerDay);
    auto *withinRow = new QHBoxLayout(m_within);
    withinRow->setContentsMargins(0, 0, 0, 0);
    withinRow->addWidget(m_amount);
    withinRow->addWidget(m_unit);
    withinRow->addWidget(new QLabel(tr("of the call"), m_within), 1);
    m_readBack->setObjectName(QStringLiteral("dueReadBack"));

    const auto changedNow = [this] {
        update();
        Q_EMIT changed();
    };
    connect(m_form, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_date, &QDateTimeEdit::dateChanged, this, changedNow);
    connect(m_from, &QDateTimeEdit::timeChanged, this, changedNow);
    connect(m_until, &QDateTimeEdit::timeChanged, this, changedNow);
    connect(m_amount, &QSpinBox::valueChanged, this, changedNow);
    connect(m_unit, &QComboBox::currentIndexChanged, this, changedNow);
}

void DueFields::addRowsTo(QFormLayout *form)
{
    m_layout = form;
    form->addRow(tr("&Due:"), m_form);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("U&ntil:"), m_until);
    form->addRow(tr("Wi&thin:"), m_within);
    // The row holds the number and its unit: Alt+T goes to the number (a label's buddy must
    // take focus itself, a focus proxy is not enough).
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_within)))
        label->setBuddy(m_amount);
    form->addRow(QString(), m_readBack);
    update();
}

DueFields::Kind DueFields::kind() const
{
    return Kind(m_form->currentData().toList().value(0).toInt());
}

void DueFields::setDue(const DueWindow &due)
{
    const auto select = [this](Kind wanted) {
        for (int i = 0; i < m_form->count(); ++i)
            if (m_form->itemData(i).toList().value(0).toInt() == wanted) {
                m_form->setCurrentIndex(i);
                return;
            }
    };
    if (due.isNull()) {
        select(Undated);
        return;
    }
    // Fields show the wall time the user had when it was recorded.
    const QDateTime until = due.until.toDateTime();
    m_date->setDate(until.date());
    m_until->setTime(until.time());
    switch (due.form) {
    case DueForm::Moment:
        m_from->setTime(until.time());
        select(Moment);
        break;
    case DueForm::Window:
        m_date->setDate(due.from.toDateTime().date());
        m_from->setTime(due.from.toDateTime().time());
        select(Window);
        break;
    case DueForm::Within:
        if (!due.from.isNull())
            m_madeAt = due.from;
        if (due.withinMinutes % kMinutesPerDay == 0 && due.withinMinutes > 48 * 60) {
            m_unit->setCurrentIndex(1);
            m_amount->setValue(due.withinMinutes / kMinutesPerDay);
        } else {
            m_unit->setCurrentIndex(0);
            m_amount->setValue(std::max(1, due.withinMinutes / 60));
        }
        select(Within);
        break;
    case DueForm::EndOfDay:
        select(EndOfDay);
        break;
    }
    update();
}

DueWindow DueFields::due() const
{
    const int offset = m_now.offsetFromUtc();
    const auto at = [offset, this](QTime time) {
        return Instant::fromDateTime(QDateTime(m_date->date(), time, Qt::OffsetFromUTC, offset));
    };
    switch (kind()) {
    case Preset:
        return DueWindow::endOfDay(
            calls::addBusinessDays(m_now.date(), m_form->currentData().toList().value(1).toInt()),
            offset);
    case EndOfDay:
        return DueWindow::endOfDay(m_date->date(), offset);
    case Moment:
        return DueWindow::moment(at(m_from->time()));
    case Window:
        return DueWindow::window(at(m_from->time()), at(m_until->time()));
    case Within:
        return DueWindow::within(m_madeAt, m_amount->value() * m_unit->currentData().toInt());
    case Undated:
        break;
    }
    return {};
}

QString DueFields::problem() const
{
    if (kind() == Window && m_until->time() <= m_from->time())
        return tr("The window ends before it starts. Correct the times.");
    return {};
}

void DueFields::update()
{
    const Kind k = kind();
    if (m_layout) {
        m_layout->setRowVisible(m_date, k == EndOfDay || k == Moment || k == Window);
        m_layout->setRowVisible(m_from, k == Moment || k == Window);
        m_layout->setRowVisible(m_until, k == Window);
        m_layout->setRowVisible(m_within, k == Within);
        m_layout->setRowVisible(m_readBack, k != Undated);
        // "From" reads "Time" for a single moment.
        if (auto *label = qobject_cast<QLabel *>(m_layout->labelForField(m_from)))
            label->setText(k == Moment ? tr("T&ime:") : tr("&From:"));
    }
    const QString problemText = problem();
    m_readBack->setText(problemText.isEmpty() ? tr("Due %1").arg(models::dueText(due()))
                                              : problemText);
}

} // namespace leverage::ui
