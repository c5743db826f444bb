#pragma once

#include "annotation/Annotation.h"
#include "base/Result.h"
#include "text/TextAnchor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlQuery>
#include <QStringList>

#include <memory>
#include <optional>

namespace pathak {

class LibraryDatabase;

// What re-anchoring did to the annotations of one article.
struct ReanchorSummary
{
    int unchanged = 0;
    int moved = 0;    // found again at another place (or un-orphaned)
    int orphaned = 0; // quote not found: kept, flagged
};

struct AnnotationImportSummary
{
    int added = 0;
    int duplicates = 0;         // already present with the same passage, colour and note
    int orphaned = 0;           // added, but their quote is not in the article
    QStringList orphanedQuotes; // the quotes of those, to say which they were
};

// The annotations of one library, over the `annotations` table. Lives in
// the thread of its LibraryDatabase. Every change is announced by a signal
// so the reader view, the annotation panel and the library-wide list stay
// in step however the change was made (menu, panel, undo). Share one store
// between views of the same library.
class AnnotationStore : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationStore(LibraryDatabase &db, QObject *parent = nullptr);
    ~AnnotationStore() override;

    // Ordered by position in the text.
    Result<QList<Annotation>> forArticle(qint64 articleId);
    // Every annotation in the library, by article then position.
    Result<QList<Annotation>> all();
    // The titles of the articles that have annotations: what the
    // library-wide list shows beside each passage, without reading the rest
    // of a large library.
    Result<QHash<qint64, QString>> annotatedArticleTitles();
    Result<Annotation> annotation(qint64 id);

    // Highlights [start, end) (code points over Article::plainText()),
    // trimmed of white space and widened to whole grapheme clusters.
    Result<Annotation> create(qint64 articleId, TextRange range,
                              AnnotationColor color = AnnotationColor::Yellow, const QString &note = {});
    // Stores an annotation as given. With id 0 it gets a new id; with a
    // non-zero id it is put back under that id (undo of a removal).
    Result<Annotation> insert(const Annotation &input);
    // Writes every field but the id, article and creation time.
    Status update(const Annotation &annotation);
    Status remove(qint64 id);

    // Finds each annotation of the article again in its current text, by
    // quote and context, then position. One that cannot be found is
    // flagged orphaned and kept; one that is found again loses the flag.
    // Takes the write lock only when something changes, and then reads the
    // annotations again under it, so an edit made meanwhile through another
    // connection is not written over.
    Result<ReanchorSummary> reanchor(qint64 articleId);
    Result<ReanchorSummary> reanchor(qint64 articleId, const QString &plainText);
    // Another connection to the library (a worker thread's) re-anchored the
    // article: tells this store's listeners as if it had been done here.
    void announceReanchored(qint64 articleId);

    // Adds annotations read from an export (ids and article ids ignored),
    // each anchored in the article's current text. Importing the same
    // export twice adds nothing the second time.
    Result<AnnotationImportSummary> import(qint64 articleId, const QList<Annotation> &annotations);

signals:
    void added(const pathak::Annotation &annotation);
    void changed(const pathak::Annotation &annotation);
    void removed(qint64 id, qint64 articleId);
    // Many annotations of the article may have moved: reload them.
    void articleReanchored(qint64 articleId);

private:
    // What re-anchoring would write: the annotations whose place or flag changes.
    struct ReanchorPlan
    {
        ReanchorSummary summary;
        QList<Annotation> changed;
    };

    Result<QString> articleText(qint64 articleId);
    Result<ReanchorPlan> planReanchor(qint64 articleId, const std::optional<QString> &plainText);
    Result<ReanchorSummary> reanchorWith(qint64 articleId, const std::optional<QString> &plainText);
    Status write(const Annotation &annotation);
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);

    LibraryDatabase &m_db;
    // Prepared once: preparing a write to annotations compiles its search
    // triggers (and the search_source view behind them), which costs more
    // than the write; an import or a re-anchoring writes hundreds of rows.
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
};

} // namespace pathak
