#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pathak::test {

// A tiny tmpfs mounted on a temporary folder, to fill up: the real ENOSPC
// from the kernel, not a fake. Mounting needs root (or CAP_SYS_ADMIN);
// isMounted() is false without it and the test skips.
class SmallTmpfs
{
public:
    explicit SmallTmpfs(qint64 bytes);
    ~SmallTmpfs();
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes a file until the file system is full.
    void fill() const;
    // Mounts it again read-only (a library folder nobody may write to).
    bool makeReadOnly() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace pathak::test
