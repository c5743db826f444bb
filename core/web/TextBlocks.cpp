#include "web/TextBlocks.h"

#include "web/CaptionText.h"
#include "web/ElementHints.h"
#include "web/WebText.h"

#include <vector>

namespace pathak {

namespace {

using Node = HtmlDom::Node;

bool isHeading(GumboTag t)
{
    return t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
           t == GUMBO_TAG_H6;
}

// The caption text of a figure inside the text, its credit left out.
QString figureText(Node figure)
{
    Node caption = HtmlDom::firstDescendant(figure, [](Node e) { return ElementHints::isCaption(e); });
    if (!caption)
        return {};
    const QString text = HtmlDom::textOf(caption, [](Node e) { return ElementHints::isCredit(e); });
    return CaptionText::split(text).text;
}

} // namespace

bool TextBlocks::isInline(Node n)
{
    switch (HtmlDom::tagOf(n)) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_NOBR:
        return true;
    default:
        return n->type != GUMBO_NODE_ELEMENT;
    }
}

QList<TextBlocks::Block> TextBlocks::of(Node root, const HtmlDom::NodeTest &skip)
{
    // A walk with an explicit stack, so that the end of a block element
    // is seen (it ends the paragraph) and deep nesting cannot overflow.
    struct Frame
    {
        Node node;
        unsigned next = 0;
    };
    QList<Block> out;
    std::vector<Frame> stack{{root, 0}};
    QString run;
    qsizetype links = 0;
    int linkDepth = 0;
    bool afterBreak = false;
    auto owner = [&] {
        for (auto f = stack.rbegin(); f != stack.rend(); ++f) {
            if (f->node == root || !isInline(f->node))
                return f->node;
        }
        return root;
    };
    auto flush = [&] {
        const QString text = WebText::normalise(run);
        const Node block = owner();
        // The h1 is the title; blocks a broken page nests in it are walked.
        if (!text.isEmpty() && HtmlDom::tagOf(block) != GUMBO_TAG_H1) {
            out.append(Block{text, block, links, isHeading(HtmlDom::tagOf(block))});
        }
        run.clear();
        links = 0;
        afterBreak = false;
    };
    auto append = [&](const QString &text) {
        run += text;
        if (linkDepth > 0)
            links += WebText::normalise(text).size();
    };
    if (root->type != GUMBO_NODE_ELEMENT)
        return out;
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.next >= children.length) {
            const Node done = frame.node;
            if (done == root || !isInline(done))
                flush(); // the block is still on the stack: it owns the text
            stack.pop_back();
            if (HtmlDom::tagOf(done) == GUMBO_TAG_A)
                --linkDepth;
            continue;
        }
        const unsigned index = frame.next++;
        const Node c = static_cast<Node>(children.data[index]);
        switch (c->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            afterBreak = false;
            append(QString::fromUtf8(c->v.text.text));
            continue;
        case GUMBO_NODE_WHITESPACE:
            run += QLatin1Char(' ');
            continue;
        case GUMBO_NODE_ELEMENT:
            break;
        default:
            continue;
        }
        const GumboTag tag = HtmlDom::tagOf(c);
        if (tag == GUMBO_TAG_BR) {
            if (afterBreak) {
                flush();
            } else {
                run += QLatin1Char(' ');
                afterBreak = true;
            }
            continue;
        }
        const bool inlineElement = isInline(c);
        if (HtmlDom::isDropped(tag) || ElementHints::isHidden(c) || (skip && skip(c))) {
            if (!inlineElement)
                flush();
            continue;
        }
        if (inlineElement) {
            // Neighbouring elements with nothing between them are separate words.
            if (index > 0 && static_cast<Node>(children.data[index - 1])->type == GUMBO_NODE_ELEMENT &&
                !run.isEmpty() && !run.back().isSpace())
                run += QLatin1Char(' ');
            if (tag == GUMBO_TAG_A)
                ++linkDepth;
            stack.push_back(Frame{c, 0});
            continue;
        }
        flush();
        if (tag == GUMBO_TAG_HEAD)
            continue;
        if (ElementHints::isFigure(c)) {
            const QString text = figureText(c);
            if (!text.isEmpty())
                out.append(Block{text, c, 0, false});
            continue;
        }
        stack.push_back(Frame{c, 0});
    }
    return out;
}

} // namespace pathak
