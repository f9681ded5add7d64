#include "core/dossier/DossierPageWriter.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace leverage {
namespace {

const QColor kRule(0x77, 0x77, 0x77);
const QColor kHeaderShade(0xe4, 0xe4, 0xe4);
const QColor kLabelShade(0xf0, 0xf0, 0xf0);
const QColor kRowShade(0xec, 0xec, 0xec);
const QColor kGrey(0x44, 0x44, 0x44);

constexpr qreal kSmall = 7.5 / 8.5; // "hold 3 min" under "12 min"
// A cell whose word does not fit its column is set smaller, down to this, before the word is
// broken (only a word wider than the column at that size is).
constexpr qreal kShrinkSteps[] = {1.0, 0.92, 0.85, 0.78};

// Chinese, Japanese and Korean break between characters; that is not a word broken in two.
bool breaksBetweenCharacters(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool isRightToLeft(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Arabic:
    case QChar::Script_Hebrew:
    case QChar::Script_Syriac:
    case QChar::Script_Thaana:
    case QChar::Script_Nko:
        return true;
    default:
        return false;
    }
}

// Right-to-left runs are set a hair tighter (the same 1/64 px, negative): poppler reads a
// right-to-left glyph followed by the smallest gap, even the rounding of glyph positions, as
// the end of a word, and would give "ש וב ה" for "השובה" or "ش ك ر ا" for "شكرا". Arabic
// still joins: its forms and required ligatures are not the optional ones spacing turns off.
void unspaceRightToLeft(const QString &text, QList<QTextLayout::FormatRange> &formats)
{
    QTextCharFormat unspaced;
    unspaced.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    unspaced.setFontLetterSpacing(-1.0 / 64);
    for (int i = 0; i < text.size();) {
        if (!isRightToLeft(text.at(i))) {
            ++i;
            continue;
        }
        int end = i + 1;
        // Spaces and punctuation between two right-to-left words belong to the run.
        for (int next = end; next < text.size(); ++next) {
            if (isRightToLeft(text.at(next)))
                end = next + 1;
            else if (text.at(next).script() != QChar::Script_Common &&
                     text.at(next).script() != QChar::Script_Inherited)
                break;
        }
        formats.append({i, end - i, unspaced});
        i = end;
    }
}

// True when the layout broke a line inside a word (after a hyphen, a slash, an "@"...) or a
// word ran past the width.
bool breaksAWord(const QTextLayout &layout, qreal width)
{
    const QString &text = layout.text();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (line.naturalTextWidth() > width + 0.5)
            return true;
        const int start = line.textStart();
        if (i == 0 || start <= 0 || start >= text.size())
            continue;
        const QChar before = text.at(start - 1);
        if (!before.isSpace() && before != QChar::LineSeparator &&
            !breaksBetweenCharacters(before) && !breaksBetweenCharacters(text.at(start)))
            return true;
    }
    return false;
}

} // namespace

struct DossierPageWriter::Cell
{
    std::unique_ptr<QTextLayout> layout;
    qreal x = 0;
    qreal width = 0;
    qreal height = 0; // of the text
    int nextLine = 0; // the first line not drawn yet (a row split over pages)
    bool label = false;
};

struct DossierPageWriter::RowLayout
{
    std::vector<Cell> cells;
    bool shaded = false;
    bool header = false;

    qreal textHeight() const
    {
        qreal height = 0;
        for (const auto &cell : cells)
            height = std::max(height, cell.height);
        return height;
    }
};

QFont DossierPageWriter::font(qreal pointSize)
{
    // Fonts that are installed with the app's packages, in fallback order: Latin, Greek,
    // Cyrillic, Hebrew and Arabic from DejaVu; Chinese, Japanese and Korean from Noto CJK;
    // symbols DejaVu lacks from Symbola. Emoji are pictures (DossierEmoji).
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Symbola")});
    font.setPointSizeF(pointSize);
    // No "fi", "ff", "ffi" ligatures: Qt 6.4's PDF writer maps a ligature glyph to U+FB01 and
    // the like, so a reader searching "Whitfield" or copying "Office" would not find it. A
    // letter spacing of 1/64 px is the one switch Qt 6.4 has (QFont::setFeature came in 6.6)
    // that turns off only the optional ligatures of scripts that do not need shaping: Arabic
    // stays joined, where QFont::PreferNoShaping would print it unjoined. The spacing itself
    // is invisible (0.1 px at 600 dpi).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

DossierPageWriter::DossierPageWriter(QPaintDevice &device, QPainter *painter, const Frame &frame,
                                     NextPage nextPage, Step step)
    : m_device(device), m_painter(painter), m_frame(frame), m_nextPage(std::move(nextPage)),
      m_step(std::move(step)), m_perPoint(device.logicalDpiY() / 72.0)
{
}

DossierPageWriter::~DossierPageWriter() = default;

qreal DossierPageWriter::points(qreal pt) const
{
    return pt * m_perPoint;
}

QFont DossierPageWriter::deviceFont(qreal pointSize) const
{
    const int key = qRound(pointSize * 100);
    auto found = m_fonts.constFind(key);
    if (found != m_fonts.cend())
        return *found;
    return *m_fonts.insert(key, QFont(font(pointSize), &m_device));
}

std::unique_ptr<QTextLayout> DossierPageWriter::layout(const DossierText &text, qreal pointSize,
                                                       qreal width, Qt::Alignment alignment) const
{
    auto attempt = [&](qreal size, QTextOption::WrapMode wrap) {
        auto layout = std::make_unique<QTextLayout>(text.text(), deviceFont(size), &m_device);
        QList<QTextLayout::FormatRange> formats;
        for (const auto &span : text.spans()) {
            QTextCharFormat format;
            if (span.style & DossierText::Bold)
                format.setFontWeight(QFont::Bold);
            if (span.style & DossierText::Italic)
                format.setFontItalic(true);
            if (span.style & DossierText::Small)
                format.setFontPointSize(size * kSmall);
            formats.append({span.start, span.length, format});
        }
        unspaceRightToLeft(text.text(), formats);
        DossierEmoji::format(text.text(), formats);
        layout->setFormats(formats);
        QTextOption option(alignment);
        option.setWrapMode(wrap);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        return layout;
    };
    for (const qreal step : kShrinkSteps) {
        auto laidOut = attempt(pointSize * step, QTextOption::WordWrap);
        if (!breaksAWord(*laidOut, width))
            return laidOut;
    }
    return attempt(pointSize, QTextOption::WrapAtWordBoundaryOrAnywhere);
}

bool DossierPageWriter::newPage()
{
    if (!m_nextPage())
        return false;
    ++m_page;
    m_y = 0;
    return true;
}

bool DossierPageWriter::write(const DossierBlock &block, const DossierBlock *next)
{
    if (block.pageBreakBefore && m_y > 0 && !newPage())
        return false;
    if (block.section >= m_sectionPages.size()) {
        m_sectionPages.resize(block.section + 1);
        m_sectionTops.resize(block.section + 1);
    }
    const bool written = block.kind == DossierBlock::Kind::Table
                             ? writeTable(*block.table, block.spaceAfterPt)
                             : writeText(block, next);
    return written && m_step();
}

qreal DossierPageWriter::firstRowHeight(const DossierTable &table)
{
    const qreal padding = points(table.paddingPt);
    qreal height = 0;
    if (!table.header.cells.isEmpty())
        height += layoutRow(table, table.header, true).textHeight() + 2 * padding;
    if (table.rowCount > 0)
        height += layoutRow(table, table.row(0), false).textHeight() + 2 * padding;
    return height;
}

bool DossierPageWriter::writeText(const DossierBlock &block, const DossierBlock *next)
{
    const bool bullet = block.kind == DossierBlock::Kind::Bullet;
    const qreal indent = bullet ? points(12) : 0;
    auto text = layout(block.text, block.pointSize, m_frame.width - indent, Qt::AlignLeft);
    const qreal before = m_y > 0 ? points(block.spaceBeforePt) : 0;
    const qreal height =
        text->lineCount() > 0 ? text->lineAt(text->lineCount() - 1).rect().bottom() : 0;
    // A heading keeps at least a few lines of what follows it on its page.
    // A heading keeps at least a few lines of what follows it on its page, and all of the first
    // row of a table under it (not taller than a third of a page: such a row is split anyway).
    qreal keep = block.kind == DossierBlock::Kind::Heading ? points(48) : 0;
    if (keep > 0 && next && next->kind == DossierBlock::Kind::Table && next->table)
        keep = std::max(keep, std::min(firstRowHeight(*next->table), m_frame.height / 3) +
                                  points(block.spaceAfterPt));
    if (m_y > 0 &&
        m_y + before + std::min(height, text->lineAt(0).height()) + keep > m_frame.height)
        if (!newPage())
            return false;
    m_y += m_y > 0 ? before : 0;
    if (block.section >= 0) {
        m_sectionPages[block.section] = m_page;
        m_sectionTops[block.section] = m_y;
    }

    int line = 0;
    while (line < text->lineCount()) {
        // The lines that fit on this page, at least one on a fresh page.
        const qreal top = text->lineAt(line).y();
        int end = line;
        while (end < text->lineCount() &&
               (text->lineAt(end).rect().bottom() - top <= m_frame.height - m_y ||
                (end == line && m_y == 0)))
            ++end;
        if (end == line) {
            if (!newPage())
                return false;
            continue;
        }
        if (m_painter) {
            m_painter->setPen(block.grey ? kGrey : Qt::black);
            const QPointF origin(indent, m_frame.top + m_y - top);
            if (bullet && line == 0) {
                m_painter->setFont(deviceFont(block.pointSize));
                m_painter->drawText(
                    QPointF(points(3), m_frame.top + m_y + text->lineAt(0).ascent()),
                    QStringLiteral("\u2022"));
            }
            for (int i = line; i < end; ++i) {
                text->lineAt(i).draw(m_painter, origin);
                m_emoji.draw(*m_painter, *text, text->lineAt(i), origin, Qt::white);
            }
        }
        m_y += text->lineAt(end - 1).rect().bottom() - top;
        line = end;
        if (line < text->lineCount() && !newPage())
            return false;
    }
    m_y += points(block.spaceAfterPt);
    return true;
}

DossierPageWriter::RowLayout DossierPageWriter::layoutRow(const DossierTable &table,
                                                          const DossierRow &row, bool header) const
{
    RowLayout laidOut;
    laidOut.shaded = row.shaded;
    laidOut.header = header;
    const qreal padding = points(table.paddingPt);
    int column = 0;
    qreal x = 0;
    for (const auto &cell : row.cells) {
        int percent = 0;
        for (int i = 0; i < cell.span && column < table.widths.size(); ++i)
            percent += table.widths.at(column++);
        Cell out;
        out.x = x;
        out.width = m_frame.width * percent / 100.0;
        out.label = cell.label;
        x += out.width;
        out.layout = layout(cell.text, table.pointSize, std::max(out.width - 2 * padding, 1.0),
                            cell.right ? Qt::AlignRight : Qt::AlignLeft);
        const int lines = out.layout->lineCount();
        out.height =
            lines > 0 && !cell.text.isEmpty() ? out.layout->lineAt(lines - 1).rect().bottom() : 0;
        laidOut.cells.push_back(std::move(out));
    }
    return laidOut;
}

QColor DossierPageWriter::background(const RowLayout &row, const Cell &cell)
{
    if (row.header)
        return kHeaderShade;
    if (row.shaded)
        return kRowShade;
    return cell.label ? kLabelShade : QColor(Qt::white);
}

// Draws the lines of `row` that fit in `height` (its padding included) at the current
// position, with the cells' shading and rules.
void DossierPageWriter::drawRowPart(const DossierTable &table, RowLayout &row, qreal height)
{
    const qreal padding = points(table.paddingPt);
    const qreal top = m_frame.top + m_y;
    if (m_painter) {
        for (const auto &cell : row.cells)
            if (const QColor shade = background(row, cell); shade != Qt::white)
                m_painter->fillRect(QRectF(cell.x, top, cell.width, height), shade);
        m_painter->setPen(Qt::black);
    }
    for (auto &cell : row.cells) {
        const int lines = cell.layout->lineCount();
        if (cell.nextLine >= lines || cell.height == 0)
            continue;
        const qreal first = cell.layout->lineAt(cell.nextLine).y();
        int end = cell.nextLine;
        while (end < lines &&
               cell.layout->lineAt(end).rect().bottom() - first <= height - 2 * padding + 0.01)
            ++end;
        if (m_painter) {
            const QPointF origin(cell.x + padding, top + padding - first);
            for (int i = cell.nextLine; i < end; ++i) {
                cell.layout->lineAt(i).draw(m_painter, origin);
                m_emoji.draw(*m_painter, *cell.layout, cell.layout->lineAt(i), origin,
                             background(row, cell));
            }
        }
        cell.nextLine = end;
    }
    if (m_painter && table.borders) {
        QPen pen(kRule);
        pen.setWidthF(points(0.5));
        m_painter->setPen(pen);
        const qreal right = row.cells.back().x + row.cells.back().width;
        m_painter->drawLine(QLineF(0, top, right, top));
        m_painter->drawLine(QLineF(0, top + height, right, top + height));
        m_painter->drawLine(QLineF(0, top, 0, top + height));
        for (const auto &cell : row.cells)
            m_painter->drawLine(
                QLineF(cell.x + cell.width, top, cell.x + cell.width, top + height));
    }
    m_y += height;
}

bool DossierPageWriter::writeTable(const DossierTable &table, qreal spaceAfter)
{
    const qreal padding = points(table.paddingPt);
    const bool hasHeader = !table.header.cells.isEmpty();
    RowLayout header;
    qreal headerHeight = 0;
    if (hasHeader) {
        header = layoutRow(table, table.header, true);
        headerHeight = header.textHeight() + 2 * padding;
    }
    auto drawHeader = [&] {
        if (!hasHeader)
            return;
        for (auto &cell : header.cells)
            cell.nextLine = 0;
        drawRowPart(table, header, headerHeight);
    };
    bool headerDrawn = false;
    for (int i = 0; i < table.rowCount; ++i) {
        RowLayout row = layoutRow(table, table.row(i), false);
        const qreal full = row.textHeight();
        qreal left = full; // text height still to draw
        while (true) {
            const qreal needed = (headerDrawn ? 0 : headerHeight) + left + 2 * padding;
            const qreal room = m_frame.height - m_y;
            if (needed <= room) {
                if (!headerDrawn)
                    drawHeader();
                headerDrawn = true;
                drawRowPart(table, row, left + 2 * padding);
                break;
            }
            // Too tall for what is left: a row taller than a third of a page is split between
            // two of its lines; a shorter one moves to the next page whole.
            // At the top of a page (below the repeated header) nothing is gained by waiting.
            const bool fresh = m_y == 0 || (headerDrawn && m_y <= headerHeight + 0.01);
            const qreal space = room - (headerDrawn ? 0 : headerHeight) - 2 * padding;
            const bool split =
                (full > m_frame.height / 3 || fresh) && space > points(table.pointSize) * 3;
            if (split) {
                if (!headerDrawn)
                    drawHeader();
                headerDrawn = true;
                // The tallest part that ends on a line boundary in every cell.
                qreal part = 0;
                for (const auto &cell : row.cells) {
                    const int lines = cell.layout->lineCount();
                    if (cell.nextLine >= lines || cell.height == 0)
                        continue;
                    const qreal first = cell.layout->lineAt(cell.nextLine).y();
                    qreal fits = 0;
                    for (int l = cell.nextLine; l < lines; ++l) {
                        const qreal bottom = cell.layout->lineAt(l).rect().bottom() - first;
                        if (bottom > space)
                            break;
                        fits = bottom;
                    }
                    part = std::max(part, fits);
                }
                if (part > 0) {
                    drawRowPart(table, row, part + 2 * padding);
                    qreal remaining = 0;
                    for (const auto &cell : row.cells) {
                        const int lines = cell.layout->lineCount();
                        if (cell.nextLine < lines && cell.height > 0)
                            remaining = std::max(
                                remaining, cell.height - cell.layout->lineAt(cell.nextLine).y());
                    }
                    left = remaining;
                    if (left <= 0)
                        break;
                }
            }
            if (!newPage())
                return false;
            drawHeader();
            headerDrawn = true;
        }
        if (!m_step())
            return false;
    }
    m_y += points(spaceAfter);
    return true;
}

} // namespace leverage
