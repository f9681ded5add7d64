#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class Hunspell;

namespace leverage::ui {

// Hunspell (Debian's libhunspell) with the dictionary of the user's language, from
// /usr/share/hunspell: the locale's (de_DE, en_GB …) when installed, else en_US. Loading a
// dictionary takes a moment: one checker is shared by every letter editor.
class SpellChecker final
{
public:
    static constexpr auto kDictionaryDir = "/usr/share/hunspell";

    // The shared checker for the locale's language; null when no dictionary is installed.
    static std::shared_ptr<SpellChecker> forLocale();
    // The checker of one dictionary, e.g. "en_US"; null when it is not installed.
    static std::shared_ptr<SpellChecker> forLanguage(const QString &language);

    explicit SpellChecker(const QString &language, std::unique_ptr<Hunspell> hunspell);
    ~SpellChecker();

    QString language() const { return m_language; }
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    // Accepts the word until the program ends (a name, a reference).
    void accept(const QString &word);

private:
    QString m_language;
    std::unique_ptr<Hunspell> m_hunspell;
};

} // namespace leverage::ui
