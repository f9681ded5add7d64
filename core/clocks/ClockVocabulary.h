#pragma once

#include <QList>
#include <QString>

namespace leverage::clocks {

// The keys rule files and the store use for sectors, routes and trigger events, with the words
// the user reads. An unknown key (from a rule file of a newer version) reads as itself.
class ClockVocabulary final
{
public:
    struct Term
    {
        QString key;
        QString label;
    };

    static QList<Term> sectors();
    static QList<Term> routes();
    static QList<Term> events();
    // Countries offered first (those of the shipped rules and a few more); the first is "none".
    static QList<Term> countries();

    static QString sectorLabel(const QString &key);
    static QString routeLabel(const QString &key);
    static QString eventLabel(const QString &key);
    static bool isSector(const QString &key);
    static bool isRoute(const QString &key);
};

} // namespace leverage::clocks
