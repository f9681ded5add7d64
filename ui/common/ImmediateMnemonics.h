#pragma once

#include <QObject>

namespace leverage::ui {

// A button's Alt letter presses it at once. Qt animates such a press and clicks 100 ms later;
// a person who types straight on (Alt+S, then the case's title) lost the first words to the
// button, which had the focus until the dialog it opens came up. One filter on the application
// serves every button; the composition root installs it once.
class ImmediateMnemonics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImmediateMnemonics)

public:
    // Installs the filter on the running application unless it is there already.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ImmediateMnemonics(QObject *parent) : QObject(parent) {}
};

} // namespace leverage::ui
