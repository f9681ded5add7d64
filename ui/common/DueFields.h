#pragma once

#include "core/domain/DueWindow.h"

#include <QDateTime>
#include <QObject>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QSpinBox;
class QWidget;

namespace leverage::ui {

// The due moment or window of a promise or a follow-up, as the user says it: business-day
// presets, a date alone ("by end of that day"), a time, a window ("between 14:00 and 16:00"),
// or "within N hours/days" of the call; a line below says it back as it will be stored
// ("within 48 hours — by Wed 4 Mar, 09:12"). Only the fields of the chosen form are shown, so
// Tab goes from the form to what it needs. Used by the Promise, Follow-up and Commitment
// dialogs alike.
class DueFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueFields)

public:
    enum Option
    {
        None = 0,
        BusinessDayPresets = 1, // "Today", "In 3/5/10 business days" (all by end of day)
        NoDate = 2,             // "No date" (a vague "soon")
    };

    // `now` gives the defaults and the user's offset; `madeAt` is what "within" counts from.
    DueFields(QWidget *parent, const QDateTime &now, int options);

    // Adds the rows ("Due", "Date", "From", "Until", "Within", the read-back) to `form`.
    void addRowsTo(QFormLayout *form);
    void setMadeAt(const Instant &madeAt) { m_madeAt = madeAt; }
    void setDue(const DueWindow &due);
    DueWindow due() const;
    QComboBox *formCombo() const { return m_form; }
    // Empty when the entry makes sense, else a sentence saying what to correct.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    enum Kind
    {
        Preset,
        EndOfDay,
        Moment,
        Window,
        Within,
        Undated
    };
    Kind kind() const;
    void update();

    QDateTime m_now;
    Instant m_madeAt;
    QFormLayout *m_layout = nullptr;
    QComboBox *m_form;
    QDateTimeEdit *m_date;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_until;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QWidget *m_within;
    QLabel *m_readBack;
};

} // namespace leverage::ui
