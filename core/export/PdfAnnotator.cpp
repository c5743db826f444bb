#include "export/PdfAnnotator.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QDateTime>

#include <algorithm>
#include <exception>
#include <string>
#include <vector>

namespace pathak {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QPDFObjectHandle numbers(std::initializer_list<double> values)
{
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    for (double v : values)
        array.appendItem(QPDFObjectHandle::newReal(v, 3, true));
    return array;
}

} // namespace

Result<QByteArray> PdfAnnotator::annotate(const PdfRendering &rendering, const QString &language)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("export.pdf", rendering.pdf.constData(), size_t(rendering.pdf.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        const double h = rendering.pageHeight;
        const std::string now =
            utf8(QDateTime::currentDateTimeUtc().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")));
        int serial = 0;
        for (const PdfHighlightMark &mark : rendering.highlights) {
            if (mark.page < 0 || size_t(mark.page) >= pages.size() || mark.rects.isEmpty())
                continue;
            QPDFObjectHandle page = pages[size_t(mark.page)].getObjectHandle();
            // PDF space has its origin at the bottom left; the renderer's at the top left.
            QPDFObjectHandle quads = QPDFObjectHandle::newArray();
            double llx = 1e9, lly = 1e9, urx = -1e9, ury = -1e9;
            for (const QRectF &r : mark.rects) {
                const double x0 = r.left(), x1 = r.right(), yTop = h - r.top(), yBottom = h - r.bottom();
                // Upper left, upper right, lower left, lower right: the order viewers expect.
                for (double v : {x0, yTop, x1, yTop, x0, yBottom, x1, yBottom})
                    quads.appendItem(QPDFObjectHandle::newReal(v, 3, true));
                llx = std::min(llx, x0);
                urx = std::max(urx, x1);
                lly = std::min(lly, yBottom);
                ury = std::max(ury, yTop);
            }
            QPDFObjectHandle annot = QPDFObjectHandle::newDictionary();
            annot.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
            annot.replaceKey("/Subtype",
                             QPDFObjectHandle::newName(mark.underline ? "/Underline" : "/Highlight"));
            annot.replaceKey("/Rect", numbers({llx, lly, urx, ury}));
            annot.replaceKey("/QuadPoints", quads);
            annot.replaceKey("/C", numbers({mark.red, mark.green, mark.blue}));
            annot.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(utf8(mark.note)));
            annot.replaceKey("/T", QPDFObjectHandle::newUnicodeString("Pathak"));
            annot.replaceKey(
                "/NM", QPDFObjectHandle::newUnicodeString("pathak-highlight-" + std::to_string(++serial)));
            annot.replaceKey("/M", QPDFObjectHandle::newString(now));
            annot.replaceKey("/F", QPDFObjectHandle::newInteger(4)); // print
            annot.replaceKey("/P", page);
            // The colour is drawn into the page under the text, so it shows
            // and prints in every viewer, also with annotations hidden. The
            // appearance therefore draws nothing. Adobe Reader and poppler use
            // a highlight's appearance only when it has an ExtGState resource,
            // and otherwise draw their own (the highlight would show twice),
            // so it gets one. The annotation carries quads, colour and note.
            QPDFObjectHandle appearance = pdf.newStream(std::string("q Q\n"));
            QPDFObjectHandle form = appearance.getDict();
            form.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
            form.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
            form.replaceKey("/BBox", numbers({llx, lly, urx, ury}));
            QPDFObjectHandle multiply = QPDFObjectHandle::newDictionary();
            multiply.replaceKey("/Type", QPDFObjectHandle::newName("/ExtGState"));
            multiply.replaceKey("/BM", QPDFObjectHandle::newName("/Multiply"));
            QPDFObjectHandle states = QPDFObjectHandle::newDictionary();
            states.replaceKey("/GS0", multiply);
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/ExtGState", states);
            form.replaceKey("/Resources", resources);
            QPDFObjectHandle ap = QPDFObjectHandle::newDictionary();
            ap.replaceKey("/N", appearance);
            annot.replaceKey("/AP", ap);

            QPDFObjectHandle annots = page.getKey("/Annots");
            if (!annots.isArray()) {
                annots = QPDFObjectHandle::newArray();
                page.replaceKey("/Annots", annots);
            }
            annots.appendItem(pdf.makeIndirectObject(annot));
        }

        QPDFObjectHandle root = pdf.getRoot();
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(language)));
        // Viewers show the title from the metadata rather than the file name.
        QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
        prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", prefs);

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        // Cairo's streams are already compressed: pass them through untouched.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.write();
        std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        return Result<QByteArray>::failure(QStringLiteral("cannot add annotations: ") +
                                           QString::fromLocal8Bit(e.what()));
    }
}

} // namespace pathak
