#pragma once

#include "core/dossier/DossierText.h"

#include <QList>
#include <functional>
#include <memory>

namespace leverage {

// The dossier as a flow of blocks, in print order: headings, paragraphs and tables whose rows
// are made one at a time when they are printed, so a case of 10,000 entries never exists as
// 10,000 laid-out rows at once. DossierPageWriter lays the blocks out onto pages.
struct DossierCell
{
    DossierText text;
    int span = 1;       // columns this cell covers
    bool label = false; // a fact table's shaded label column
    bool right = false; // aligned right (page numbers in the contents)
};

struct DossierRow
{
    QList<DossierCell> cells;
    bool shaded = false; // a broken promise, a service failure
};

struct DossierTable
{
    QList<int> widths; // per cent of the page width, one per column
    qreal pointSize = 8.5;
    qreal paddingPt = 3;
    bool borders = true;
    DossierRow header; // repeated at the top of every page the table continues on
    int rowCount = 0;
    std::function<DossierRow(int)> row;
};

struct DossierBlock
{
    enum class Kind
    {
        Heading, // a section (level 2) or sub-heading (level 3); level 1 is the title
        Paragraph,
        Bullet,
        Table
    };

    Kind kind = Kind::Paragraph;
    int level = 0;
    DossierText text;
    qreal pointSize = 9.5;
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 4;
    bool grey = false;
    bool pageBreakBefore = false;
    int section = -1; // index in the contents for a section heading
    std::shared_ptr<const DossierTable> table;
};

using DossierFlow = QList<DossierBlock>;

} // namespace leverage
