#pragma once

#include <QList>
#include <QString>

namespace leverage {

// A piece of dossier text with its emphasis: the plain characters exactly as stored (so the
// PDF's text layer is the user's text) and the ranges printed bold, italic or smaller. User
// text is never markup: there is nothing to escape.
class DossierText final
{
public:
    enum Style : quint8
    {
        Plain = 0,
        Bold = 1,
        Italic = 2,
        Small = 4, // a size smaller, for positions, extensions, "hold 3 min"
    };

    struct Span
    {
        int start = 0;
        int length = 0;
        quint8 style = Plain;
    };

    DossierText() = default;
    DossierText(const QString &text, quint8 style = Plain) { add(text, style); } // NOLINT

    // Appends `text`; a line break in it ("\n", "\r\n") becomes a line break in print.
    DossierText &add(const QString &text, quint8 style = Plain);
    // Starts a new line (only between two non-empty parts).
    DossierText &newLine();
    // Appends `text` on a line of its own when the text so far is not empty.
    DossierText &addLine(const QString &text, quint8 style = Plain);

    const QString &text() const { return m_text; }
    const QList<Span> &spans() const { return m_spans; }
    bool isEmpty() const { return m_text.isEmpty(); }

private:
    QString m_text;
    QList<Span> m_spans; // only the styled ranges
};

} // namespace leverage
