#pragma once

#include "article/Article.h"
#include "web/HtmlDom.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace pathak {

// An article's lead image in the markup: the first <figure> with its image
// and caption, or else the first caption box (a class named caption, an
// itemprop="caption") wherever the page put it; the photo credit split
// from the caption in whichever form the page printed it.
class FigureMarkup
{
public:
    struct Figure
    {
        QString imageSrc; // resolved against the page; empty when the figure has no usable image
        Caption caption;
        bool hasCaption = false;
    };

    // The lead figure or caption box under root, outside page furniture
    // and comment sections; nullopt when there is neither.
    static std::optional<Figure> first(HtmlDom::Node root, const QUrl &pageUrl);

    // The caption and credit of a caption element, credit elements inside
    // it (or, for a figure, anywhere in it) giving the credit.
    static Caption captionOf(HtmlDom::Node caption, HtmlDom::Node creditScope = nullptr);

private:
    static QString imageSrcOf(HtmlDom::Node img, const QUrl &pageUrl);
    static QString firstImageSrc(HtmlDom::Node root, const QUrl &pageUrl);
};

} // namespace pathak
