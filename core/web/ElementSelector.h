#pragma once

#include "web/HtmlDom.h"

#include <QList>
#include <QString>

namespace pathak {

// One compound CSS selector, enough for site rules: a tag, classes, an id
// and attributes, as in "div.story-element-text", "#newsDtl",
// "[itemprop=articleBody]", "p.img-caption"; an optional ancestor before a
// space ("article .entry-content"). Anything else does not parse.
class ElementSelector
{
public:
    // isValid() is false for a selector this class cannot read.
    explicit ElementSelector(const QString &text);

    bool isValid() const { return m_valid; }
    bool matches(HtmlDom::Node n) const;

    // The elements under root that match, outermost only, in page order.
    static QList<HtmlDom::Node> select(HtmlDom::Node root, const QList<ElementSelector> &selectors);
    static bool matchesAny(HtmlDom::Node n, const QList<ElementSelector> &selectors);

private:
    struct Compound
    {
        QString tag; // lower case; empty for any
        QString id;
        QStringList classes;
        QList<QPair<QString, QString>> attributes; // value empty: the attribute is there
    };
    static bool parseCompound(const QString &text, Compound &out);
    static bool matchesCompound(HtmlDom::Node n, const Compound &c);

    QList<Compound> m_parts; // ancestors first, the element last
    bool m_valid = false;
};

} // namespace pathak
