#pragma once

#include "core/calls/CallState.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
class QLineEdit;

namespace leverage::ui {

class RatingCombo;

// The end of a call: how hard it was, how helpful each person was, a one-line summary, and
// the case when the call started without one.
class EndCallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndCallDialog)

public:
    struct CaseChoice
    {
        RowId id = 0;
        QString title;
    };

    // `cases` is shown only when the call has no case yet.
    EndCallDialog(const CallState &state, qint64 elapsedSeconds, qint64 holdSeconds,
                  const QList<CaseChoice> &cases, QWidget *parent = nullptr);

    std::optional<int> effort() const;
    QList<std::optional<int>> helpfulness() const;
    QString summary() const;
    RowId caseId() const;

private:
    RowId m_caseId;
    RatingCombo *m_effort;
    QList<RatingCombo *> m_helpfulness;
    QLineEdit *m_summary;
    QComboBox *m_case = nullptr;
};

} // namespace leverage::ui
