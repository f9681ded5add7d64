#include "core/dossier/DossierText.h"

namespace leverage {

DossierText &DossierText::add(const QString &text, quint8 style)
{
    if (text.isEmpty())
        return *this;
    QString printable = text;
    printable.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // QTextLayout breaks the line at U+2028 and prints nothing for it.
    printable.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (style != Plain) {
        if (!m_spans.isEmpty() && m_spans.last().style == style &&
            m_spans.last().start + m_spans.last().length == m_text.size())
            m_spans.last().length += int(printable.size());
        else
            m_spans.append({int(m_text.size()), int(printable.size()), style});
    }
    m_text += printable;
    return *this;
}

DossierText &DossierText::newLine()
{
    if (!m_text.isEmpty())
        m_text += QChar::LineSeparator;
    return *this;
}

DossierText &DossierText::addLine(const QString &text, quint8 style)
{
    if (text.isEmpty())
        return *this;
    return newLine().add(text, style);
}

} // namespace leverage
