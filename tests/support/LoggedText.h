#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace leverage::testing {

// Everything the program logged into the files under `folder` (to look for what must never
// be there, such as a password).
inline QByteArray loggedText(const QString &folder)
{
    QByteArray logged;
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            logged += file.readAll();
    }
    return logged;
}

} // namespace leverage::testing
