#pragma once

#include <QList>
#include <QLocale>

class QTranslator;

namespace leverage::app {

// Installs, on the running application, the translators for `locale`'s languages (its
// uiLanguages(): LANGUAGE, then LC_ALL/LC_MESSAGES/LANG as Qt reads them): Leverage's own texts
// from the .qm files embedded under :/i18n, and Qt's own (dialog buttons, context menus) from
// the system's Qt translations where installed (Debian: qt6-translations-l10n). Returns the
// translators installed (owned by the application); none for English.
QList<QTranslator *> installTranslations(const QLocale &locale = QLocale::system());

} // namespace leverage::app
