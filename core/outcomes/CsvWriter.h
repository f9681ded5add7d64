#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace leverage::outcomes {

// CSV as RFC 4180 says (CRLF line ends, a field with a comma, a quote or a line break in
// quotes, quotes doubled), in UTF-8 with a byte-order mark so spreadsheets pick the right
// encoding. A cell that begins with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe: a spreadsheet would otherwise run it as a formula (CSV injection).
class CsvWriter final
{
public:
    static QByteArray document(const QStringList &headers, const QList<QStringList> &rows);
    static QString field(const QString &cell);
};

} // namespace leverage::outcomes
