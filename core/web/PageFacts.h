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
    bool hasPasswordField = false; // a log-in form
    QString searchQuery;           // the value of a filled-in search field: a search page

    // Reads an <input>: log-in and search fields say what the page is.
    void noteInput(HtmlDom::Node input);

    static PageFacts gather(HtmlDom::Node root);
};

} // namespace pathak
