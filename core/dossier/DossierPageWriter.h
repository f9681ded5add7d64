#pragma once

#include "core/dossier/DossierEmoji.h"
#include "core/dossier/DossierFlow.h"

#include <QFont>
#include <QHash>
#include <functional>
#include <memory>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace leverage {

// Lays the dossier's blocks out onto pages, one row or paragraph at a time, and draws them
// when given a painter (without one it only measures: the first pass, which counts the pages
// and finds each section's page). A line of text is drawn once, on one page: a row or a
// paragraph too tall for what is left of a page is split between two of its lines, never
// clipped. A table's header row is repeated at the top of every page it continues on, and a
// word is not broken inside (the font of a cell shrinks a little first).
class DossierPageWriter final
{
public:
    struct Frame
    {
        qreal top = 0; // where the body starts on the device's page
        qreal width = 0;
        qreal height = 0;
    };
    // Starts a new page (drawing the bands of the one that ends); false when it could not.
    using NextPage = std::function<bool()>;
    // Called after each row or block; false stops the writer (the user cancelled).
    using Step = std::function<bool()>;

    DossierPageWriter(QPaintDevice &device, QPainter *painter, const Frame &frame,
                      NextPage nextPage, Step step);
    ~DossierPageWriter();

    // Lays out (and draws) one block; false when a page could not be started or a step said
    // stop. `next`, the block that follows: a heading stays on the page of the first row of
    // the table under it.
    bool write(const DossierBlock &block, const DossierBlock *next = nullptr);

    int page() const { return m_page; } // 1-based, the page being filled
    // The page each section heading landed on, by DossierBlock::section, and how far down the
    // body it starts (device pixels), for the contents and the PDF's outline.
    const QList<int> &sectionPages() const { return m_sectionPages; }
    const QList<qreal> &sectionTops() const { return m_sectionTops; }

    // The font every part of the dossier prints in, at `pointSize`.
    static QFont font(qreal pointSize);

private:
    struct Cell;
    struct RowLayout;

    qreal points(qreal pt) const;
    QFont deviceFont(qreal pointSize) const;
    std::unique_ptr<QTextLayout> layout(const DossierText &text, qreal pointSize, qreal width,
                                        Qt::Alignment alignment) const;
    bool newPage();
    bool writeText(const DossierBlock &block, const DossierBlock *next);
    // The height of a table's header and first row: what a heading above it keeps with it.
    qreal firstRowHeight(const DossierTable &table);
    bool writeTable(const DossierTable &table, qreal spaceAfter);
    RowLayout layoutRow(const DossierTable &table, const DossierRow &row, bool header) const;
    void drawRowPart(const DossierTable &table, RowLayout &row, qreal height);
    static QColor background(const RowLayout &row, const Cell &cell);

    QPaintDevice &m_device;
    QPainter *m_painter;
    Frame m_frame;
    NextPage m_nextPage;
    Step m_step;
    qreal m_perPoint;
    qreal m_y = 0; // from the top of the body
    int m_page = 1;
    QList<int> m_sectionPages;
    QList<qreal> m_sectionTops;
    mutable QHash<int, QFont> m_fonts;
    DossierEmoji m_emoji;
};

} // namespace leverage
