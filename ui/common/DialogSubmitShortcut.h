#pragma once

#include <QObject>

namespace leverage::ui {

// Ctrl+Return submits whatever dialog has the focus, as its OK (or default) button would, so a
// multi-line field where Return adds a line never traps the keyboard. One filter on the
// application serves every dialog, ours and Qt's; the composition root installs it once.
class DialogSubmitShortcut final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogSubmitShortcut)

public:
    // Installs the filter on the running application unless it is there already.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DialogSubmitShortcut(QObject *parent) : QObject(parent) {}
};

} // namespace leverage::ui
