#include "web/ElementSelector.h"

#include <QRegularExpression>

namespace pathak {

namespace {
using Node = HtmlDom::Node;
} // namespace

ElementSelector::ElementSelector(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_valid = !parts.isEmpty();
    for (const QString &part : parts) {
        Compound c;
        if (!parseCompound(part, c)) {
            m_valid = false;
            break;
        }
        m_parts.append(c);
    }
    if (!m_valid)
        m_parts.clear();
}

bool ElementSelector::parseCompound(const QString &text, Compound &out)
{
    static const QRegularExpression token(
        QStringLiteral("\\G(?:([A-Za-z][A-Za-z0-9-]*)|\\.([A-Za-z0-9_-]+)|#([A-Za-z0-9_-]+)|"
                       "\\[([A-Za-z][A-Za-z0-9_:-]*)(?:=\"?([^\"\\]]*)\"?)?\\])"));
    qsizetype at = 0;
    bool first = true;
    while (at < text.size()) {
        const QRegularExpressionMatch m = token.match(text, at);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return false;
        if (!m.captured(1).isEmpty()) {
            if (!first)
                return false;
            out.tag = m.captured(1).toLower();
        } else if (!m.captured(2).isEmpty()) {
            out.classes.append(m.captured(2));
        } else if (!m.captured(3).isEmpty()) {
            out.id = m.captured(3);
        } else {
            out.attributes.append({m.captured(4), m.captured(5)});
        }
        first = false;
        at = m.capturedEnd();
    }
    return at > 0;
}

bool ElementSelector::matchesCompound(Node n, const Compound &c)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    if (!c.tag.isEmpty() && c.tag != QLatin1String(gumbo_normalized_tagname(HtmlDom::tagOf(n))))
        return false;
    if (!c.id.isEmpty() && HtmlDom::attr(n, "id") != c.id)
        return false;
    for (const QString &cls : c.classes) {
        if (!HtmlDom::hasToken(n, "class", QLatin1String(cls.toLatin1())))
            return false;
    }
    for (const auto &[name, value] : c.attributes) {
        const QByteArray key = name.toLatin1();
        if (!gumbo_get_attribute(&n->v.element.attributes, key.constData()))
            return false;
        if (!value.isEmpty() && !HtmlDom::hasToken(n, key.constData(), QLatin1String(value.toLatin1())) &&
            HtmlDom::attr(n, key.constData()) != value)
            return false;
    }
    return true;
}

bool ElementSelector::matches(Node n) const
{
    if (!m_valid || !matchesCompound(n, m_parts.last()))
        return false;
    // Ancestors in order, each found further up than the one after it.
    qsizetype part = m_parts.size() - 2;
    for (Node up = n->parent; up && part >= 0; up = up->parent) {
        if (matchesCompound(up, m_parts.at(part)))
            --part;
    }
    return part < 0;
}

bool ElementSelector::matchesAny(Node n, const QList<ElementSelector> &selectors)
{
    for (const ElementSelector &s : selectors) {
        if (s.matches(n))
            return true;
    }
    return false;
}

QList<Node> ElementSelector::select(Node root, const QList<ElementSelector> &selectors)
{
    QList<Node> found;
    HtmlDom::walk(root, [&](Node n) {
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
            return false;
        if (n->type == GUMBO_NODE_ELEMENT && matchesAny(n, selectors)) {
            found.append(n);
            return false;
        }
        return !HtmlDom::isDropped(HtmlDom::tagOf(n));
    });
    return found;
}

} // namespace pathak
