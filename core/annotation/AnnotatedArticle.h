#pragma once

#include "annotation/Annotation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pathak {

// An article's facts and its annotations, as the annotation exporters take
// them: what the front matter, the CSV columns and the link back to the
// article are made of. Facts the library does not know yet (published
// date, author, tags) stay empty and are left out of the export.
struct AnnotatedArticle
{
    qint64 articleId = 0;
    QString title;
    QString sourceUrl; // the article's web address; empty when it has none
    QDateTime savedAt; // UTC
    std::optional<QDateTime> published;
    QString author;
    QStringList tags;
    QList<Annotation> annotations; // in reading order

    // Where a link back to the article goes: its web address when it has an
    // http(s) one, else the article in Pathak (pathak://article/ID).
    QString link() const;
};

} // namespace pathak
