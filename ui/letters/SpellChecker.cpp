#include "ui/letters/SpellChecker.h"

#include "core/util/Logging.h"

#include <QFileInfo>
#include <QLocale>
#include <hunspell/hunspell.hxx>

namespace leverage::ui {

std::shared_ptr<SpellChecker> SpellChecker::forLanguage(const QString &language)
{
    const QString stem = QStringLiteral("%1/%2").arg(QLatin1String(kDictionaryDir), language);
    const QString aff = stem + QStringLiteral(".aff");
    const QString dic = stem + QStringLiteral(".dic");
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
        return nullptr;
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                               QFile::encodeName(dic).constData());
    return std::make_shared<SpellChecker>(language, std::move(hunspell));
}

std::shared_ptr<SpellChecker> SpellChecker::forLocale()
{
    static std::weak_ptr<SpellChecker> shared;
    if (auto existing = shared.lock())
        return existing;
    auto checker = forLanguage(QLocale().name());
    if (!checker)
        checker = forLanguage(QStringLiteral("en_US"));
    if (checker)
        logging::get("letters")->info("spell checking in {}", checker->language().toStdString());
    else
        logging::get("letters")->warn("no Hunspell dictionary in {}", kDictionaryDir);
    shared = checker;
    return checker;
}

SpellChecker::SpellChecker(const QString &language, std::unique_ptr<Hunspell> hunspell)
    : m_language(language), m_hunspell(std::move(hunspell))
{
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isCorrect(const QString &word) const
{
    return m_hunspell->spell(word.toStdString());
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList out;
    for (const auto &suggestion : m_hunspell->suggest(word.toStdString()))
        out << QString::fromStdString(suggestion);
    return out;
}

void SpellChecker::accept(const QString &word)
{
    m_hunspell->add(word.toStdString());
}

} // namespace leverage::ui
