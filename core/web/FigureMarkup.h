#pragma once

#include "article/Article.h"
#include "web/HtmlDom.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace pathak {

// An article's figure in the markup: <figure> with its image and its
// <figcaption>, the photo credit found where pages set it apart.
class FigureMarkup
{
public:
    struct Figure
    {
        QString imageSrc; // resolved against the page; empty when the figure has no usable image
        Caption caption;
        bool hasCaption = false;
    };

    // The first figure with an image or a caption under root, outside
    // comment sections.
    static std::optional<Figure> first(HtmlDom::Node root, const QUrl &pageUrl);

private:
    static QString imageSrcOf(HtmlDom::Node img, const QUrl &pageUrl);
    static Caption captionOf(HtmlDom::Node figcaption);
    static bool isCredit(HtmlDom::Node n);
};

} // namespace pathak
