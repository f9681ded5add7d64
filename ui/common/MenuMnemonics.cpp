#include "ui/common/MenuMnemonics.h"

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QVariant>

namespace leverage::ui {
namespace {

// The letters of `text` an Alt letter could be, best first: a word's first letter, then the
// others; each once, as positions in the text.
QList<qsizetype> candidatesIn(const QString &text)
{
    QList<qsizetype> positions;
    QSet<QChar> seen;
    for (bool wordStartsOnly : {true, false})
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool wordStart = i == 0 || text[i - 1].isSpace();
            if ((wordStart || !wordStartsOnly) && text[i].isLetter() &&
                !seen.contains(text[i].toLower())) {
                seen.insert(text[i].toLower());
                positions.append(i);
            }
        }
    return positions;
}

// Kuhn's augmenting path: gives item `item` a letter, moving others to another of theirs if
// needed, so that as many items as possible get one (a greedy choice left "Contact Page"
// without: its letters had gone to the items before it).
bool assign(int item, const QList<QString> &texts, const QList<QList<qsizetype>> &candidates,
            QHash<QChar, int> &owner, QSet<QChar> &visited)
{
    for (const qsizetype at : candidates[item]) {
        const QChar letter = texts[item][at].toLower();
        if (visited.contains(letter))
            continue;
        visited.insert(letter);
        const auto it = owner.constFind(letter);
        if (it == owner.cend() ||
            (it.value() >= 0 && assign(it.value(), texts, candidates, owner, visited))) {
            owner[letter] = item;
            return true;
        }
    }
    return false;
}

// Fills `menu` each time it opens; once per menu.
void fillOnShow(QMenu *menu)
{
    const char *const installed = "leverageMenuMnemonics";
    if (menu->property(installed).toBool())
        return;
    menu->setProperty(installed, true);
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu] { MenuMnemonics::fill(*menu); });
}

bool isCommand(const QAction *action)
{
    return action->isVisible() && !action->isSeparator() && !action->text().isEmpty();
}

} // namespace

QChar MenuMnemonics::letterOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

void MenuMnemonics::install(QMenuBar &bar)
{
    for (QAction *top : bar.actions())
        if (QMenu *menu = top->menu())
            fillOnShow(menu);
}

void MenuMnemonics::fill(QMenu &menu)
{
    // Open Recent lists files: their names are not commands (and may hold an ampersand).
    if (menu.objectName() == QLatin1String("recentMenu"))
        return;
    QHash<QChar, int> owner; // letter → the item that has it; -1: a letter given in the text
    QList<QAction *> without;
    for (QAction *action : menu.actions()) {
        if (QMenu *sub = action->menu())
            fillOnShow(sub); // its items are a menu of their own, filled when it opens
        if (!isCommand(action))
            continue;
        if (const QChar letter = MenuMnemonics::letterOf(action->text()); !letter.isNull())
            owner.insert(letter, -1);
        else if (!action->text().contains(QLatin1Char('&')))
            without.append(action);
    }
    QList<QString> texts;
    QList<QList<qsizetype>> candidates;
    for (const QAction *action : without) {
        texts.append(action->text());
        candidates.append(candidatesIn(action->text()));
    }
    for (int item = 0; item < without.size(); ++item) {
        QSet<QChar> visited;
        assign(item, texts, candidates, owner, visited);
    }
    for (auto it = owner.cbegin(); it != owner.cend(); ++it) {
        if (it.value() < 0)
            continue;
        const QString &text = texts[it.value()];
        for (const qsizetype at : candidates[it.value()])
            if (text[at].toLower() == it.key()) {
                without[it.value()]->setText(QString(text).insert(at, QLatin1Char('&')));
                break;
            }
    }
}

} // namespace leverage::ui
