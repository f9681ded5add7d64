#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads a PDF back with Debian's poppler-utils and qpdf, as a person's viewer would. A missing
// tool is a test failure, not a skip: the checks are the point of the suite.
namespace leverage::testing {

// `pdftotext` (-layout when asked) of the whole file, ligatures unfolded (NFKC); empty and a
// gtest failure if the tool is missing or fails.
QString pdfText(const QString &pdfPath, bool layout = true);
// `pdftotext -enc UTF-8` exactly as a reader's search sees it: no normalisation at all.
QString pdfRawText(const QString &pdfPath, bool layout = false);
// The text split into pages (pdftotext ends each page with a form feed).
QStringList pdfPages(const QString &pdfPath);
// Runs `qpdf --check`; returns its exit code (-1 when it could not run) and its output.
int qpdfCheck(const QString &pdfPath, QString *output);
// `pdfinfo` of the file (Title:, Author:, Subject:, CreationDate:, Pages: ...).
QString pdfInfo(const QString &pdfPath);
// The titles of the PDF's outline (bookmarks) and the 1-based page each opens, as qpdf reads
// them.
QList<QPair<QString, int>> pdfOutline(const QString &pdfPath);
// One word as `pdftotext -bbox` places it, in points from the page's top left.
struct WordBox
{
    int page = 0;
    double pageWidth = 0;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text;
};
QList<WordBox> wordBoxes(const QString &pdfPath);
// Lines trimmed, runs of spaces collapsed to one, empty lines dropped: what a golden compares.
QString normalisedText(const QString &text);
// Text with every whitespace character removed, to find words the layout wrapped.
QString withoutWhitespace(const QString &text);

} // namespace leverage::testing
