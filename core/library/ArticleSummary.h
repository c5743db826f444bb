#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pathak {

// A row of the library list: what the list and `pathak list` show without
// loading article bodies.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString sourceLabel;
    QString sourceUrl;
    QDateTime savedAt;
    bool read = false;
    bool favourite = false;
    int annotationCount = 0;
    bool archived = false;
    QString published; // ISO 8601 as stored; null when unknown
    QString author;    // null when unknown
    QStringList tags;
};

} // namespace pathak
