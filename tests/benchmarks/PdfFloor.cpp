#include "tests/benchmarks/PdfFloor.h"

#include "core/dossier/DossierPageWriter.h"

#include <QPainter>
#include <QPdfWriter>

namespace leverage::bench {

void drawPdfFloor(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(600);
    QPainter painter(&writer);
    painter.setFont(QFont(DossierPageWriter::font(8.5), &writer));
    // A line as long as a timeline row's text: 60 of them fill a page.
    const qreal lineHeight = writer.height() / 62.0;
    const QString line =
        QStringLiteral("%1  Mon 2 Mar 2026 10:05 UTC-05:00  Call  Agent 7, Billing "
                       "Supervisor  TK-100042  Asked again why the bill uses an "
                       "estimate  12 min");
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (int i = 0; i < 60; ++i)
            painter.drawText(QPointF(0, (i + 1) * lineHeight), line.arg(page * 60 + i));
    }
    painter.end();
}

} // namespace leverage::bench
