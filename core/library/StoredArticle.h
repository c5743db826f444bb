#pragma once

#include "article/Article.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pathak {

// An article as stored: the parse plus the library's own fields.
struct StoredArticle
{
    qint64 id = 0;
    Article article;
    QDateTime savedAt;
    QString origin;
    bool read = false;
    bool favourite = false;
    bool archived = false;
    QString published; // ISO 8601 as the page or feed gave it; null when unknown
    QString author;    // null when unknown
    QStringList tags;  // names, in the order of their folded keys
};

} // namespace pathak
