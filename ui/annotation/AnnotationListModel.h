#pragma once

#include "annotation/Annotation.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace pathak {
class AnnotationStore;
}

namespace pathak::ui {

// The annotations of one article (the panel beside the reader) or of the
// whole library (the annotations view), kept in step with an
// AnnotationStore through its signals. Rows are in reading order: by
// article, then position in the text.
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ArticleIdRole,
        ArticleTitleRole,
        QuoteRole,
        NoteRole,
        ColorRole, // the colour's name: yellow … purple, underline
        CreatedRole,
        ModifiedRole,
        OrphanedRole,
        StartRole, // code points over Article::plainText()
        EndRole,
    };

    explicit AnnotationListModel(AnnotationStore &store, QObject *parent = nullptr);

    // Shows the annotations of one article; 0 shows none.
    void setArticle(qint64 articleId);
    // Shows every annotation in the library, with the given article titles.
    void showLibrary(const QHash<qint64, QString> &titles);
    bool hasTitle(qint64 articleId) const { return m_titles.contains(articleId); }
    qint64 articleId() const { return m_articleId; }
    bool showsLibrary() const { return m_library; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Annotation &annotationAt(int row) const { return m_rows.at(row); }
    const QList<Annotation> &annotations() const { return m_rows; }
    int rowOf(qint64 annotationId) const;

    // The swatch a colour is shown with, everywhere in the program
    // (AnnotationPalette's colour as a QColor).
    static QColor colorFor(AnnotationColor color);
    // The colour's name in the user's language.
    static QString colorLabel(AnnotationColor color);

private:
    bool accepts(const Annotation &a) const;
    int insertionRow(const Annotation &a) const;
    void onAdded(const Annotation &a);
    void onChanged(const Annotation &a);
    void onRemoved(qint64 id);
    void onArticleReanchored(qint64 articleId);

    AnnotationStore &m_store;
    qint64 m_articleId = 0;
    bool m_library = false;
    QHash<qint64, QString> m_titles;
    QList<Annotation> m_rows;
};

} // namespace pathak::ui
