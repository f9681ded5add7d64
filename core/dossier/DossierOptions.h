#pragma once

#include <QDate>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace leverage {

// What the user chose before printing: which part of the case, which sections, what paper.
struct DossierOptions
{
    enum class Paper
    {
        A4,
        Letter
    };

    QDate from; // null: from the first entry
    QDate to;   // null: up to the last entry
    // Private entries are left out of a dossier (with their notes) unless the user asks.
    bool includePrivate = false;
    bool contactsAppendix = true;
    bool escalationPath = true;
    QString preparedBy;
    // The exhibits' own pages after the exhibit index: images, PDFs' pages (issue 21).
    bool withExhibits = false;
    Paper paper = defaultPaper(paperLocale());

    // Letter where it is the usual office paper (the US, Canada, Mexico, the Philippines and
    // several countries of Central and South America), else A4.
    static Paper defaultPaper(const QLocale &locale);
    // The locale the user chose for paper: LC_ALL, else LC_PAPER, else LANG (the POSIX order),
    // else the system's. Not the locale of the case's currency, nor the language of the UI.
    static QLocale paperLocale();
    QPageSize pageSize() const;
    // The page with the margins the renderer expects (header and footer fit inside them).
    QPageLayout pageLayout() const;
    // True when `day` lies inside the chosen range (both ends included).
    bool covers(const QDate &day) const;

    friend bool operator==(const DossierOptions &, const DossierOptions &) = default;
};

} // namespace leverage
