#include "core/archive/ArchiveMessages.h"

#include "core/util/Translate.h"

#include <QFileInfo>
#include <QLocale>

namespace leverage::archivemessages {
namespace {

// Names from an archive are shown, never trusted: control characters and length are cut.
QString shown(const QString &path)
{
    QString clean;
    for (const QChar c : path.left(80))
        clean += c.isPrint() ? c : QChar(u'?');
    return clean;
}

} // namespace

Error notOurs()
{
    return {Error::Code::NotAWorkspace,
            tr("This file is not a Leverage workspace archive. Choose a file made with File → "
               "Export Workspace Archive…")};
}

Error damaged()
{
    return {Error::Code::Corrupt,
            tr("The archive is damaged or incomplete (it may have been cut short while copying). "
               "Nothing was imported; use another copy of it.")};
}

Error checksum(const QString &path)
{
    return {Error::Code::Corrupt,
            tr("The archive is damaged: “%1” does not match its checksum. Nothing was imported; "
               "use another copy of it.")
                .arg(shown(path))};
}

Error link(const QString &path)
{
    return {Error::Code::Invalid,
            tr("The archive holds a link (“%1”), which a Leverage archive never does. Nothing "
               "was imported: this archive was not made by Leverage or was changed.")
                .arg(shown(path))};
}

Error notAFile(const QString &path)
{
    return {Error::Code::Invalid,
            tr("The archive holds “%1”, which is not a plain file, and a Leverage archive holds "
               "only files. Nothing was imported.")
                .arg(shown(path))};
}

Error unsafePath(const QString &path)
{
    return {Error::Code::Invalid,
            tr("The archive holds an entry with an unsafe name (“%1”) that could write outside "
               "the folder you choose. Nothing was imported: this archive was not made by "
               "Leverage or was changed.")
                .arg(shown(path))};
}

Error oversized(const QString &path, qint64 limit)
{
    return {Error::Code::Invalid,
            tr("The archive holds an entry (“%1”) larger than Leverage accepts (%2). Nothing "
               "was imported.")
                .arg(shown(path), QLocale().formattedDataSize(limit))};
}

Error wrongPassphrase()
{
    return {Error::Code::Invalid, tr("The passphrase is wrong, or the file was changed.")};
}

Error needsPassphrase()
{
    return {Error::Code::Invalid,
            tr("This archive is encrypted. Enter its passphrase to import it.")};
}

Error newerVersion()
{
    return {Error::Code::NewerVersion,
            tr("This archive was made by a newer version of Leverage. Update Leverage to import "
               "it.")};
}

Error destinationExists(const QString &path)
{
    return {Error::Code::Conflict,
            tr("“%1” already exists. An archive is imported into a new file: choose a name that "
               "is not taken.")
                .arg(QFileInfo(path).fileName())};
}

Error notReadable(const QString &path)
{
    return {Error::Code::Io, tr("“%1” cannot be read. Check that the file is there and that you "
                                "may read it.")
                                 .arg(QFileInfo(path).fileName())};
}

Error notAWorkspace(const QString &path)
{
    return {Error::Code::NotAWorkspace,
            tr("“%1” is not a Leverage workspace (or it cannot be read), so nothing was exported. "
               "Choose the workspace file itself.")
                .arg(QFileInfo(path).fileName())};
}

Error notWritten()
{
    return {Error::Code::Io,
            tr("The archive could not be written. Check that the folder is writable and the disk "
               "has room; the workspace itself is unchanged.")};
}

Error notRestored(const QString &path)
{
    return {Error::Code::Io,
            tr("“%1” could not be written. Check that its folder exists and is writable and that "
               "the disk has room, then import again.")
                .arg(QFileInfo(path).fileName())};
}

} // namespace leverage::archivemessages
