#include "web/HtmlNestingGuard.h"

#include <QHash>

#include <gumbo.h>

#include <cstring>
#include <vector>

namespace pathak {

namespace {

// What the tree builder does with an element, by its (lower-case) name.
enum Kind : unsigned {
    Void = 1u << 0,          // never has content: not pushed
    Special = 1u << 1,       // "special" in the HTML standard: stops the generic end tag
    ScopeBoundary = 1u << 2, // ends the default scope (applet, table, td…)
    Formatting = 1u << 3,    // in the list of active formatting elements, reopened
    ClosesP = 1u << 4,       // its start tag closes an open <p> in button scope
    RawText = 1u << 5,       // its content is text up to its end tag
    Breakout = 1u << 6,      // leaves SVG and MathML for HTML
    Marker = 1u << 7,        // puts a marker in the list of active formatting elements
    ScopedEnd = 1u << 8,     // its end tag closes it only when it is in scope
    TablePart = 1u << 9,     // tbody, thead, tfoot
    Heading = 1u << 10,
    Ignored = 1u << 11, // html, head, body: merged into the ones the parser made
    Reopens = 1u << 12, // a void element that reopens formatting elements first
};

const QHash<QByteArray, unsigned> &kinds()
{
    static const QHash<QByteArray, unsigned> table = [] {
        QHash<QByteArray, unsigned> t;
        auto add = [&t](std::initializer_list<const char *> names, unsigned kind) {
            for (const char *n : names)
                t[QByteArray(n)] |= kind;
        };
        add({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
             "input", "keygen", "link", "meta", "param", "source", "track", "wbr"},
            Void);
        add({"address",    "applet",   "area",   "article", "aside",     "base",     "basefont", "bgsound",
             "blockquote", "body",     "br",     "button",  "caption",   "center",   "col",      "colgroup",
             "dd",         "details",  "dir",    "div",     "dl",        "dt",       "embed",    "fieldset",
             "figcaption", "figure",   "footer", "form",    "frame",     "frameset", "h1",       "h2",
             "h3",         "h4",       "h5",     "h6",      "head",      "header",   "hgroup",   "hr",
             "html",       "iframe",   "img",    "input",   "keygen",    "li",       "link",     "listing",
             "main",       "marquee",  "menu",   "meta",    "nav",       "noembed",  "noframes", "noscript",
             "object",     "ol",       "p",      "param",   "plaintext", "pre",      "script",   "search",
             "section",    "select",   "source", "style",   "summary",   "table",    "tbody",    "td",
             "template",   "textarea", "tfoot",  "th",      "thead",     "title",    "tr",       "track",
             "ul",         "wbr",      "xmp"},
            Special);
        add({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"},
            ScopeBoundary);
        add({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"},
            Formatting);
        add({"address", "article", "aside",    "blockquote", "center", "details",   "dialog",  "dir",
             "div",     "dl",      "fieldset", "figcaption", "figure", "footer",    "header",  "hgroup",
             "main",    "menu",    "nav",      "ol",         "p",      "search",    "section", "summary",
             "ul",      "h1",      "h2",       "h3",         "h4",     "h5",        "h6",      "pre",
             "listing", "form",    "li",       "dd",         "dt",     "plaintext", "xmp"},
            ClosesP);
        add({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"}, RawText);
        add({"b",      "big",    "blockquote", "body",  "br",    "center", "code", "dd",      "div",
             "dl",     "dt",     "em",         "embed", "font",  "h1",     "h2",   "h3",      "h4",
             "h5",     "h6",     "head",       "hr",    "i",     "img",    "li",   "listing", "menu",
             "meta",   "nobr",   "ol",         "p",     "pre",   "ruby",   "s",    "small",   "span",
             "strong", "strike", "sub",        "sup",   "table", "tt",     "u",    "ul",      "var"},
            Breakout);
        add({"applet", "marquee", "object", "template", "td", "th", "caption"}, Marker);
        add({"address", "article", "aside",  "blockquote", "button",   "center",     "details",
             "dialog",  "dir",     "div",    "dl",         "fieldset", "figcaption", "figure",
             "footer",  "header",  "hgroup", "listing",    "main",     "menu",       "nav",
             "ol",      "pre",     "search", "section",    "summary",  "ul",         "form",
             "applet",  "marquee", "object", "select",     "dd",       "dt"},
            ScopedEnd);
        add({"area", "br", "embed", "img", "image", "keygen", "wbr", "input"}, Reopens);
        add({"tbody", "thead", "tfoot"}, TablePart);
        add({"h1", "h2", "h3", "h4", "h5", "h6"}, Heading);
        add({"html", "head", "body"}, Ignored);
        return t;
    }();
    return table;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// SVG and MathML elements whose content is HTML again.
bool isIntegrationPoint(const QByteArray &name)
{
    return name == "foreignobject" || name == "desc" || name == "title" || name == "mi" || name == "mo" ||
           name == "mn" || name == "ms" || name == "mtext" || name == "annotation-xml";
}

bool resetsInsertionMode(const QByteArray &name)
{
    return name == "select" || name == "td" || name == "th" || name == "tr" || name == "tbody" ||
           name == "thead" || name == "tfoot" || name == "caption" || name == "colgroup" || name == "table" ||
           name == "template" || name == "head" || name == "body" || name == "frameset" || name == "html";
}

struct Tag
{
    // The name as gumbo matches HTML elements: every name it does not know
    // is one and the same (so `</x>` closes an open <y>).
    QByteArray name;
    QByteArray foreignName; // as SVG and MathML elements match: the name written
    QByteArray attributes;  // as written: alike formatting elements are alike in these
    bool end = false;
    bool selfClosing = false;
};

// The stack of open elements and the list of active formatting elements,
// as the tree builder keeps them, for the rules that change their depth.
class TreeReplay
{
public:
    TreeReplay(int limit, qint64 stepBudget) : m_limit(limit), m_stepsLeft(stepBudget) {}

    bool stopped() const { return m_deepest > m_limit || m_stepsLeft < 0 || m_unparseable; }
    int result() const
    {
        if (m_unparseable)
            return HtmlNestingGuard::Unparseable;
        return m_stepsLeft < 0 ? HtmlNestingGuard::TooTangled : m_deepest;
    }

    void text() { reconstruct(); }

    enum class Content { Markup, RawText, PlainText };

    // What follows the start tag: markup, raw text up to the element's end
    // tag, or text to the end of the page.
    Content start(const Tag &tag)
    {
        const unsigned kind = kinds().value(tag.name);
        if (!inForeignContent() && !startInSelect(tag))
            return Content::Markup;
        if (inForeignContent() && !(kind & Breakout)) {
            // gumbo 0.10 takes an SVG or MathML element named like these for
            // the HTML one when it resets its insertion mode, and aborts on
            // an assertion (`<table><math><select><mtext><select><tr>`). No
            // SVG or MathML element has such a name.
            if (resetsInsertionMode(tag.foreignName))
                m_unparseable = true;
            if (!tag.selfClosing)
                push(tag.foreignName, 0, 1, true);
            return Content::Markup;
        }
        if (kind & (Ignored | Void)) {
            if (kind & Reopens)
                reconstruct();
            return Content::Markup;
        }
        if (kind & RawText) { // a leaf: pushed, and popped by its end tag
            m_deepest = std::max(m_deepest, m_depth + 1);
            return Content::RawText;
        }
        if (kind & ClosesP)
            closeP();
        if (tag.name == "li" || tag.name == "dd" || tag.name == "dt") {
            closeListItem(tag.name);
        } else if (kind & Heading) {
            if (!m_stack.empty() && (m_stack.back().kind & Heading))
                pop();
        } else if (tag.name == "button") {
            if (const int b = inScope(tag.name, ScopeBoundary); b >= 0)
                popTo(b);
        } else if (tag.name == "a" || tag.name == "nobr") {
            if (lastActive(tag.name) >= 0)
                endFormatting(tag.name);
        } else if (tag.name == "option" || tag.name == "optgroup") {
            if (!m_stack.empty() && m_stack.back().name == "option")
                pop();
        } else if (tag.name == "caption" || tag.name == "colgroup" || (kind & TablePart)) {
            const int table = openTable();
            if (table < 0)
                return Content::Markup;
            if (m_stack[size_t(table)].name == "template") {
                // In a template nothing is implied or closed here.
                push(tag.name, kind, 1, false);
                return Content::Markup;
            }
            closeCellsAbove(table);
        } else if (tag.name == "tr") {
            const int table = openTable();
            if (table < 0)
                return Content::Markup;
            if (m_stack[size_t(table)].name == "template") {
                // In a template nothing is implied or closed here.
                push(tag.name, kind, 1, false);
                return Content::Markup;
            }
            const int part = nearestAbove(table, TablePart);
            closeCellsAbove(part >= 0 ? part : table);
            push(tag.name, kind, part >= 0 ? 1 : 2, false); // an implied <tbody>
            return Content::Markup;
        } else if (tag.name == "td" || tag.name == "th") {
            const int table = openTable();
            if (table < 0)
                return Content::Markup;
            if (m_stack[size_t(table)].name == "template") {
                // In a template nothing is implied or closed here.
                push(tag.name, kind, 1, false);
                return Content::Markup;
            }
            if (const int cell = nearestCell(table); cell >= 0)
                closeCellsAbove(cell - 1);
            const int row = nearestRow(table);
            closeCellsAbove(row >= 0 ? row : table);
            // What the parser adds: <tbody> and <tr> when neither is open.
            const int weight = row < 0 ? 3 : (m_stack[size_t(row)].name == "tr" ? 1 : 2);
            push(tag.name, kind, weight, false);
            return Content::Markup;
        }
        if (tag.name == "table") {
            // A table started in a table (not in one of its cells) closes it.
            const int table = openTable();
            if (table >= 0 && m_stack[size_t(table)].name == "table" && nearestCell(table) < 0 &&
                nearestCaption(table) < 0)
                closeCellsAbove(table - 1);
        }
        if (tag.name == "svg" || tag.name == "math") {
            reconstruct();
            if (!tag.selfClosing)
                push(tag.name, 0, 1, true);
            return Content::Markup;
        }
        // Block elements, headings and table parts start without reopening
        // formatting elements (their content does that).
        if (!(kind & ClosesP) && tag.name != "table" && tag.name != "caption" && tag.name != "colgroup" &&
            !(kind & TablePart))
            reconstruct();
        push(tag.name, kind, 1, false);
        if (kind & Formatting)
            addActive(tag);
        return tag.name == "plaintext" ? Content::PlainText : Content::Markup;
    }

    void end(const Tag &tag)
    {
        if (inForeignContent()) {
            for (int i = int(m_stack.size()) - 1; i >= 0 && m_stack[size_t(i)].foreign; --i) {
                if (!step())
                    return;
                if (m_stack[size_t(i)].name == tag.foreignName) {
                    popTo(i);
                    return;
                }
            }
        }
        const unsigned kind = kinds().value(tag.name);
        if (kind & (Ignored | Void))
            return;
        if (!endInSelect(tag))
            return;
        int at = -1;
        if (tag.name == "template") {
            at = lastOpen(tag.name); // closed wherever it is, tables and all
        } else if (tag.name == "form") {
            // The parser takes the form out of the stack and leaves what is
            // open in it open, in it: the tree stays as deep.
            at = inScope(tag.name, ScopeBoundary);
            if (at != int(m_stack.size()) - 1)
                return;
        } else if (tag.name == "p") {
            at = inScope(tag.name, ScopeBoundary, "button");
        } else if (tag.name == "li") {
            at = inScope(tag.name, ScopeBoundary, "ol", "ul");
        } else if (kind & Heading) {
            at = headingInScope();
        } else if (kind & ScopedEnd) {
            at = inScope(tag.name, ScopeBoundary);
        } else if (tag.name == "table" || tag.name == "tr" || tag.name == "td" || tag.name == "th" ||
                   tag.name == "caption" || tag.name == "colgroup" || (kind & TablePart)) {
            // Directly in a template the parser may be in any mode; the
            // cell or row stays open.
            if (const int context = openTable(); context >= 0 && m_stack[size_t(context)].name == "template")
                return;
            at = inTableScope(tag.name);
        } else if (kind & Formatting) {
            endFormatting(tag.name);
            return;
        } else {
            at = genericEnd(tag.name);
        }
        if (at < 0)
            return;
        // Closing these (by their end tag or a table's) clears the list of
        // active formatting elements to the last marker, once; popped as
        // part of something else, they leave their marker.
        const unsigned closesMarker = kind & Marker;
        if (closesMarker || isTableTag(tag.name))
            closeCellsAbove(at - 1, closesMarker != 0);
        else
            popTo(at);
    }

    // Pops everything above index; when that closes a cell or caption, or
    // always, the list of active formatting elements is cleared to the last
    // marker.
    void closeCellsAbove(int index, bool clears = false)
    {
        for (int i = int(m_stack.size()) - 1; i > index && !clears; --i) {
            const QByteArray &n = m_stack[size_t(i)].name;
            clears = !m_stack[size_t(i)].foreign && (n == "td" || n == "th" || n == "caption");
        }
        popTo(index + 1);
        if (clears)
            clearToLastMarker();
    }

private:
    struct Open
    {
        QByteArray name;
        unsigned kind = 0;
        int weight = 1;
        bool foreign = false;
        int entry = -1; // in m_active, for a formatting element
    };
    struct Active
    {
        QByteArray name;
        QByteArray attributes;
        int element = -1; // in m_stack; -1 when closed but still active
        bool marker = false;
    };

    bool step() { return --m_stepsLeft >= 0; }

    bool inForeignContent() const
    {
        return !m_stack.empty() && m_stack.back().foreign && !isIntegrationPoint(m_stack.back().name);
    }

    bool isSpecial(const Open &e) const
    {
        return e.foreign ? isIntegrationPoint(e.name) : (e.kind & Special) != 0;
    }

    bool isScopeBoundary(const Open &e) const
    {
        return e.foreign ? isIntegrationPoint(e.name) : (e.kind & ScopeBoundary) != 0;
    }

    void push(const QByteArray &name, unsigned kind, int weight, bool foreign)
    {
        m_stack.push_back({name, kind, weight, foreign, -1});
        if (!foreign && name == "select")
            ++m_openSelects;
        m_depth += weight;
        m_deepest = std::max(m_deepest, m_depth);
        if (kind & Marker)
            m_active.push_back({QByteArray(), QByteArray(), -1, true});
    }

    void pop()
    {
        const Open top = m_stack.back();
        m_stack.pop_back();
        m_depth -= top.weight;
        if (!top.foreign && top.name == "select")
            --m_openSelects;
        if (top.entry >= 0)
            m_active[size_t(top.entry)].element = -1;
    }

    void popTo(int index)
    {
        while (int(m_stack.size()) > index)
            pop();
    }

    void clearToLastMarker()
    {
        while (!m_active.empty()) {
            const Active last = m_active.back();
            m_active.pop_back();
            if (last.element >= 0)
                m_stack[size_t(last.element)].entry = -1;
            if (last.marker)
                break;
        }
    }

    // Where the element is when it is in scope, else -1.
    int inScope(const QByteArray &name, unsigned boundary, const char *also = nullptr,
                const char *alsoToo = nullptr)
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            if (e.name == name && !e.foreign)
                return i;
            if (((e.kind & boundary) && !e.foreign) || isScopeBoundary(e) ||
                (!e.foreign && ((also && e.name == also) || (alsoToo && e.name == alsoToo))))
                return -1;
        }
        return -1;
    }

    // Where the <select> is that the parser is in (not in a template inside
    // one), or -1.
    int openSelect()
    {
        if (m_openSelects == 0)
            return -1;
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            if (!e.foreign && (e.name == "select" || e.name == "template"))
                return e.name == "select" ? i : -1;
        }
        return -1;
    }

    static bool isTableTag(const QByteArray &name)
    {
        return name == "caption" || name == "table" || name == "tbody" || name == "tfoot" ||
               name == "thead" || name == "tr" || name == "td" || name == "th";
    }

    // In a <select> the parser ignores most tags and closes the select for
    // some (a table's, in a table); returns whether to go on with the tag.
    bool startInSelect(const Tag &tag)
    {
        const int select = openSelect();
        if (select < 0)
            return true;
        const QByteArray &n = tag.name;
        if (n == "option" || n == "optgroup" || n == "script" || n == "template")
            return true;
        const int table = lastOpen("table");
        const bool closes = n == "select" || n == "input" || n == "keygen" || n == "textarea" ||
                            (isTableTag(n) && table >= 0 && table < select);
        if (closes)
            popTo(select);
        return closes && n != "select";
    }

    bool endInSelect(const Tag &tag)
    {
        const int select = openSelect();
        if (select < 0)
            return true;
        const QByteArray &n = tag.name;
        if (n == "option" || n == "optgroup" || n == "template")
            return true;
        const int table = lastOpen("table");
        if (n == "select" || (isTableTag(n) && table >= 0 && table < select)) {
            popTo(select);
            return n != "select";
        }
        return false;
    }

    int lastOpen(const QByteArray &name)
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            if (!m_stack[size_t(i)].foreign && m_stack[size_t(i)].name == name)
                return i;
        }
        return -1;
    }

    int headingInScope()
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            if ((e.kind & Heading) && !e.foreign)
                return i;
            if (isScopeBoundary(e))
                return -1;
        }
        return -1;
    }

    int inTableScope(const QByteArray &name)
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            if (e.name == name && !e.foreign)
                return i;
            if (!e.foreign && (e.name == "table" || e.name == "template"))
                return -1;
        }
        return -1;
    }

    // The "any other end tag" rule: the element, unless a special element
    // is open inside it.
    int genericEnd(const QByteArray &name)
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            if (e.name == name && !e.foreign)
                return i;
            if (isSpecial(e))
                return -1;
        }
        return -1;
    }

    void closeP()
    {
        if (const int p = inScope("p", ScopeBoundary, "button"); p >= 0)
            popTo(p);
    }

    void closeListItem(const QByteArray &name)
    {
        const bool definition = name != "li";
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return;
            const Open &e = m_stack[size_t(i)];
            if (!e.foreign && (definition ? (e.name == "dd" || e.name == "dt") : e.name == "li")) {
                popTo(i);
                return;
            }
            if (isSpecial(e) && e.name != "address" && e.name != "div" && e.name != "p")
                return;
        }
    }

    int openTable()
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            // A template's content may be cells and rows on their own.
            if (!e.foreign && (e.name == "table" || e.name == "template"))
                return i;
        }
        return -1;
    }

    int nearestAbove(int table, unsigned kind)
    {
        for (int i = int(m_stack.size()) - 1; i > table; --i) {
            if (!step())
                return -1;
            if (!m_stack[size_t(i)].foreign && (m_stack[size_t(i)].kind & kind))
                return i;
        }
        return -1;
    }

    int nearestCell(int table)
    {
        for (int i = int(m_stack.size()) - 1; i > table; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            if (!e.foreign && (e.name == "td" || e.name == "th"))
                return i;
        }
        return -1;
    }

    int nearestCaption(int table)
    {
        for (int i = int(m_stack.size()) - 1; i > table; --i) {
            if (!step())
                return -1;
            if (!m_stack[size_t(i)].foreign && m_stack[size_t(i)].name == "caption")
                return i;
        }
        return -1;
    }

    int nearestRow(int table)
    {
        for (int i = int(m_stack.size()) - 1; i > table; --i) {
            if (!step())
                return -1;
            const Open &e = m_stack[size_t(i)];
            if (!e.foreign && (e.name == "tr" || (e.kind & TablePart)))
                return i;
        }
        return -1;
    }

    // The last active formatting element of that name after the last marker.
    int lastActive(const QByteArray &name)
    {
        for (int i = int(m_active.size()) - 1; i >= 0; --i) {
            if (!step())
                return -1;
            const Active &a = m_active[size_t(i)];
            if (a.marker)
                return -1;
            if (a.name == name)
                return i;
        }
        return -1;
    }

    // Takes an entry out of the list; the elements after it move up one.
    void remove(int entry)
    {
        m_active.erase(m_active.begin() + entry);
        m_stepsLeft -= qint64(m_stack.size());
        for (Open &e : m_stack) {
            if (e.entry == entry)
                e.entry = -1;
            else if (e.entry > entry)
                --e.entry;
        }
    }

    // The adoption agency (a misnested formatting end tag, `<b><p></b>`),
    // as far as depth goes: with nothing special open inside it the element
    // closes; else the parser takes it out of the stack, closes what is open
    // between it and the first special element inside it (the furthest
    // block) unless that is a formatting element too, and puts a copy of it
    // inside the furthest block. Eight rounds at most, as the parser does.
    void endFormatting(const QByteArray &name)
    {
        for (int round = 0; round < 8 && !stopped(); ++round) {
            const int entry = lastActive(name);
            if (entry < 0) {
                if (round > 0)
                    return;
                if (const int at = genericEnd(name); at >= 0)
                    popTo(at);
                return;
            }
            const int element = m_active[size_t(entry)].element;
            if (element < 0) {
                remove(entry);
                return;
            }
            int furthest = -1;
            for (int i = int(m_stack.size()) - 1; i > element; --i) {
                if (!step())
                    return;
                if (isScopeBoundary(m_stack[size_t(i)]))
                    return; // not in scope: ignored
                if (isSpecial(m_stack[size_t(i)]))
                    furthest = i;
            }
            if (furthest < 0) {
                popTo(element);
                remove(entry);
                return;
            }
            moveIntoFurthestBlock(element, furthest);
        }
    }

    void moveIntoFurthestBlock(int element, int furthest)
    {
        Open copy = m_stack[size_t(element)];
        std::vector<Open> moved;
        moved.reserve(m_stack.size() - size_t(element));
        for (int i = element + 1; i < furthest; ++i) {
            const Open &e = m_stack[size_t(i)];
            if (e.entry >= 0) {
                moved.push_back(e);
                continue;
            }
            m_depth -= e.weight;
            if (!e.foreign && e.name == "select")
                --m_openSelects;
        }
        moved.push_back(m_stack[size_t(furthest)]);
        moved.push_back(copy);
        for (size_t i = size_t(furthest) + 1; i < m_stack.size(); ++i)
            moved.push_back(m_stack[i]);
        m_stack.resize(size_t(element));
        m_stepsLeft -= qint64(moved.size());
        for (const Open &e : moved) {
            m_stack.push_back(e);
            if (e.entry >= 0)
                m_active[size_t(e.entry)].element = int(m_stack.size()) - 1;
        }
    }

    // A formatting element joins the list; of three alike after the last
    // marker, the earliest leaves it (the standard's "Noah's Ark" clause).
    void addActive(const Tag &tag)
    {
        int alike = 0;
        int earliest = -1;
        for (int i = int(m_active.size()) - 1; i >= 0; --i) {
            if (!step())
                return;
            const Active &a = m_active[size_t(i)];
            if (a.marker)
                break;
            if (a.name == tag.name && a.attributes == tag.attributes) {
                ++alike;
                earliest = i;
            }
        }
        if (alike >= 3)
            remove(earliest);
        m_active.push_back({tag.name, tag.attributes, int(m_stack.size()) - 1, false});
        m_stack.back().entry = int(m_active.size()) - 1;
    }

    // Formatting elements closed by something else are opened again before
    // the next text or element.
    void reconstruct()
    {
        int first = int(m_active.size());
        for (int i = int(m_active.size()) - 1; i >= 0; --i) {
            if (!step())
                return;
            const Active &a = m_active[size_t(i)];
            if (a.marker || a.element >= 0)
                break;
            first = i;
        }
        for (int i = first; i < int(m_active.size()) && !stopped(); ++i) {
            Active &a = m_active[size_t(i)];
            push(a.name, kinds().value(a.name), 1, false);
            a.element = int(m_stack.size()) - 1;
            m_stack.back().entry = i;
        }
    }

    const int m_limit;
    qint64 m_stepsLeft;
    std::vector<Open> m_stack; // under <html> and <body>
    std::vector<Active> m_active;
    int m_depth = 2; // <html> and <body>
    int m_openSelects = 0;
    bool m_unparseable = false;
    int m_deepest = 2;
};

// Reads one tag from just after '<' (or "</"); returns where the tag ends
// (after '>'), or -1 at the end of the input (the tokenizer drops the tag).
qsizetype readTag(const char *d, qsizetype n, qsizetype i, Tag &tag)
{
    const qsizetype nameStart = i;
    while (i < n && !isSpace(d[i]) && d[i] != '/' && d[i] != '>')
        ++i;
    tag.foreignName = QByteArray(d + nameStart, i - nameStart).toLower();
    const bool known =
        gumbo_tagn_enum(tag.foreignName.constData(), unsigned(tag.foreignName.size())) != GUMBO_TAG_UNKNOWN;
    tag.name = known ? tag.foreignName : QByteArray("?");
    const qsizetype attributesStart = i;
    for (;;) {
        while (i < n && isSpace(d[i]))
            ++i;
        if (i >= n)
            return -1;
        if (d[i] == '>') {
            tag.attributes = QByteArray(d + attributesStart, i - attributesStart);
            return i + 1;
        }
        if (d[i] == '/') {
            if (i + 1 < n && d[i + 1] == '>') {
                tag.selfClosing = true;
                tag.attributes = QByteArray(d + attributesStart, i - attributesStart);
                return i + 2;
            }
            ++i;
            continue;
        }
        // An attribute name (a leading '=' belongs to it), then its value.
        ++i;
        while (i < n && !isSpace(d[i]) && d[i] != '/' && d[i] != '>' && d[i] != '=')
            ++i;
        while (i < n && isSpace(d[i]))
            ++i;
        if (i >= n || d[i] != '=')
            continue;
        ++i;
        while (i < n && isSpace(d[i]))
            ++i;
        if (i >= n)
            return -1;
        if (d[i] == '"' || d[i] == '\'') {
            const void *close = std::memchr(d + i + 1, d[i], size_t(n - i - 1));
            if (!close)
                return -1;
            i = static_cast<const char *>(close) - d + 1;
        } else if (d[i] != '>') {
            while (i < n && !isSpace(d[i]) && d[i] != '>')
                ++i;
        }
    }
}

// Where the text of a raw-text element ends: at its end tag.
qsizetype rawTextEnd(const char *d, qsizetype n, qsizetype i, const QByteArray &name)
{
    const qsizetype len = name.size();
    for (;;) {
        const void *lt = std::memchr(d + i, '<', size_t(n - i));
        if (!lt)
            return n;
        i = static_cast<const char *>(lt) - d;
        if (i + 2 + len < n && d[i + 1] == '/' &&
            QByteArrayView(d + i + 2, len).compare(QByteArrayView(name), Qt::CaseInsensitive) == 0 &&
            (isSpace(d[i + 2 + len]) || d[i + 2 + len] == '/' || d[i + 2 + len] == '>'))
            return i;
        ++i;
    }
}

// Where what follows "<!" or "<?" ends, just past its '>'; n when it never does.
qsizetype commentEnd(const char *d, qsizetype n, qsizetype i)
{
    const QByteArrayView rest(d + i, n - i);
    if (rest.startsWith("<!--")) {
        if (rest.startsWith("<!-->"))
            return i + 5;
        if (rest.startsWith("<!--->"))
            return i + 6;
        const QByteArrayView body = rest.sliced(4);
        const qsizetype close = body.indexOf("-->");
        const qsizetype bang = body.indexOf("--!>");
        if (close < 0 && bang < 0)
            return n;
        if (bang >= 0 && (close < 0 || bang < close))
            return i + 4 + bang + 4;
        return i + 4 + close + 3;
    }
    const void *gt = std::memchr(d + i, '>', size_t(n - i));
    return gt ? static_cast<const char *>(gt) - d + 1 : n;
}

} // namespace

int HtmlNestingGuard::depthBound(const QByteArray &utf8, int limit)
{
    // Steps of the replay's scans allowed per byte of the page, and enough
    // to reach the limit the slow way; a real page needs a handful per tag.
    constexpr qint64 stepsPerByte = 64;
    TreeReplay tree(limit, stepsPerByte * utf8.size() + 4 * qint64(limit) * limit);
    const char *d = utf8.constData();
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    while (i < n && !tree.stopped()) {
        if (d[i] != '<') {
            const void *lt = std::memchr(d + i, '<', size_t(n - i));
            tree.text();
            i = lt ? static_cast<const char *>(lt) - d : n;
            continue;
        }
        const char next = i + 1 < n ? d[i + 1] : '\0';
        if (next == '!' || next == '?') {
            i = commentEnd(d, n, i);
            continue;
        }
        if (next == '/') {
            const char first = i + 2 < n ? d[i + 2] : '\0';
            if (first == '>') {
                i += 3;
            } else if (!isAlpha(first)) {
                i = commentEnd(d, n, i);
            } else {
                Tag tag;
                tag.end = true;
                i = readTag(d, n, i + 2, tag);
                if (i < 0)
                    break;
                tree.end(tag);
            }
            continue;
        }
        if (!isAlpha(next)) {
            tree.text();
            ++i;
            continue;
        }
        Tag tag;
        i = readTag(d, n, i + 1, tag);
        if (i < 0)
            break;
        const TreeReplay::Content content = tree.start(tag);
        if (content == TreeReplay::Content::PlainText)
            break; // the rest of the page is its text
        if (content == TreeReplay::Content::RawText)
            i = rawTextEnd(d, n, i, tag.name);
    }
    return tree.result();
}

Status HtmlNestingGuard::check(const QByteArray &utf8, int maxDepth)
{
    const int depth = depthBound(utf8, maxDepth);
    if (depth == Unparseable)
        return Status::failure(QStringLiteral("not an article: the markup would crash the HTML parser"));
    if (depth == TooTangled)
        return Status::failure(QStringLiteral("not an article: the markup is too tangled to parse"));
    if (depth > maxDepth)
        return Status::failure(
            QStringLiteral("not an article: elements nested more than %1 deep").arg(maxDepth));
    return {};
}

} // namespace pathak
