#pragma once

#include "export/PdfRenderer.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <QList>

#include <vector>

namespace pathak {

// Completes the structure tree Cairo wrote with what PdfStructureTags
// remembered: /Alt and /Lang on their elements, and the page furniture
// (running header, page numbers) taken out of the tree, its marked content
// made /Artifact (of type Pagination) so that screen readers and the
// struct text skip it. The elements are matched to Cairo's in the order
// they were opened; a tree that does not match is an error, not a guess.
class PdfStructureTree
{
public:
    // Throws std::runtime_error when the tree does not match the elements.
    static void complete(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages,
                         const QList<PdfStructElement> &elements);
};

} // namespace pathak
