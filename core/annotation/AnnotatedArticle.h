#pragma once

#include "annotation/Annotation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pathak {

// An article's facts and its annotations, as the annotation exporters take
// them: what the front matter, the CSV columns and the link back to the
// article are made of. Facts the library does not know for an article
// (published date, author, tags) stay empty and are left out of the export.
struct AnnotatedArticle
{
    qint64 articleId = 0;
    QString title;
    QString sourceUrl; // the article's web address; empty when it has none
    QDateTime savedAt; // UTC
    QString published; // ISO 8601 as the library keeps it (a day or a time); empty when unknown
    QString author;
    QStringList tags;
    QList<Annotation> annotations; // in reading order

    // Where a link back to the article goes: its web address when it has an
    // http(s) one, else the article in Pathak (pathak://article/ID).
    QString link() const;
};

} // namespace pathak
