#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

namespace leverage::ui {

// A dialog that asks before typed content is thrown away: Esc, Cancel or the window's close
// button on a changed dialog asks "Discard the changes to this case?" with Discard / Keep
// editing; an unchanged one closes at once. What the fields held is taken when the dialog is
// first shown, so values a caller sets before exec() are the starting point.
class GuardedDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedDialog)

public:
    ~GuardedDialog() override;

    void reject() override;
    void setVisible(bool visible) override;
    // Whether a field differs from what it held when the dialog was shown.
    bool isChanged() const;

protected:
    explicit GuardedDialog(QWidget *parent);

    // The question asked; the default speaks of "what you typed".
    void setDiscardQuestion(const QString &question) { m_question = question; }
    void showEvent(QShowEvent *event) override;

private:
    QStringList fieldValues() const;

    QString m_question;
    QStringList m_shown;
    bool m_taken = false;
    bool m_placeholdersFitted = false;
};

} // namespace leverage::ui
