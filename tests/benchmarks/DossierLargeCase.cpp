// dossier_large_case WORKSPACE OUT.pdf [CASE]: assembles and prints one case of a workspace
// (case 1, the heavy case of generate_large_workspace, by default) and says how long each
// part took. Run beside dossier_pdf_floor, under /usr/bin/time -f %M for the peak memory:
//
//   build/release/tests/benchmarks/generate_large_workspace /tmp/large.leverage
//   /usr/bin/time -f "%e s %M KB" build/release/tests/benchmarks/dossier_large_case
//       /tmp/large.leverage /tmp/large.pdf   (one command)
//   /usr/bin/time -f "%e s %M KB" build/release/tests/benchmarks/dossier_pdf_floor
//       /tmp/floor.pdf PAGES                 (one command)
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <cstdio>

namespace {

// The process's peak resident memory so far (VmHWM), in KiB.
long peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts and QPdfWriter need Qt Gui
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: dossier_large_case WORKSPACE OUT.pdf [CASE]\n");
        return 2;
    }
    leverage::logging::setUp({}, false);
    const leverage::RowId caseId = argc == 4 ? QByteArray(argv[3]).toLongLong() : 1;
    leverage::SystemClock clock;
    auto opened = leverage::Workspace::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!opened) {
        std::fprintf(stderr, "dossier_large_case: %s\n", qPrintable(opened.message()));
        return 1;
    }
    // LEVERAGE_BENCH_CACHE_KB=N: SQLite's page cache in KiB (the workspace's own is 32 MiB, and
    // a long case fills it: that, not the dossier, is what grows with the entries read).
    if (const int cacheKb = qEnvironmentVariableIntValue("LEVERAGE_BENCH_CACHE_KB"); cacheKb > 0)
        QSqlQuery((*opened)->database())
            .exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKb));
    QElapsedTimer timer;
    timer.start();
    leverage::DossierOptions options;
    options.paper = leverage::DossierOptions::Paper::A4;
    auto data = leverage::DossierAssembler(**opened).assemble(caseId, options);
    if (!data) {
        std::fprintf(stderr, "dossier_large_case: %s\n", qPrintable(data.message()));
        return 1;
    }
    const qint64 assembled = timer.restart();
    const long peakAssembled = peakKb();
    int steps = 0;
    const auto status = leverage::DossierRenderer::renderPdf(
        *data, options, QString::fromLocal8Bit(argv[2]), [&](int done, int) {
            steps = done;
            return true;
        });
    if (!status) {
        std::fprintf(stderr, "dossier_large_case: %s\n", qPrintable(status.message()));
        return 1;
    }
    std::printf("case %lld: %lld entries, assembled in %lld ms (peak %ld KB), rendered in %lld ms "
                "(%d steps, peak %ld KB)\n",
                caseId, qint64(data->timeline.size()), assembled, peakAssembled, timer.elapsed(),
                steps, peakKb());
    return 0;
}
