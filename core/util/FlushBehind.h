#pragma once

#include <QString>

namespace leverage {

// Writes a large file being made (a backup) out to the disk as it grows, a step at a time,
// instead of in one sync at the end. A sync of a gigabyte at once made the window's own small
// commits wait behind it (on ext4 every sync waits for the one journal both files share): up to
// a third of a second. Flushing each step's few megabytes bounds that wait. The file's metadata
// still needs the caller's fsync before it is relied on.
class FlushBehind final
{
    Q_DISABLE_COPY_MOVE(FlushBehind)

public:
    explicit FlushBehind(const QString &path);
    ~FlushBehind();

    // Writes what has been written to the file so far, and waits until it is on the disk.
    void writtenSoFar();

private:
    int m_fd = -1;
};

} // namespace leverage
