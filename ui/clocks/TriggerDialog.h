#pragma once

#include "core/clocks/ClockTrigger.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// An event a case's clocks count from: the route, what happened, the date it was sent and the
// date it was received (either may be unknown), optionally the timeline entry it is (whose
// date then fills both).
class TriggerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerDialog)

public:
    TriggerDialog(Workspace &workspace, clocks::ClockTrigger trigger, QWidget *parent = nullptr);

    clocks::ClockTrigger trigger() const;

private:
    void entryChosen();
    void updateOk();

    Workspace &m_workspace;
    clocks::ClockTrigger m_trigger;
    QComboBox *m_route = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_entry = nullptr;
    QCheckBox *m_sentKnown = nullptr;
    QDateTimeEdit *m_sent = nullptr;
    QCheckBox *m_receivedKnown = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace leverage::ui
