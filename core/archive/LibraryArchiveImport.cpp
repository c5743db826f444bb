#include "archive/LibraryArchiveImport.h"

#include "annotation/AnnotationStore.h"
#include "annotation/WebAnnotationJson.h"
#include "archive/LibraryArchiveExport.h"
#include "archive/LibraryArchiveReader.h"
#include "article/ArticleParser.h"
#include "feeds/Opml.h"
#include "import/ArticleImporter.h"
#include "library/ImportBatchWriter.h"
#include "library/LibraryDatabase.h"
#include "library/sqlite/SqlErrorText.h"
#include "library/sqlite/Transaction.h"
#include "library/TagStore.h"
#include "search/SearchIndex.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pathak {

namespace {

Result<QJsonObject> jsonObject(const QByteArray &bytes, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QStringLiteral("%1: not JSON (%2 at byte %3)").arg(what, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("%1: not a JSON object").arg(what));
    return doc.object();
}

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return Status::failure(SqlErrorText::of(q));
    return {};
}

bool sameAnnotation(const Annotation &a, const Annotation &b)
{
    return a.exact == b.exact && a.start == b.start && a.end == b.end && a.color == b.color &&
           a.note == b.note;
}

} // namespace

QString LibraryArchiveImport::describe(const LibraryArchiveImportSummary &s)
{
    return QStringLiteral(
               "imported %1 articles, merged %2 already in the library, %3 annotations and %4 feeds "
               "added, failed %5")
        .arg(s.imported)
        .arg(s.merged)
        .arg(s.annotations)
        .arg(s.feeds)
        .arg(s.failures.size());
}

Result<LibraryArchiveImportSummary> LibraryArchiveImport::read(const QString &path)
{
    using R = Result<LibraryArchiveImportSummary>;
    Result<std::unique_ptr<LibraryArchiveReader>> opened = LibraryArchiveReader::open(path);
    if (!opened)
        return R::failure(opened.error());
    LibraryArchiveReader &reader = *opened.value();
    Result<QJsonObject> manifest =
        jsonObject(reader.manifest(), QLatin1String(LibraryArchiveReader::manifestName));
    if (!manifest)
        return R::failure(manifest.error());
    if (manifest->value(QLatin1String("format")).toString() != QLatin1String("pathak-library"))
        return R::failure(QStringLiteral("not a Pathak library export (%1 names another format)")
                              .arg(QLatin1String(LibraryArchiveReader::manifestName)));
    const int version = manifest->value(QLatin1String("version")).toInt();
    if (version < 1 || version > LibraryArchiveExport::formatVersion)
        return R::failure(QStringLiteral("made by a newer Pathak (export format %1; this one reads up to %2)")
                              .arg(version)
                              .arg(LibraryArchiveExport::formatVersion));
    const int total = std::max(0, manifest->value(QLatin1String("articles")).toInt());

    LibraryArchiveImportSummary summary;
    {
        // One writer for the whole run (its statements are prepared once).
        // Its commits do not wait for the disk (each article stays whole
        // and survives the program crashing) until the last article's, which
        // puts it and every one before it on the disk: the next folder is
        // read before an article is stored, to know which is the last.
        ImportBatchWriter writer(m_db);
        Result<std::optional<ArchivedArticle>> next = reader.next();
        int done = 0;
        while (next && next.value()) {
            if (m_cancel && m_cancel->load()) {
                summary.cancelled = true;
                break;
            }
            const ArchivedArticle article = std::move(*next.value());
            next = reader.next();
            if (!next || !next.value())
                writer.commitDurably();
            Result<bool> stored = storeArticle(writer, article, summary);
            if (!stored)
                summary.failures.append({article.folder, stored.error()});
            else if (stored.value())
                ++summary.merged;
            else
                ++summary.imported;
            ++done;
            if (m_onProgress)
                m_onProgress(done, std::max(total, done));
        }
        if (!next)
            summary.error = next.error();
    }
    if (!summary.cancelled && summary.error.isEmpty() && !reader.feeds().isEmpty()) {
        Result<int> feeds = importFeeds(reader.feeds());
        if (!feeds)
            summary.error =
                QStringLiteral("%1: %2").arg(QLatin1String(LibraryArchiveReader::feedsName), feeds.error());
        else
            summary.feeds = feeds.value();
    }
    return summary;
}

Result<bool> LibraryArchiveImport::storeArticle(ImportBatchWriter &writer, const ArchivedArticle &archived,
                                                LibraryArchiveImportSummary &summary)
{
    using R = Result<bool>;
    const auto file = [&archived](const QString &name) -> std::optional<QByteArray> {
        const auto it = archived.files.constFind(name);
        if (it == archived.files.constEnd())
            return std::nullopt;
        return it.value();
    };
    const std::optional<QByteArray> metaBytes = file(QStringLiteral("metadata.json"));
    if (!metaBytes)
        return R::failure(QStringLiteral("no metadata.json"));
    Result<QJsonObject> metaRead = jsonObject(*metaBytes, QStringLiteral("metadata.json"));
    if (!metaRead)
        return R::failure(metaRead.error());
    const QJsonObject &meta = metaRead.value();
    const QString textName = meta.value(QLatin1String("text")).toString(QStringLiteral("article.txt"));
    const std::optional<QByteArray> text = file(textName);
    if (!text)
        return R::failure(QStringLiteral("no %1").arg(textName));

    NewArticle input;
    if (meta.value(QLatin1String("structure")).isObject()) {
        input.article = Article::fromJson(meta.value(QLatin1String("structure")).toObject());
        if (input.article.paragraphs.isEmpty())
            return R::failure(QStringLiteral("metadata.json: the structure has no body paragraphs"));
    } else {
        Result<Article> parsed = ArticleParser::parse(*text);
        if (!parsed)
            return R::failure(QStringLiteral("%1: %2").arg(textName, parsed.error()));
        input.article = parsed.value();
        // As every import stores them: a paragraph longer than the reader
        // lays out at ease is split (an export of Pathak's never has one).
        QStringList paragraphs;
        for (const QString &p : std::as_const(input.article.paragraphs)) {
            if (p.size() > ArticleImporter::maxParagraphLength)
                paragraphs += ArticleImporter::splitLongParagraph(p);
            else
                paragraphs.append(p);
        }
        input.article.paragraphs = paragraphs;
    }
    const QString title = meta.value(QLatin1String("title")).toString();
    if (!title.trimmed().isEmpty())
        input.article.title = title;
    input.origin = meta.value(QLatin1String("origin")).toString();
    input.published = meta.value(QLatin1String("published")).toString();
    input.author = meta.value(QLatin1String("author")).toString();
    const QString saved = meta.value(QLatin1String("saved")).toString();
    if (!QDateTime::fromString(saved, Qt::ISODate).isValid())
        return R::failure(QStringLiteral("metadata.json: \"saved\" is not a date and time: %1").arg(saved));
    if (meta.contains(QLatin1String("original"))) {
        const QString name = meta.value(QLatin1String("original")).toString();
        const std::optional<QByteArray> original = file(name);
        if (!original)
            return R::failure(QStringLiteral("no %1 (the original metadata.json names)").arg(name));
        input.original = *original;
    } else {
        input.original = *text;
    }
    if (meta.value(QLatin1String("image")).isObject()) {
        const QJsonObject image = meta.value(QLatin1String("image")).toObject();
        const QString name = image.value(QLatin1String("file")).toString();
        const std::optional<QByteArray> bytes = file(name);
        if (!bytes)
            return R::failure(QStringLiteral("no %1 (the image metadata.json names)").arg(name));
        input.image = *bytes;
        input.imageMimeType = image.value(QLatin1String("type")).toString();
    }
    QList<Annotation> incoming;
    if (meta.contains(QLatin1String("annotations"))) {
        const QString name = meta.value(QLatin1String("annotations")).toString();
        const std::optional<QByteArray> json = file(name);
        if (!json)
            return R::failure(QStringLiteral("no %1 (the annotations metadata.json names)").arg(name));
        Result<QList<Annotation>> parsed = WebAnnotationJson::parse(*json);
        if (!parsed)
            return R::failure(QStringLiteral("%1: %2").arg(name, parsed.error()));
        incoming = parsed.value();
    }
    QStringList tagNames;
    for (const auto &t : meta.value(QLatin1String("tags")).toArray())
        tagNames.append(t.toString());
    const bool read = meta.value(QLatin1String("read")).toBool();
    const bool favourite = meta.value(QLatin1String("favourite")).toBool();
    const bool archivedFlag = meta.value(QLatin1String("archived")).toBool();

    const ImportBatchWriter::Rows rows = ImportBatchWriter::encode(input);
    QSqlDatabase &db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(
            QStringLiteral("cannot start a transaction: %1").arg(SqlErrorText::of(db.lastError())));
    Result<std::optional<qint64>> duplicate = writer.findDuplicate(rows);
    if (!duplicate)
        return R::failure(duplicate.error());
    const bool merged = duplicate->has_value();
    qint64 id = 0;
    QSqlQuery marks(db);
    if (merged) {
        id = **duplicate;
        marks.prepare(QStringLiteral("UPDATE articles SET is_read = max(is_read, ?), is_favourite = "
                                     "max(is_favourite, ?), is_archived = max(is_archived, ?) WHERE id = ?"));
    } else {
        Result<qint64> stored = writer.store(input, rows);
        if (!stored)
            return R::failure(stored.error());
        id = stored.value();
        if (Status s = writer.indexStored(); !s)
            return R::failure(s.error());
        marks.prepare(QStringLiteral(
            "UPDATE articles SET is_read = ?, is_favourite = ?, is_archived = ?, saved_at = ? WHERE id = ?"));
    }
    marks.addBindValue(read ? 1 : 0);
    marks.addBindValue(favourite ? 1 : 0);
    marks.addBindValue(archivedFlag ? 1 : 0);
    if (!merged)
        marks.addBindValue(saved);
    marks.addBindValue(id);
    if (Status s = exec(marks); !s)
        return R::failure(s.error());

    // Tags are matched by their folded names, as TagStore matches them.
    QSqlQuery newTag(db);
    newTag.prepare(
        QStringLiteral("INSERT INTO tags (name, folded) VALUES (?, ?) ON CONFLICT (folded) DO NOTHING"));
    QSqlQuery tagged(db);
    tagged.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) "
                                  "SELECT ?, id FROM tags WHERE folded = ?"));
    for (const QString &name : tagNames) {
        const QString clean = TagStore::cleanName(name);
        if (clean.isEmpty())
            continue;
        newTag.addBindValue(clean);
        newTag.addBindValue(TagStore::fold(clean));
        tagged.addBindValue(id);
        tagged.addBindValue(TagStore::fold(clean));
        if (Status s = exec(newTag); !s)
            return R::failure(QStringLiteral("tag %1: %2").arg(name, s.error()));
        if (Status s = exec(tagged); !s)
            return R::failure(QStringLiteral("tag %1: %2").arg(name, s.error()));
    }

    if (meta.value(QLatin1String("position")).isObject()) {
        const QJsonObject p = meta.value(QLatin1String("position")).toObject();
        QSqlQuery position(db);
        // The newer position wins when the article already had one.
        position.prepare(QStringLiteral(
            "INSERT INTO reading_positions (article_id, offset, progress, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (article_id) DO UPDATE SET offset = excluded.offset, progress = excluded.progress, "
            "updated_at = excluded.updated_at WHERE excluded.updated_at > reading_positions.updated_at"));
        position.addBindValue(id);
        position.addBindValue(std::max(0, p.value(QLatin1String("offset")).toInt()));
        position.addBindValue(std::clamp(p.value(QLatin1String("progress")).toInt(), 0, 1000));
        position.addBindValue(p.value(QLatin1String("updated")).toString());
        if (Status s = exec(position); !s)
            return R::failure(s.error());
    }

    if (!incoming.isEmpty()) {
        AnnotationStore store(m_db);
        Result<QList<Annotation>> existing = store.forArticle(id);
        if (!existing)
            return R::failure(existing.error());
        // Offsets count code points of the article's plain text, which is
        // the exported one; a quote not found where it says is orphaned.
        const QList<uint> plain = input.article.plainText().toUcs4();
        QList<Annotation> added;
        for (Annotation a : incoming) {
            a.id = 0;
            a.articleId = id;
            const auto same = [&a](const Annotation &e) { return sameAnnotation(a, e); };
            if (std::any_of(existing->cbegin(), existing->cend(), same) ||
                std::any_of(added.cbegin(), added.cend(), same))
                continue;
            const bool inside = a.start >= 0 && a.end > a.start && a.end <= plain.size();
            a.orphaned =
                !inside || QString::fromUcs4(reinterpret_cast<const char32_t *>(plain.constData() + a.start),
                                             a.end - a.start) != a.exact;
            added.append(a);
        }
        const bool notes =
            std::any_of(added.cbegin(), added.cend(), [](const Annotation &a) { return !a.note.isEmpty(); });
        // The writer's connection runs no triggers: the notes reach the
        // index by taking the article out of it and indexing it again.
        SearchIndex index(m_db);
        bool suspended = false;
        if (notes) {
            Result<bool> s = index.suspendArticle(id);
            if (!s)
                return R::failure(s.error());
            suspended = s.value();
        }
        for (const Annotation &a : added) {
            Result<Annotation> stored = store.insert(a);
            if (!stored)
                return R::failure(
                    QStringLiteral("annotation \"%1\": %2").arg(a.exact.left(40), stored.error()));
        }
        if (suspended) {
            if (Status s = index.resumeArticle(id); !s)
                return R::failure(s.error());
        }
        summary.annotations += int(added.size());
    }
    if (!tx.commit())
        return R::failure(SqlErrorText::of(db.lastError()));
    return merged;
}

Result<int> LibraryArchiveImport::importFeeds(const QByteArray &opml)
{
    using R = Result<int>;
    Result<QList<OpmlFeed>> feeds = Opml::parse(opml);
    if (!feeds)
        return R::failure(feeds.error());
    QSqlDatabase &db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(QStringLiteral("cannot start a transaction"));
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT INTO feeds (url, title, site_url, added_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (url) DO NOTHING"));
    int added = 0;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const OpmlFeed &f : feeds.value()) {
        if (f.xmlUrl.isEmpty())
            continue;
        add.addBindValue(f.xmlUrl);
        // Opml::write gives an untitled feed its address as the text to show.
        add.addBindValue(f.title == f.xmlUrl || f.title.isNull() ? QString(QLatin1String("")) : f.title);
        add.addBindValue(f.htmlUrl.isNull() ? QString(QLatin1String("")) : f.htmlUrl);
        add.addBindValue(now);
        if (Status s = exec(add); !s)
            return R::failure(s.error());
        added += add.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!tx.commit())
        return R::failure(QStringLiteral("cannot commit"));
    return added;
}

} // namespace pathak
