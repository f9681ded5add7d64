#include "core/dossier/DossierEmoji.h"

#include <QFontMetricsF>
#include <QPainter>

namespace leverage {
namespace {

const QString kEmojiFamily = QStringLiteral("Noto Color Emoji");
constexpr int kPicturePixels = 96; // an emoji's height in its picture: sharp at 600 dpi

char32_t codePointAt(const QString &text, int i, int *length)
{
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    }
    *length = 1;
    return text.at(i).unicode();
}

// The pictographs, smileys, people, flags' regional letters and symbols of the emoji blocks.
bool startsEmoji(char32_t c)
{
    return c >= 0x1F000 && c <= 0x1FAFF;
}

// What continues an emoji: another emoji (a flag's second letter, a skin tone), a zero-width
// joiner, the emoji variation selector, the tags of a subdivision flag.
bool continuesEmoji(char32_t c)
{
    return startsEmoji(c) || c == 0x200D || c == 0xFE0F || (c >= 0xE0020 && c <= 0xE007F);
}

// [start, end) of each emoji run of `text`.
QList<QPair<int, int>> emojiRuns(const QString &text, int from, int to)
{
    QList<QPair<int, int>> runs;
    int length = 1;
    for (int i = from; i < to; i += length) {
        length = 1;
        if (!text.at(i).isHighSurrogate() || !startsEmoji(codePointAt(text, i, &length)))
            continue;
        int end = i + length;
        while (end < to && continuesEmoji(codePointAt(text, end, &length)))
            end += length;
        runs.append({i, end});
        length = end - i;
    }
    return runs;
}

} // namespace

void DossierEmoji::format(const QString &text, QList<QTextLayout::FormatRange> &formats)
{
    QTextCharFormat emoji;
    emoji.setFontFamilies({kEmojiFamily});
    for (const auto &[start, end] : emojiRuns(text, 0, int(text.size())))
        formats.append({start, end - start, emoji});
}

void DossierEmoji::draw(QPainter &painter, const QTextLayout &layout, const QTextLine &line,
                        const QPointF &origin, const QColor &background)
{
    const QString &text = layout.text();
    const int from = line.textStart();
    for (const auto &[start, end] : emojiRuns(text, from, from + line.textLength())) {
        const qreal left = line.cursorToX(start);
        const qreal right = line.cursorToX(end);
        const QRectF box(origin.x() + std::min(left, right), origin.y() + line.y(),
                         std::abs(right - left), line.height());
        if (box.width() > 0)
            painter.drawImage(box, picture(text.mid(start, end - start), background));
    }
}

const QImage &DossierEmoji::picture(const QString &emoji, const QColor &background)
{
    const QString key = emoji + background.name();
    auto found = m_pictures.find(key);
    if (found != m_pictures.end())
        return *found;
    QFont font(kEmojiFamily);
    font.setPixelSize(kPicturePixels);
    const QFontMetricsF metrics(font);
    QImage image(qCeil(metrics.horizontalAdvance(emoji)), qCeil(metrics.height()),
                 QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.setFont(font);
    painter.drawText(QPointF(0, metrics.ascent()), emoji);
    painter.end();
    return *m_pictures.insert(key, image);
}

} // namespace leverage
