#include "export/PdfStructureTree.h"

#include "export/PdfStructureTags.h"

#include <qpdf/QPDFObjectHandle.hh>

#include <set>
#include <stdexcept>
#include <string>

namespace pathak {

namespace {

// Walks the tree in the order its elements were opened (depth first),
// pairing each with its remembered element.
class TreeWalk
{
public:
    explicit TreeWalk(const QList<PdfStructElement> &elements) : m_elements(elements) {}

    void visit(QPDFObjectHandle node)
    {
        QPDFObjectHandle kids = node.getKey("/K");
        if (kids.isNull())
            return;
        const bool single = !kids.isArray();
        std::vector<QPDFObjectHandle> items;
        if (single)
            items.push_back(kids);
        else
            items = kids.getArrayAsVector();
        std::vector<QPDFObjectHandle> kept;
        bool dropped = false;
        for (QPDFObjectHandle &kid : items) {
            if (!kid.isDictionary() || !kid.getKey("/S").isName()) { // a marked-content or object reference
                kept.push_back(kid);
                continue;
            }
            if (takeElement(kid)) {
                visit(kid);
                kept.push_back(kid);
            } else {
                dropped = true;
                if (kid.isIndirect())
                    m_artifacts.insert(kid.getObjGen());
            }
        }
        if (!dropped)
            return;
        if (kept.empty())
            node.removeKey("/K");
        else if (single || kept.size() == 1)
            node.replaceKey("/K", kept.front());
        else
            node.replaceKey("/K", QPDFObjectHandle::newArray(kept));
    }

    void checkAllTaken() const
    {
        for (qsizetype i = m_next; i < m_elements.size(); ++i) {
            if (m_elements.at(i).type != CAIRO_TAG_LINK)
                throw std::runtime_error("structure tree: element " + std::to_string(i) + " (" +
                                         m_elements.at(i).type.toStdString() + ") is missing");
        }
    }
    const std::set<QPDFObjGen> &artifacts() const { return m_artifacts; }

private:
    // Applies the element's attributes; false for page furniture.
    bool takeElement(QPDFObjectHandle element)
    {
        const std::string type = element.getKey("/S").getName().substr(1);
        // Cairo may or may not make a link a structure element of its own.
        while (m_next < m_elements.size() && m_elements.at(m_next).type == CAIRO_TAG_LINK &&
               type != CAIRO_TAG_LINK)
            ++m_next;
        if (m_next >= m_elements.size() || m_elements.at(m_next).type.toStdString() != type)
            throw std::runtime_error("structure tree: unexpected element /" + type + " at " +
                                     std::to_string(m_next));
        const PdfStructElement &e = m_elements.at(m_next++);
        if (type == PdfStructureTags::kArtifactTag)
            return false;
        if (!e.alt.isEmpty())
            element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(e.alt.toStdString()));
        if (!e.lang.isEmpty())
            element.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(e.lang.toStdString()));
        return true;
    }

    const QList<PdfStructElement> &m_elements;
    qsizetype m_next = 0;
    std::set<QPDFObjGen> m_artifacts;
};

bool isArtifact(const QPDFObjectHandle &h, const std::set<QPDFObjGen> &artifacts)
{
    return h.isIndirect() && artifacts.count(h.getObjGen()) > 0;
}

// The parent tree maps each page's marked content to its element: the
// furniture's entries become null.
void dropFromParentTree(QPDFObjectHandle tree, const std::set<QPDFObjGen> &artifacts)
{
    QPDFObjectHandle nums = tree.getKey("/ParentTree").getKey("/Nums");
    if (!nums.isArray())
        return;
    for (int i = 1; i < nums.getArrayNItems(); i += 2) {
        QPDFObjectHandle value = nums.getArrayItem(i);
        if (value.isArray()) {
            for (int j = 0; j < value.getArrayNItems(); ++j) {
                if (isArtifact(value.getArrayItem(j), artifacts))
                    value.setArrayItem(j, QPDFObjectHandle::newNull());
            }
        } else if (isArtifact(value, artifacts)) {
            nums.setArrayItem(i, QPDFObjectHandle::newNull());
        }
    }
}

// Cairo writes "/Private << /MCID n >> BDC" where the furniture begins.
std::string markArtifacts(const std::string &content, bool *changed)
{
    static const std::string open = std::string("/") + PdfStructureTags::kArtifactTag + " << /MCID ";
    static const std::string close = ">> BDC";
    std::string out;
    size_t from = 0;
    for (size_t at = content.find(open); at != std::string::npos; at = content.find(open, from)) {
        const size_t end = content.find(close, at + open.size());
        if (end == std::string::npos)
            break;
        out.append(content, from, at - from);
        out.append("/Artifact << /Type /Pagination >> BDC");
        from = end + close.size();
        *changed = true;
    }
    out.append(content, from, std::string::npos);
    return out;
}

void markArtifactsOnPage(QPDFPageObjectHelper &page)
{
    QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
    std::vector<QPDFObjectHandle> streams =
        contents.isArray() ? contents.getArrayAsVector() : std::vector<QPDFObjectHandle>{contents};
    for (QPDFObjectHandle &stream : streams) {
        if (!stream.isStream())
            continue;
        const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
        const std::string text(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
        bool changed = false;
        std::string marked = markArtifacts(text, &changed);
        if (changed)
            stream.replaceStreamData(marked, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
}

} // namespace

void PdfStructureTree::complete(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages,
                                const QList<PdfStructElement> &elements)
{
    QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot");
    if (!tree.isDictionary())
        return;
    TreeWalk walk(elements);
    walk.visit(tree);
    walk.checkAllTaken();
    if (walk.artifacts().empty())
        return;
    dropFromParentTree(tree, walk.artifacts());
    for (QPDFPageObjectHelper &page : pages)
        markArtifactsOnPage(page);
}

} // namespace pathak
