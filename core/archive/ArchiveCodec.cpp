#include "core/archive/ArchiveCodec.h"

#include "core/archive/ArchiveMessages.h"
#include "core/util/Logging.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace leverage {
namespace {

struct ReaderCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriterCloser
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryCloser
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendTo(archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

bool ArchiveCodec::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const auto parts = path.split(QLatin1Char('/'));
    for (const auto &part : parts)
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

Result<QByteArray> ArchiveCodec::write(const ArchiveEntries &entries)
{
    QByteArray out;
    std::unique_ptr<archive, WriterCloser> writer(archive_write_new());
    if (!writer || archive_write_set_format_ustar(writer.get()) != ARCHIVE_OK ||
        archive_write_open(writer.get(), &out, nullptr, &appendTo, nullptr) != ARCHIVE_OK) {
        logging::get("archive")->error("archive: writer setup failed");
        return archivemessages::notWritten();
    }
    for (const auto &item : entries) {
        std::unique_ptr<archive_entry, EntryCloser> entry(archive_entry_new());
        const QByteArray name = item.path.toUtf8();
        archive_entry_set_pathname(entry.get(), name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0600);
        archive_entry_set_size(entry.get(), item.data.size());
        archive_entry_set_mtime(entry.get(), 0, 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(writer.get(), item.data.constData(), size_t(item.data.size())) !=
                la_ssize_t(item.data.size())) {
            logging::get("archive")->error("archive: writing an entry failed: {}",
                                           archive_error_string(writer.get()));
            return archivemessages::notWritten();
        }
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return archivemessages::notWritten();
    return out;
}

Result<ArchiveEntries> ArchiveCodec::read(const QByteArray &bytes, qint64 maxEntryBytes)
{
    auto log = logging::get("archive");
    std::unique_ptr<archive, ReaderCloser> reader(archive_read_new());
    // Tar only: a zip, or anything else, is not one of ours.
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size())) !=
        ARCHIVE_OK)
        return archivemessages::notOurs();
    ArchiveEntries entries;
    qint64 total = 0;
    for (;;) {
        archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(reader.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK) {
            log->warn("archive: header {} unreadable: {}", entries.size(),
                      archive_error_string(reader.get()));
            return entries.isEmpty() ? archivemessages::notOurs() : archivemessages::damaged();
        }
        const char *rawName = archive_entry_pathname_utf8(entry);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (archive_entry_filetype(entry) == AE_IFLNK || archive_entry_hardlink(entry))
            return archivemessages::link(name);
        if (archive_entry_filetype(entry) != AE_IFREG)
            return archivemessages::notAFile(name);
        if (!isSafePath(name))
            return archivemessages::unsafePath(name);
        if (!archive_entry_size_is_set(entry) || archive_entry_size(entry) < 0 ||
            archive_entry_size(entry) > maxEntryBytes)
            return archivemessages::oversized(name, maxEntryBytes);
        // Every byte read must be in the archive: no sparse entry expands into memory.
        total += archive_entry_size(entry);
        if (archive_entry_sparse_count(entry) > 0 || total > bytes.size())
            return archivemessages::damaged();
        QByteArray data;
        data.resize(qsizetype(archive_entry_size(entry)));
        const la_ssize_t got = archive_read_data(reader.get(), data.data(), size_t(data.size()));
        if (got != la_ssize_t(data.size())) {
            log->warn("archive: entry {} short: {}", entries.size(),
                      archive_error_string(reader.get()));
            return archivemessages::damaged();
        }
        for (const auto &seen : entries)
            if (seen.path == name)
                return archivemessages::notOurs();
        entries.append({name, data});
    }
    return entries;
}

} // namespace leverage
