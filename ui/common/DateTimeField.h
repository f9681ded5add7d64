#pragma once

#include <QDateTimeEdit>

namespace leverage::ui {

// A date, time or date-and-time field that keeps the keyboard moving through the form: Tab
// and Shift+Tab leave the field (QDateTimeEdit's own Tab walks its sections, so the next
// field's typing landed in "Opened"); the sections are reached with Left/Right or by typing
// with separators, and F4 or Alt+Down opens the calendar of a field that has a date.
// Made by the builders in FormFields, so every form's date fields behave alike.
class DateTimeField final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTimeField)

public:
    explicit DateTimeField(QWidget *parent = nullptr);
    DateTimeField(QDate date, QWidget *parent);
    DateTimeField(QTime time, QWidget *parent);

    // Shows the calendar below the field; false when the field has no date or no popup.
    bool showCalendar();

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace leverage::ui
