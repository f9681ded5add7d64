#pragma once

#include <QWidget>

class QCommandLinkButton;

namespace leverage::ui {

// What an empty workspace shows in place of the timeline: the four ways in (the demo, a first
// case, contacts from an address book, the tour). It only asks; the window's wiring acts.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Once the tour was taken or skipped it is no longer offered here (Help keeps it).
    void setTourOffered(bool offered);
    QCommandLinkButton *tourButton() const { return m_tour; }

Q_SIGNALS:
    void openDemoRequested();
    void newCaseRequested();
    void importContactsRequested();
    void tourRequested();

private:
    QCommandLinkButton *m_tour = nullptr;
};

} // namespace leverage::ui
