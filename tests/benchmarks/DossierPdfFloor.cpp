// dossier_pdf_floor OUT.pdf PAGES: the floor a dossier is measured against. Qt alone draws
// PAGES pages of lines like a timeline row's (the dossier's font, size and resolution, 60 lines
// a page, one drawText each) to a QPdfWriter: what printing costs before any layout of ours.
#include "core/dossier/DossierPageWriter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: dossier_pdf_floor OUT.pdf PAGES\n");
        return 2;
    }
    const int pages = QByteArray(argv[2]).toInt();
    QElapsedTimer timer;
    timer.start();
    QPdfWriter writer(QString::fromLocal8Bit(argv[1]));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(600);
    QPainter painter(&writer);
    painter.setFont(QFont(leverage::DossierPageWriter::font(8.5), &writer));
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
    std::printf("drew %d pages in %lld ms\n", pages, timer.elapsed());
    return 0;
}
