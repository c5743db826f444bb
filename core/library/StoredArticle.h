#pragma once

#include "article/Article.h"

#include <QDateTime>
#include <QString>

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
};

} // namespace pathak
