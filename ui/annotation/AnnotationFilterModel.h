#pragma once

#include "annotation/Annotation.h"

#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace pathak::ui {

// Narrows an AnnotationListModel to one colour, to annotations made since a
// time, to articles with a tag, and to those whose quote, note or article title hold a text, and
// sorts them. The text is matched the way the library search matches
// words (SearchTokenizer: Bengali digits, ৎ and অা folded, case ignored,
// NFC), each word of it as the start of a word there, so "রাশি" finds
// রাশিয়া; a text that is part of a word still matches as it is.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order { Newest, Oldest, Article, Colour };

    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setColor(std::optional<AnnotationColor> color);
    void setText(const QString &text);
    // Only annotations created at or after the time (none: any time).
    void setSince(const std::optional<QDateTime> &since);
    // Only annotations of articles with the tag (empty: any), given the
    // tags of each article.
    void setTag(const QString &tag);
    void setArticleTags(const QHash<qint64, QStringList> &tags);
    void setOrder(Order order);
    std::optional<AnnotationColor> color() const { return m_color; }
    const QString &text() const { return m_text; }
    Order order() const { return m_order; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesText(const QModelIndex &index) const;

    std::optional<AnnotationColor> m_color;
    std::optional<QDateTime> m_since;
    QString m_tag;
    QHash<qint64, QStringList> m_articleTags;
    QString m_text;
    QStringList m_words; // the text's folded words
    Order m_order = Order::Newest;
};

} // namespace pathak::ui
