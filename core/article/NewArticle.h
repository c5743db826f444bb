#pragma once

#include "article/Article.h"

#include <QByteArray>
#include <QString>

namespace pathak {

// An article about to be stored: the parse, the bytes it came from and its
// lead photo. Made by the parsers of files and web pages; stored by the
// library.
struct NewArticle
{
    Article article;
    QByteArray original; // the bytes it was parsed from, kept for re-parsing
    QString origin;      // file path or URL
    QByteArray image;    // lead photo, when one was saved
    QString imageMimeType;
    // What the page or feed said about the article, stored as given when it
    // reads as such (library PublicationText): an ISO 8601 date or date and
    // time, and the byline (names joined with ", "). Empty: it said nothing.
    QString published;
    QString author;
};

} // namespace pathak
