// evidence_benchmark: the measures of issue 21, run by hand (README, "Evidence").
//   evidence_benchmark attach [MB]        a file of MB (default 500) attached and read back:
//                                         time and peak RSS growth (must stay < 50 MB)
//   evidence_benchmark verify FILE        the hash chain of a workspace verified, timed
//                                         (generate_large_workspace makes the large one)
#include "core/domain/Case.h"
#include "core/evidence/EvidenceService.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/SealVerifier.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/support/PeakMemory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace leverage;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

int attach(qint64 megabytes)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("video.mp4"));
    {
        QFile file(source);
        file.open(QIODevice::WriteOnly);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator random(500);
        for (qint64 i = 0; i < megabytes; ++i) {
            random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block);
        }
    }
    SystemClock clock;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("w.leverage")), clock);
    if (!opened)
        return std::fprintf(stderr, "%s\n", qPrintable(opened.message())), 1;
    Case c;
    c.title = QStringLiteral("Video evidence");
    c.status = CaseStatus::Open;
    (*opened)->cases().add(c);

    leverage::testing::resetPeakRss();
    const qint64 before = leverage::testing::peakRssBytes();
    QElapsedTimer timer;
    timer.start();
    auto attached = EvidenceService::attachFile(**opened, c.meta.id, 0, source);
    if (!attached)
        return std::fprintf(stderr, "%s\n", qPrintable(attached.message())), 1;
    const double inSeconds = timer.elapsed() / 1000.0;
    timer.restart();
    auto out = EvidenceService::exportToPrivateFile((*opened)->filePath(), *attached,
                                                    dir.filePath(QStringLiteral("out")));
    if (!out)
        return std::fprintf(stderr, "%s\n", qPrintable(out.message())), 1;
    const double outSeconds = timer.elapsed() / 1000.0;
    const qint64 growth = leverage::testing::peakRssBytes() - before;
    const bool same = sha256Of(*out) == attached->sha256.toLatin1();
    std::printf("%lld MB: in %.1f s, out %.1f s, peak RSS growth %.1f MB (limit 50), "
                "byte for byte: %s\n",
                static_cast<long long>(megabytes), inSeconds, outSeconds,
                growth / (1024.0 * 1024.0), same ? "yes" : "NO");
    return same && growth < 50 * 1024 * 1024 ? 0 : 1;
}

int verify(const QString &path)
{
    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    {
        // Opened for writing first: a workspace from before schema 6 is upgraded (its rows
        // sealed) once, and that is timed too.
        auto upgraded = Workspace::open(path, clock);
        if (!upgraded)
            return std::fprintf(stderr, "%s\n", qPrintable(upgraded.message())), 1;
        std::printf("opened for writing (upgraded if needed) in %.1f s\n",
                    timer.elapsed() / 1000.0);
    }
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    auto opened = Workspace::open(path, clock, options);
    if (!opened)
        return std::fprintf(stderr, "%s\n", qPrintable(opened.message())), 1;
    timer.restart();
    auto report = SealVerifier::verify(**opened);
    if (!report)
        return std::fprintf(stderr, "%s\n", qPrintable(report.message())), 1;
    std::printf("verified %lld seals and %lld rows in %.1f s (limit 10): %s, %lld findings\n",
                static_cast<long long>(report->sealsChecked),
                static_cast<long long>(report->rowsChecked), timer.elapsed() / 1000.0,
                report->intact() ? "intact" : "CHANGED",
                static_cast<long long>(report->findings.size()));
    return report->intact() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    logging::setUp({}, false);
    const auto args = app.arguments();
    if (args.size() >= 2 && args[1] == QLatin1String("attach"))
        return attach(args.size() > 2 ? args[2].toLongLong() : 500);
    if (args.size() == 3 && args[1] == QLatin1String("verify"))
        return verify(args[2]);
    std::fprintf(stderr, "usage: evidence_benchmark attach [MB] | verify FILE.leverage\n");
    return 2;
}
