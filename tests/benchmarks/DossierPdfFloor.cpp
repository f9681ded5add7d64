// dossier_pdf_floor OUT.pdf PAGES: the Qt-only floor (PdfFloor.h) as a timed command, to run
// beside dossier_large_case under /usr/bin/time (see README).
#include "tests/benchmarks/PdfFloor.h"

#include <QElapsedTimer>
#include <QGuiApplication>
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
    leverage::bench::drawPdfFloor(QString::fromLocal8Bit(argv[1]), pages);
    std::printf("drew %d pages in %lld ms\n", pages, timer.elapsed());
    return 0;
}
