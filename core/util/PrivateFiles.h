#pragma once

#include <QString>

// Files and folders private to the user (0600 and 0700), whatever the process umask: a case
// file, its log and its lock say who the user is fighting and why.
namespace leverage::privatefiles {

// Creates an empty file readable and writable by its owner only. Fails if the path exists,
// so it never takes over someone's file; errno's text goes to *error.
bool createFile(const QString &path, QString *error = nullptr);
// Creates the folder (and its parents) if needed and makes the folder itself 0700.
bool createDirectory(const QString &path);
// Takes group and other permissions off a file we created (0600) or a folder (0700).
bool makePrivate(const QString &path);

} // namespace leverage::privatefiles
