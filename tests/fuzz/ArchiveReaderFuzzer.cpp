// libFuzzer target for the workspace archive reader (WorkspaceArchive::read): whatever the
// bytes, it returns checked files or a refusal, and never crashes, leaks or overflows (ASan,
// UBSan). Plain archives only: an encrypted one stops at "needs a passphrase" (Argon2id would
// make each run take a second); the cipher's own checks are tested in core_archive_tests.
//
// Seeds: tests/fuzz/corpus/archive_reader. Run with LEVERAGE_FUZZ_WRITE_SEEDS=DIR to write them
// anew (small archives from the real writer, so they pass the reader's canonical-bytes check).
#include "core/archive/ArchiveCodec.h"
#include "core/archive/ArchiveManifest.h"
#include "core/archive/WorkspaceArchive.h"

#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdlib>

using namespace leverage;

namespace {

void writeSeed(const QString &folder, const QString &name, const ArchiveEntries &files)
{
    ArchiveEntries entries{ArchiveManifest::describe(files)};
    entries += files;
    QFile out(QDir(folder).filePath(name));
    if (out.open(QIODevice::WriteOnly))
        out.write(*ArchiveCodec::write(entries));
}

void writeSeeds(const QString &folder)
{
    QDir().mkpath(folder);
    const QByteArray workspace =
        QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(300, '\x01');
    writeSeed(folder, QStringLiteral("workspace-only.tar"),
              {{ArchiveManifest::workspaceName(), workspace}});
    writeSeed(folder, QStringLiteral("with-attachments.tar"),
              {{ArchiveManifest::workspaceName(), workspace},
               {QStringLiteral("attachments/letters/complaint.txt"), "Dear Sir or Madam"},
               {QStringLiteral("attachments/receipt.pdf"), QByteArray(700, '%')}});
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const char *folder = std::getenv("LEVERAGE_FUZZ_WRITE_SEEDS"))
        writeSeeds(QString::fromLocal8Bit(folder));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ArchiveLimits limits;
    limits.maxEntryBytes = 1 << 20;
    auto files = WorkspaceArchive::read(bytes, {}, limits);
    // What is accepted is what the manifest promised: the workspace first, every name safe.
    if (files) {
        if (files->isEmpty() || files->first().path != ArchiveManifest::workspaceName())
            std::abort();
        for (const auto &file : *files)
            if (!ArchiveCodec::isSafePath(file.path) || file.data.size() > limits.maxEntryBytes)
                std::abort();
    }
    return 0;
}
