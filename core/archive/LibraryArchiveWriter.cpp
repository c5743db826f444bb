#include "archive/LibraryArchiveWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace pathak {

namespace {

QString archiveError(struct archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("cannot write the archive");
}

} // namespace

bool LibraryArchiveWriter::isZipPath(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

LibraryArchiveWriter::LibraryArchiveWriter(const QString &path, const QString &partPath)
    : m_path(path), m_partPath(partPath)
{
}

Result<std::unique_ptr<LibraryArchiveWriter>> LibraryArchiveWriter::create(const QString &path)
{
    using R = Result<std::unique_ptr<LibraryArchiveWriter>>;
    const QFileInfo target(path);
    const bool zip = isZipPath(path);
    if (target.exists() || target.isSymLink()) {
        if (zip || !target.isDir() || target.isSymLink())
            return R::failure(QStringLiteral("already exists"));
        if (!QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return R::failure(QStringLiteral("the folder is not empty"));
    }
    if (!target.absoluteDir().exists())
        return R::failure(QStringLiteral("no such folder: %1").arg(target.absolutePath()));
    const QString part = target.absoluteFilePath() + QStringLiteral(".part");
    if (QFileInfo::exists(part) || QFileInfo(part).isSymLink())
        return R::failure(QStringLiteral("%1 is in the way (an export that did not finish?)").arg(part));
    std::unique_ptr<LibraryArchiveWriter> writer(new LibraryArchiveWriter(target.absoluteFilePath(), part));
    if (zip) {
        writer->m_zip = archive_write_new();
        if (archive_write_set_format_zip(writer->m_zip) != ARCHIVE_OK ||
            archive_write_open_filename(writer->m_zip, QFile::encodeName(part).constData()) != ARCHIVE_OK) {
            const QString why = archiveError(writer->m_zip);
            return R::failure(why);
        }
    } else if (!QDir().mkdir(part)) {
        return R::failure(QStringLiteral("cannot make the folder %1").arg(part));
    }
    return writer;
}

LibraryArchiveWriter::~LibraryArchiveWriter()
{
    if (!m_finished)
        discard();
}

void LibraryArchiveWriter::discard()
{
    if (m_zip) {
        archive_write_free(m_zip);
        m_zip = nullptr;
    }
    if (isZipPath(m_path))
        QFile::remove(m_partPath);
    else
        QDir(m_partPath).removeRecursively();
}

Status LibraryArchiveWriter::add(const QString &name, const QByteArray &bytes)
{
    if (m_zip) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
        archive_entry_set_size(entry, bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        int status = archive_write_header(m_zip, entry);
        archive_entry_free(entry);
        if (status != ARCHIVE_OK)
            return Status::failure(archiveError(m_zip));
        if (!bytes.isEmpty() &&
            archive_write_data(m_zip, bytes.constData(), size_t(bytes.size())) != bytes.size())
            return Status::failure(archiveError(m_zip));
        return {};
    }
    const QString file = m_partPath + QLatin1Char('/') + name;
    const QString folder = QFileInfo(file).path();
    if (!QDir().mkpath(folder))
        return Status::failure(QStringLiteral("cannot make the folder %1").arg(folder));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

Status LibraryArchiveWriter::finish()
{
    if (m_zip) {
        const int closed = archive_write_close(m_zip);
        const QString why = archiveError(m_zip);
        archive_write_free(m_zip);
        m_zip = nullptr;
        if (closed != ARCHIVE_OK) {
            QFile::remove(m_partPath);
            m_finished = true;
            return Status::failure(why);
        }
        if (!QFile::rename(m_partPath, m_path))
            return Status::failure(QStringLiteral("cannot rename %1 to %2").arg(m_partPath, m_path));
    } else {
        // An empty folder given as the target makes way for the export.
        if (QFileInfo(m_path).isDir() && !QDir().rmdir(m_path))
            return Status::failure(QStringLiteral("cannot replace the empty folder %1").arg(m_path));
        if (!QDir().rename(m_partPath, m_path))
            return Status::failure(QStringLiteral("cannot rename %1 to %2").arg(m_partPath, m_path));
    }
    m_finished = true;
    return {};
}

} // namespace pathak
