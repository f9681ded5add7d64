#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <map>

class QMenu;
class QWidget;

namespace leverage::testing {

// The Alt+letter a text gives ("&Ref. no." → 'r'); a null QChar when none ("&&" is a "&").
QChar mnemonicOf(const QString &text);

// Which texts claim each Alt+letter; the letters claimed more than once, as sentences.
class MnemonicRegister
{
public:
    void add(const QString &text);
    QStringList clashes(const QString &where) const;

private:
    std::map<QChar, QStringList> m_claims;
};

// The mnemonics a window offers at once: its shown labels, buttons, group boxes and tabs, and
// the titles in its menu bar (a popup menu's items are a scope of their own).
QStringList windowClashes(QWidget &window, const QString &where);
// A menu's visible items, and each submenu's as a scope of its own.
QStringList menuClashes(QMenu &menu, const QString &where);

} // namespace leverage::testing
