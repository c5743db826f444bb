#pragma once

#include "base/Result.h"
#include "export/PdfRenderer.h"

#include <QByteArray>
#include <QString>

namespace pathak {

// Adds to a rendered PDF what Cairo cannot write: a /Highlight annotation
// per highlighted passage (so viewers list it, with its note, in their
// annotation panels), the document language, the glyph poppler sizes
// Type 3 fonts by, and the structure tree's /Alt, /Lang and artifacts
// (PdfStructureTree). Works on the bytes in
// memory with qpdf; its exceptions stop here and come back as a message.
class PdfAnnotator
{
public:
    static Result<QByteArray> annotate(const PdfRendering &rendering, const QString &language);
};

} // namespace pathak
