#include "app/Translations.h"

#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace leverage::app {
namespace {

// Loads the catalogue `name`_<language> best matching `locale` from `directory` and installs it;
// the translator lives as long as the application.
bool install(const QLocale &locale, const QString &name, const QString &directory,
             QList<QTranslator *> &installed)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed << translator;
    return true;
}

} // namespace

QList<QTranslator *> installTranslations(const QLocale &locale)
{
    QList<QTranslator *> installed;
    // English is the source language: no catalogue, and none of Qt's either, so that a
    // German Qt text never shows beside an English Leverage one.
    if (install(locale, QStringLiteral("leverage"), QStringLiteral(":/i18n"), installed))
        install(locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath), installed);
    QStringList names;
    for (const QTranslator *translator : installed)
        names << QFileInfo(translator->filePath()).fileName();
    logging::get("app")->info("languages {}: translations {}",
                              locale.uiLanguages().join(QLatin1Char(',')).toStdString(),
                              names.isEmpty() ? std::string("none (English)")
                                              : names.join(QLatin1Char(',')).toStdString());
    return installed;
}

} // namespace leverage::app
