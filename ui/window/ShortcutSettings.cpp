#include "ui/window/ShortcutSettings.h"

#include <QAction>
#include <QSettings>
#include <QVariant>

namespace leverage::ui::shortcuts {
namespace {
constexpr auto kDefaultProperty = "leverageDefaultShortcut";

QString keyFor(const QAction *action)
{
    return QStringLiteral("shortcuts/") + action->objectName();
}
} // namespace

QKeySequence defaultOf(const QAction *action)
{
    const QVariant stored = action->property(kDefaultProperty);
    return stored.isValid() ? stored.value<QKeySequence>() : action->shortcut();
}

void applyStored(const std::vector<WindowAction> &actions)
{
    QSettings settings;
    for (const auto &[action, where] : actions) {
        if (!action->property(kDefaultProperty).isValid())
            action->setProperty(kDefaultProperty, QVariant::fromValue(action->shortcut()));
        // An action without a name cannot be found again on the next start.
        if (action->objectName().isEmpty() || !settings.contains(keyFor(action)))
            continue;
        action->setShortcut(QKeySequence::fromString(settings.value(keyFor(action)).toString(),
                                                     QKeySequence::PortableText));
    }
}

void store(QAction *action, const QKeySequence &keys)
{
    if (!action->property(kDefaultProperty).isValid())
        action->setProperty(kDefaultProperty, QVariant::fromValue(action->shortcut()));
    action->setShortcut(keys);
    if (action->objectName().isEmpty())
        return;
    QSettings settings;
    if (keys == defaultOf(action))
        settings.remove(keyFor(action));
    else
        settings.setValue(keyFor(action), keys.toString(QKeySequence::PortableText));
}

} // namespace leverage::ui::shortcuts
