#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QTextLayout>

class QPainter;

namespace leverage {

// Colour emoji in a PDF. Qt 6.4's PDF writer embeds Noto Color Emoji (bitmap glyphs, CBDT) as
// a font without outlines, so its emoji print blank; Qt's raster engine draws them in colour.
// So an emoji is laid out in Noto Color Emoji (for its width) and drawn as a picture over the
// blank glyph: opaque, on the background of its cell (PDF/A-1 has no transparency). Like every
// character beyond U+FFFF, Qt maps none of them back to text: they are not searchable.
class DossierEmoji final
{
public:
    // Adds to `formats` the emoji of `text` (with their skin tones, joiners and flags), set in
    // Noto Color Emoji.
    static void format(const QString &text, QList<QTextLayout::FormatRange> &formats);
    // Draws the emoji of `line` (drawn at `origin`) as pictures.
    void draw(QPainter &painter, const QTextLayout &layout, const QTextLine &line,
              const QPointF &origin, const QColor &background);

private:
    const QImage &picture(const QString &emoji, const QColor &background);

    QHash<QString, QImage> m_pictures; // by emoji and background: a case uses a handful
};

} // namespace leverage
