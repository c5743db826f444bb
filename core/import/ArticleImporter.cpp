#include "import/ArticleImporter.h"

#include "library/sqlite/SqlErrorText.h"

#include "article/ArticleParser.h"
#include "base/LocalFileReader.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryRecovery.h"
#include "library/sqlite/WalCheckpointer.h"
#include "text/BengaliText.h"
#include "text/TextDecoder.h"
#include "web/WebPageParser.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <future>

namespace pathak {

QString ImportResult::statusName(Status s)
{
    switch (s) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

ArticleImporter::ArticleImporter(LibraryStore &store) : m_store(store) {}

ArticleImporter::~ArticleImporter() = default;

bool ArticleImporter::isArticleFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("html") ||
           suffix == QLatin1String("htm");
}

QStringList ArticleImporter::collectFiles(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            // System: FIFOs, devices and broken links with an article's name are listed
            // and refused with their reason, not skipped without a word; so are
            // unreadable files (no Readable filter).
            QDirIterator it(path, QDir::Files | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isArticleFile(file))
                    found.append(file);
            }
            found.sort();
            files.append(found);
        } else if (info.exists()) {
            // A file named on its own is taken whatever its name: the user chose it.
            files.append(path);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

Result<NewArticle> ArticleImporter::readFile(const QString &path)
{
    using R = Result<NewArticle>;
    // Whatever the file claims: /dev/zero, or a link to it, is refused, not
    // read until memory runs out; a FIFO is refused without waiting.
    Result<QByteArray> bytes = LocalFileReader::read(path, TextDecoder::maxFileSize);
    if (!bytes)
        return R::failure(bytes.error());
    NewArticle out;
    out.original = std::move(bytes).value();
    out.origin = QFileInfo(path).absoluteFilePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        Result<WebArticle> page =
            WebPageParser::parse(out.original, QUrl::fromLocalFile(out.origin), "text/html");
        if (!page)
            return R::failure(page.error());
        out.article = std::move(page->article);
        out.published = page->published;
        out.author = page->authors.join(QStringLiteral(", "));
        // A saved page's lead image next to it is kept; remote images are
        // not fetched for a local file.
        if (page->imageUrl.isLocalFile()) {
            const QString imagePath = page->imageUrl.toLocalFile();
            const QMimeType type = QMimeDatabase().mimeTypeForFile(imagePath);
            if (type.name().startsWith(QLatin1String("image/"))) {
                if (Result<QByteArray> image = LocalFileReader::read(imagePath, TextDecoder::maxFileSize)) {
                    out.image = std::move(image).value();
                    out.imageMimeType = type.name();
                }
            }
        }
        return R(std::move(out));
    }
    Result<Article> parsed = ArticleParser::parse(out.original);
    if (!parsed)
        return R::failure(parsed.error());
    out.article = std::move(parsed).value();
    return R(std::move(out));
}

QStringList ArticleImporter::splitLongParagraph(const QString &paragraph)
{
    QStringList pieces;
    QString rest = paragraph;
    while (rest.size() > maxParagraphLength) {
        const QString window = rest.left(maxParagraphLength + 1);
        qsizetype cut = -1;
        // After a sentence end (। . ? !) and its space, in the second half.
        for (qsizetype i = window.size() - 1; i > maxParagraphLength / 2 && cut < 0; --i) {
            if (window.at(i) == QLatin1Char(' ') && QStringLiteral("\u0964.?!").contains(window.at(i - 1)))
                cut = i;
        }
        if (cut < 0)
            cut = window.lastIndexOf(QLatin1Char(' '));
        if (cut <= 0) {
            // No space at all: between two grapheme clusters.
            const QList<int> boundaries = BengaliText::graphemeBoundaries(window);
            cut = maxParagraphLength;
            for (int b : boundaries) {
                if (b > 0 && b <= maxParagraphLength)
                    cut = b;
            }
            pieces.append(rest.left(cut));
            rest = rest.mid(cut);
            continue;
        }
        pieces.append(rest.left(cut));
        rest = rest.mid(cut + 1);
    }
    pieces.append(rest);
    return pieces;
}

ArticleImporter::Item ArticleImporter::item(const QString &input, Result<NewArticle> parsed)
{
    Item it{input, std::move(parsed), std::nullopt};
    if (it.parsed) {
        QStringList &paragraphs = it.parsed.value().article.paragraphs;
        for (qsizetype i = paragraphs.size() - 1; i >= 0; --i) {
            if (paragraphs.at(i).size() <= maxParagraphLength)
                continue;
            const QStringList pieces = splitLongParagraph(paragraphs.at(i));
            paragraphs.removeAt(i);
            for (qsizetype k = 0; k < pieces.size(); ++k)
                paragraphs.insert(i + k, pieces.at(k));
        }
        it.rows = ImportBatchWriter::encode(it.parsed.value());
    }
    return it;
}

void ArticleImporter::report(const ImportResult &r, QList<ImportResult> &results)
{
    results.append(r);
    ++m_done;
    if (m_onResult)
        m_onResult(r);
    if (m_onProgress)
        m_onProgress(m_done, m_total);
}

QList<ImportResult> ArticleImporter::importPaths(const QStringList &paths)
{
    QStringList missing;
    const QStringList files = collectFiles(paths, &missing);
    QList<ImportResult> results;
    m_done = 0;
    m_total = int(files.size() + missing.size());
    for (const QString &m : missing)
        report({m, ImportResult::Status::Failed, 0, QStringLiteral("no such file or folder")}, results);

    // Reading and parsing the next batch runs on a second thread while this
    // one stores the current batch: the two halves take about as long, and
    // parsing needs no database connection.
    // The rows' UTF-8, body hash and folded search text are made there too.
    using Batch = QList<Item>;
    // Freeing a stored batch (every article's text, rows and tokens) took
    // the storing thread a twentieth of its time, so the reading thread
    // frees it before reading its next batch.
    auto readBatch = [](const QStringList &paths, Batch stored) {
        stored.clear();
        Batch batch;
        batch.reserve(paths.size());
        for (const QString &path : paths)
            batch.append(item(path, readFile(path)));
        return batch;
    };
    auto chunk = [&](qsizetype first) { return files.mid(first, m_batchSize); };
    // A single batch would only wait for its own checkpoint at the end.
    if (files.size() > m_batchSize)
        m_checkpointer =
            std::make_unique<WalCheckpointer>(m_store.database().handle(), m_store.database().path());
    qsizetype next = 0;
    std::future<Batch> pending;
    if (next < files.size()) {
        pending = std::async(std::launch::async, readBatch, chunk(next), Batch());
        next += m_batchSize;
    }
    Batch stored;
    while (pending.valid()) {
        Batch batch = pending.get();
        const bool last = next >= files.size() || (m_cancel && m_cancel->load());
        if (!last) {
            pending = std::async(std::launch::async, readBatch, chunk(next), std::move(stored));
            next += m_batchSize;
        }
        storeBatch(batch, results, last);
        stored = std::move(batch);
    }
    m_checkpointer.reset();
    m_writer.reset();
    return results;
}

QList<ImportResult>
ArticleImporter::importArticles(const QList<std::pair<QString, Result<NewArticle>>> &items)
{
    QList<ImportResult> results;
    m_done = 0;
    m_total = int(items.size());
    QList<Item> batch;
    for (const auto &[input, parsed] : items) {
        batch.append(item(input, parsed));
        if (batch.size() >= m_batchSize) {
            storeBatch(batch, results, false);
            batch.clear();
        }
    }
    storeBatch(batch, results, true);
    m_writer.reset();
    return results;
}

void ArticleImporter::storeBatch(const QList<Item> &batch, QList<ImportResult> &results, bool last)
{
    if (batch.isEmpty())
        return;
    QSqlDatabase &db = m_store.database().connection();
    QList<ImportResult> pending;
    pending.reserve(batch.size());
    // IMMEDIATE takes the write lock up front, waiting (busy timeout) for
    // another writer. A deferred transaction that has read cannot take the
    // lock once the other writer committed, and fails at once.
    // Made outside the transaction: it sets a pragma that cannot change inside one.
    if (!m_writer)
        m_writer = std::make_unique<ImportBatchWriter>(m_store.database());
    if (last)
        m_writer->commitDurably();
    if (m_checkpointer)
        m_checkpointer->boundLog();
    if (Status begun = beginWriting(); !begun) {
        const QString &why = begun.error();
        for (const Item &it : batch)
            report({it.input, ImportResult::Status::Failed, 0, it.parsed ? why : it.parsed.error()}, results);
        if (m_onBatch)
            m_onBatch(m_done, m_total);
        return;
    }
    for (const Item &it : batch) {
        if (!it.parsed) {
            pending.append({it.input, ImportResult::Status::Failed, 0, it.parsed.error()});
            continue;
        }
        Result<std::optional<qint64>> dup = m_writer->findDuplicate(*it.rows);
        if (!dup) {
            pending.append({it.input, ImportResult::Status::Failed, 0, dup.error()});
            continue;
        }
        if (dup.value()) {
            pending.append({it.input, ImportResult::Status::Duplicate, *dup.value(), {}});
            continue;
        }
        Result<qint64> id = m_writer->store(it.parsed.value(), *it.rows);
        if (id)
            pending.append({it.input, ImportResult::Status::Imported, id.value(), {}});
        else
            pending.append(
                {it.input, ImportResult::Status::Failed, 0, QStringLiteral("cannot store: ") + id.error()});
    }
    // The batch is indexed for search once, before the commit.
    const Status indexed = m_writer->indexStored();
    if (!indexed || !db.commit()) {
        const QString why = indexed ? db.lastError().text() : indexed.error();
        db.rollback();
        for (ImportResult &r : pending) {
            if (r.status == ImportResult::Status::Imported) {
                r.status = ImportResult::Status::Failed;
                r.id = 0;
                r.error = QStringLiteral("cannot store: ") + why;
            }
        }
    } else if (m_checkpointer) {
        m_checkpointer->request();
    }
    for (const ImportResult &r : pending)
        report(r, results);
    if (m_onBatch)
        m_onBatch(m_done, m_total);
}

Status ArticleImporter::beginWriting()
{
    QSqlDatabase &db = m_store.database().connection();
    const QString begin = QStringLiteral("BEGIN IMMEDIATE");
    QSqlQuery query(db);
    const auto failed = [&query] {
        return Status::failure(SqlErrorText::describe(query.lastError().nativeErrorCode().toInt(),
                                                      query.lastError().databaseText()));
    };
    // Tried once without the busy timeout when someone wants to know: only
    // a refusal tells that another program holds the write lock, and the
    // wait is announced before it starts.
    QSqlQuery pragma(db);
    if (m_onWaiting && pragma.exec(QStringLiteral("PRAGMA busy_timeout")) && pragma.next()) {
        const int busyTimeoutMs = pragma.value(0).toInt();
        pragma.finish();
        if (pragma.exec(QStringLiteral("PRAGMA busy_timeout = 0"))) {
            const bool began = query.exec(begin);
            constexpr int sqliteBusy = 5; // SQLITE_BUSY, the primary result code
            const bool busy = !began && (query.lastError().nativeErrorCode().toInt() & 0xff) == sqliteBusy;
            // Left at zero, every later conflict would fail at once.
            if (!pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs))) {
                if (began)
                    db.rollback();
                return Status::failure(QStringLiteral("cannot set the busy timeout: ") +
                                       SqlErrorText::of(pragma));
            }
            if (began)
                return {};
            if (!busy)
                return failed();
            m_onWaiting();
        }
    }
    if (!query.exec(begin))
        return failed();
    return {};
}

} // namespace pathak
