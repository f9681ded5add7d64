#include "core/store/DocumentFile.h"

#include "core/store/WorkspaceFile.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace leverage {

Status DocumentFile::refusal(const QString &path)
{
    if (!WorkspaceFile::isWorkspaceOrBeside(path))
        return {};
    logging::get("store")->warn("a document was refused: its path is a workspace's");
    return Error{Error::Code::Invalid,
                 QCoreApplication::translate(
                     "leverage", "\"%1\" is a Leverage workspace or a file kept beside one: "
                                 "saving there would destroy the cases in it. Nothing was "
                                 "saved; choose another file name.")
                     .arg(QDir::toNativeSeparators(path))};
}

Status DocumentFile::save(const QString &path, const QByteArray &bytes,
                          const std::function<QString(const QString &reason)> &failure)
{
    if (auto refused = refusal(path); !refused)
        return refused;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    logging::get("store")->warn("a document could not be written: {}",
                                file.errorString().toStdString());
    return Error{Error::Code::Io, failure(file.errorString())};
}

} // namespace leverage
