#pragma once

#include "web/HtmlDom.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace pathak {

// What one walk over a parsed page gathers: the head's title, meta tags
// and canonical link, the JSON-LD scripts, and the elements an article's
// markup may stand in.
struct PageFacts
{
    QString headTitle;
    QHash<QString, QString> meta; // og:title, og:site_name, description, … (first wins)
    QString canonical;
    QList<QByteArray> ldJson;
    QList<HtmlDom::Node> articles;
    HtmlDom::Node articleBody = nullptr; // itemprop="articleBody"
    HtmlDom::Node main = nullptr;
    HtmlDom::Node body = nullptr;
    QList<HtmlDom::Node> h1s;

    static PageFacts gather(HtmlDom::Node root);
};

} // namespace pathak
