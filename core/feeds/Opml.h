#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pathak {

struct OpmlFeed
{
    QString title;
    QString xmlUrl;
    QString htmlUrl;
};

// OPML 1.0/2.0 subscription lists: every <outline xmlUrl=…> at any depth
// (folders are flattened); written back as one flat list.
class Opml
{
public:
    // A subscription list is small; a larger file is refused unread.
    static constexpr qint64 maxFileSize = qint64(20) * 1024 * 1024;

    static Result<QList<OpmlFeed>> parse(const QByteArray &bytes);
    static QByteArray write(const QList<OpmlFeed> &feeds, const QString &title);
};

} // namespace pathak
