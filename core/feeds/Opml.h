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
    static Result<QList<OpmlFeed>> parse(const QByteArray &bytes);
    static QByteArray write(const QList<OpmlFeed> &feeds, const QString &title);
};

} // namespace pathak
