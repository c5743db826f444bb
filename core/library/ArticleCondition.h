#pragma once

#include <QString>
#include <QVariantList>

namespace pathak {

// A condition on articles as SQL: a boolean expression over the alias "a"
// (the articles table) with ? placeholders, and the values bound to them in
// order. Made by code only (the query language builds it from fixed pieces
// and binds everything the user typed), so the text never holds user input.
struct ArticleCondition
{
    QString sql; // empty: every article
    QVariantList values;

    bool isEmpty() const { return sql.isEmpty(); }
    // Both conditions.
    ArticleCondition operator&&(const ArticleCondition &other) const
    {
        if (isEmpty())
            return other;
        if (other.isEmpty())
            return *this;
        return {QStringLiteral("(%1) AND (%2)").arg(sql, other.sql), values + other.values};
    }
};

} // namespace pathak
