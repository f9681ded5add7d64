#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace leverage::ui {

// A closable banner across the window for an error the user can read past, in the manner of
// KDE's KMessageWidget: never modal, it stays until closed or replaced. When errors come in a
// row it shows the latest and says how many came before it, so none passes unseen.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &message);
    // An error a later success made untrue (a time-stamp refused, then granted on a second
    // try): it leaves the bar, which closes when nothing else is left on it.
    void withdraw(const QString &message);
    // What the bar says now (empty when closed).
    QString text() const;
    QToolButton *closeButton() const { return m_close; }

public Q_SLOTS:
    void dismiss();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    void showLatest();

    QStringList m_shown; // every error since the bar was last closed, the latest last
};

} // namespace leverage::ui
