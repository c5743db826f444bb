#include "archive/LibraryArchiveReader.h"

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
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("cannot read the archive");
}

// A name an export writes: letters, digits, '.', '_' and '-', not starting with '.'.
bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.size() > 100)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
               c == QLatin1Char('_') || c == QLatin1Char('-');
    });
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return Result<QByteArray>::failure(QStringLiteral("%1: not a regular file").arg(path));
    if (info.size() > LibraryArchiveReader::maxFileSize)
        return Result<QByteArray>::failure(QStringLiteral("%1: too large").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

bool LibraryArchiveReader::splitArticlePath(const QString &name, QString *folder, QString *file)
{
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("articles") || !isPlainName(parts.at(1)) ||
        !isPlainName(parts.at(2)))
        return false;
    *folder = parts.at(0) + QLatin1Char('/') + parts.at(1);
    *file = parts.at(2);
    return true;
}

Result<std::unique_ptr<LibraryArchiveReader>> LibraryArchiveReader::open(const QString &path)
{
    using R = Result<std::unique_ptr<LibraryArchiveReader>>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(QStringLiteral("no such file or folder"));
    std::unique_ptr<LibraryArchiveReader> reader(new LibraryArchiveReader);
    reader->m_path = info.absoluteFilePath();
    if (info.isDir()) {
        const QString manifest = reader->m_path + QLatin1Char('/') + QLatin1String(manifestName);
        if (!QFileInfo::exists(manifest))
            return R::failure(
                QStringLiteral("not a Pathak library export (no %1)").arg(QLatin1String(manifestName)));
        Result<QByteArray> bytes = readSmallFile(manifest);
        if (!bytes)
            return R::failure(bytes.error());
        reader->m_manifest = bytes.value();
        const QString feeds = reader->m_path + QLatin1Char('/') + QLatin1String(feedsName);
        if (QFileInfo::exists(feeds)) {
            Result<QByteArray> opml = readSmallFile(feeds);
            if (!opml)
                return R::failure(opml.error());
            reader->m_feeds = opml.value();
        }
        reader->m_folders = QDir(reader->m_path + QLatin1String("/articles"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        return reader;
    }
    reader->m_zip = archive_read_new();
    archive_read_support_format_zip_seekable(reader->m_zip);
    if (archive_read_open_filename(reader->m_zip, QFile::encodeName(path).constData(), size_t(64) * 1024) !=
        ARCHIVE_OK)
        return R::failure(QStringLiteral("not a readable ZIP archive (damaged or cut short?): %1")
                              .arg(archiveError(reader->m_zip)));
    if (Status s = reader->readTopOfZip(); !s)
        return R::failure(s.error());
    return reader;
}

LibraryArchiveReader::~LibraryArchiveReader()
{
    if (m_zip)
        archive_read_free(m_zip);
}

Result<QByteArray> LibraryArchiveReader::zipData(qint64 declaredSize)
{
    using R = Result<QByteArray>;
    if (declaredSize > maxFileSize)
        return R::failure(QStringLiteral("an entry is too large"));
    QByteArray bytes;
    bytes.reserve(qsizetype(std::max<qint64>(0, declaredSize)));
    char buffer[64 * 1024];
    for (;;) {
        const la_ssize_t n = archive_read_data(m_zip, buffer, sizeof buffer);
        if (n < 0)
            return R::failure(archiveError(m_zip));
        if (n == 0)
            break;
        if (bytes.size() + n > maxFileSize)
            return R::failure(QStringLiteral("an entry is too large"));
        bytes.append(buffer, qsizetype(n));
    }
    return bytes;
}

Status LibraryArchiveReader::readTopOfZip()
{
    struct archive_entry *entry = nullptr;
    int status = archive_read_next_header(m_zip, &entry);
    if (status != ARCHIVE_OK)
        return Status::failure(QStringLiteral("not a readable ZIP archive (damaged or cut short?): %1")
                                   .arg(archiveError(m_zip)));
    if (QString::fromUtf8(archive_entry_pathname_utf8(entry)) != QLatin1String(manifestName))
        return Status::failure(QStringLiteral("not a Pathak library export (it does not start with %1)")
                                   .arg(QLatin1String(manifestName)));
    Result<QByteArray> manifest = zipData(archive_entry_size(entry));
    if (!manifest)
        return Status::failure(manifest.error());
    m_manifest = manifest.value();
    return {};
}

Result<std::optional<ArchivedArticle>> LibraryArchiveReader::next()
{
    if (m_done)
        return std::optional<ArchivedArticle>();
    Result<std::optional<ArchivedArticle>> r = m_zip ? nextFromZip() : nextFromFolder();
    if (!r || !r.value())
        m_done = true;
    return r;
}

Result<std::optional<ArchivedArticle>> LibraryArchiveReader::nextFromZip()
{
    using R = Result<std::optional<ArchivedArticle>>;
    std::optional<ArchivedArticle> article;
    if (m_pending) {
        article = ArchivedArticle{m_pending->first, {}};
        article->files.insert(m_pending->second.first, m_pending->second.second);
        m_pending.reset();
    }
    while (!m_zipAtEnd) {
        struct archive_entry *entry = nullptr;
        const int status = archive_read_next_header(m_zip, &entry);
        if (status == ARCHIVE_EOF) {
            m_zipAtEnd = true;
            break;
        }
        if (status != ARCHIVE_OK)
            return R::failure(archiveError(m_zip));
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        Result<QByteArray> data = zipData(archive_entry_size(entry));
        if (!data)
            return R::failure(QStringLiteral("%1: %2").arg(name, data.error()));
        if (name == QLatin1String(feedsName)) {
            m_feeds = data.value();
            continue;
        }
        QString folder;
        QString file;
        if (!splitArticlePath(name, &folder, &file))
            return R::failure(QStringLiteral("%1: not a name a library export has").arg(name));
        if (article && article->folder != folder) {
            m_pending.emplace(folder, std::make_pair(file, data.value()));
            return article;
        }
        if (!article)
            article = ArchivedArticle{folder, {}};
        article->files.insert(file, data.value());
    }
    return article;
}

Result<std::optional<ArchivedArticle>> LibraryArchiveReader::nextFromFolder()
{
    using R = Result<std::optional<ArchivedArticle>>;
    if (m_nextFolder >= m_folders.size())
        return std::optional<ArchivedArticle>();
    const QString name = m_folders.at(m_nextFolder++);
    const QString folderPath = m_path + QLatin1String("/articles/") + name;
    ArchivedArticle article{QStringLiteral("articles/") + name, {}};
    if (!isPlainName(name))
        return R::failure(QStringLiteral("%1: not a name a library export has").arg(article.folder));
    const QStringList files =
        QDir(folderPath).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &file : files) {
        if (!isPlainName(file))
            return R::failure(
                QStringLiteral("%1/%2: not a name a library export has").arg(article.folder, file));
        Result<QByteArray> bytes = readSmallFile(folderPath + QLatin1Char('/') + file);
        if (!bytes)
            return R::failure(bytes.error());
        article.files.insert(file, bytes.value());
    }
    return std::optional<ArchivedArticle>(std::move(article));
}

} // namespace pathak
