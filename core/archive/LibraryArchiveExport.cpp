#include "archive/LibraryArchiveExport.h"

#include "annotation/AnnotationStore.h"
#include "annotation/WebAnnotationJson.h"
#include "archive/ArticleTextWriter.h"
#include "archive/LibraryArchiveReader.h"
#include "archive/LibraryArchiveWriter.h"
#include "feeds/FeedStore.h"
#include "feeds/Opml.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryStore.h"
#include "library/sqlite/SqlErrorText.h"
#include "library/TagStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace pathak {

namespace {

constexpr int pageSize = 200;

QJsonValue orNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

// The original's file name in the export: "original" and the extension of
// the file or address it came from, when that is a short plain one.
QString originalName(const QString &origin)
{
    QString path = origin;
    const QUrl url(origin);
    if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1)
        path = url.path();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool plain =
        !suffix.isEmpty() && suffix.size() <= 5 && std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) {
            return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                   (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        });
    return QStringLiteral("original.") + (plain ? suffix : QStringLiteral("bin"));
}

QString imageName(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/jpeg"))
        return QStringLiteral("image.jpg");
    if (mimeType == QLatin1String("image/png"))
        return QStringLiteral("image.png");
    if (mimeType == QLatin1String("image/webp"))
        return QStringLiteral("image.webp");
    if (mimeType == QLatin1String("image/gif"))
        return QStringLiteral("image.gif");
    return QStringLiteral("image.bin");
}

} // namespace

Result<LibraryArchiveExportSummary> LibraryArchiveExport::write(const QString &path)
{
    using R = Result<LibraryArchiveExportSummary>;
    QSqlDatabase &db = m_db.connection();
    LibraryStore store(m_db);
    TagStore tags(m_db);
    AnnotationStore annotations(m_db);
    FeedStore feedStore(m_db);
    LibraryArchiveExportSummary summary;

    Result<int> total = store.count();
    if (!total)
        return R::failure(total.error());
    Result<QList<FeedInfo>> feeds = feedStore.feeds();
    if (!feeds)
        return R::failure(feeds.error());

    Result<std::unique_ptr<LibraryArchiveWriter>> opened = LibraryArchiveWriter::create(path);
    if (!opened)
        return R::failure(opened.error());
    LibraryArchiveWriter &out = *opened.value();

    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("pathak-library")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("articles"), total.value()},
        {QStringLiteral("feeds"), int(feeds->size())},
        {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (Status s = out.add(QLatin1String(LibraryArchiveReader::manifestName),
                           QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        !s)
        return R::failure(s.error());
    QList<OpmlFeed> opml;
    for (const FeedInfo &f : feeds.value())
        opml.append({f.title, f.url, f.siteUrl});
    if (Status s = out.add(QLatin1String(LibraryArchiveReader::feedsName),
                           Opml::write(opml, QStringLiteral("Pathak")));
        !s)
        return R::failure(s.error());
    summary.feeds = int(feeds->size());

    QSqlQuery page(db);
    page.prepare(
        QStringLiteral("SELECT a.id, a.saved_at, a.origin, a.is_read, a.is_favourite, a.is_archived, "
                       "a.published, a.author, o.bytes, i.mime_type, i.bytes, "
                       "p.offset, p.progress, p.updated_at "
                       "FROM articles a LEFT JOIN originals o ON o.article_id = a.id "
                       "LEFT JOIN images i ON i.article_id = a.id "
                       "LEFT JOIN reading_positions p ON p.article_id = a.id "
                       "WHERE a.id > ? ORDER BY a.id LIMIT ?"));
    qint64 last = 0;
    for (;;) {
        page.bindValue(0, last);
        page.bindValue(1, pageSize);
        if (!page.exec())
            return R::failure(SqlErrorText::of(page));
        int rows = 0;
        while (page.next()) {
            if (m_cancel && m_cancel->load())
                return R::failure(QStringLiteral("cancelled"));
            ++rows;
            const qint64 id = page.value(0).toLongLong();
            last = id;
            Result<StoredArticle> stored = store.article(id);
            if (!stored)
                return R::failure(QStringLiteral("article %1: %2").arg(id).arg(stored.error()));
            const Article &article = stored->article;
            const QString folder =
                QStringLiteral("articles/") + QString::number(id).rightJustified(6, QLatin1Char('0'));
            const QString origin = page.value(2).toString();

            const QString text = ArticleTextWriter::write(article);
            QJsonObject meta{
                {QStringLiteral("title"), article.title},
                {QStringLiteral("source"), article.source ? QJsonValue(article.source->label) : QJsonValue()},
                {QStringLiteral("url"), article.source && !article.source->url.isEmpty()
                                            ? QJsonValue(article.source->url)
                                            : QJsonValue()},
                {QStringLiteral("origin"), origin},
                {QStringLiteral("saved"), page.value(1).toString()},
                {QStringLiteral("published"), orNull(page.value(6))},
                {QStringLiteral("author"), orNull(page.value(7))},
                {QStringLiteral("read"), page.value(3).toInt() != 0},
                {QStringLiteral("favourite"), page.value(4).toInt() != 0},
                {QStringLiteral("archived"), page.value(5).toInt() != 0},
                {QStringLiteral("tags"), QJsonArray::fromStringList(stored->tags)},
                {QStringLiteral("text"), QStringLiteral("article.txt")},
            };
            if (!ArticleTextWriter::roundTrips(article, text))
                meta.insert(QStringLiteral("structure"), article.toJson());
            if (!page.value(11).isNull()) {
                meta.insert(QStringLiteral("position"),
                            QJsonObject{{QStringLiteral("offset"), page.value(11).toInt()},
                                        {QStringLiteral("progress"), page.value(12).toInt()},
                                        {QStringLiteral("updated"), page.value(13).toString()}});
            } else {
                meta.insert(QStringLiteral("position"), QJsonValue());
            }
            if (Status s = out.add(folder + QStringLiteral("/article.txt"), text.toUtf8()); !s)
                return R::failure(s.error());
            if (!page.value(8).isNull()) {
                const QString name = originalName(origin);
                meta.insert(QStringLiteral("original"), name);
                if (Status s = out.add(folder + QLatin1Char('/') + name, page.value(8).toByteArray()); !s)
                    return R::failure(s.error());
            }
            if (!page.value(10).isNull()) {
                const QString mime = page.value(9).toString();
                const QString name = imageName(mime);
                meta.insert(QStringLiteral("image"),
                            QJsonObject{{QStringLiteral("file"), name}, {QStringLiteral("type"), mime}});
                if (Status s = out.add(folder + QLatin1Char('/') + name, page.value(10).toByteArray()); !s)
                    return R::failure(s.error());
            }
            Result<QList<Annotation>> notes = annotations.forArticle(id);
            if (!notes)
                return R::failure(QStringLiteral("article %1: %2").arg(id).arg(notes.error()));
            if (!notes->isEmpty()) {
                const WebAnnotationJson::Target target{id, article.title,
                                                       article.source ? article.source->url : QString()};
                meta.insert(QStringLiteral("annotations"), QStringLiteral("annotations.json"));
                if (Status s = out.add(folder + QStringLiteral("/annotations.json"),
                                       QJsonDocument(WebAnnotationJson::toCollection(target, notes.value()))
                                           .toJson(QJsonDocument::Indented));
                    !s)
                    return R::failure(s.error());
                summary.annotations += int(notes->size());
            }
            if (Status s = out.add(folder + QStringLiteral("/metadata.json"),
                                   QJsonDocument(meta).toJson(QJsonDocument::Indented));
                !s)
                return R::failure(s.error());
            ++summary.articles;
            if (m_onProgress)
                m_onProgress(summary.articles, std::max(total.value(), summary.articles));
        }
        if (rows < pageSize)
            break;
    }
    if (Status s = out.finish(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace pathak
