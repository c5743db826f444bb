#include "export/PdfAnnotator.h"

#include "export/PdfStructureTree.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QDateTime>

#include <algorithm>
#include <exception>
#include <set>
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

// poppler guesses the size of a Type 3 font's text from the width of its
// glyph named "m" (a width of 0.6 em is the text size itself), or else of
// the first glyph it finds, and starts a new word, line or block where the
// size changes. The cluster fonts are Type 3 fonts with glyphs of every
// width, so each gets an "m" of 0.6 em that no text uses, in the code the
// cluster font leaves free: then all of them have their true size.
// They share one glyph procedure: one object, not one per font.
void giveType3FontsTheirSize(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages)
{
    std::set<QPDFObjGen> done;
    QPDFObjectHandle m;
    for (QPDFPageObjectHelper &page : pages) {
        QPDFObjectHandle fonts = page.getAttribute("/Resources", false).getKey("/Font");
        if (!fonts.isDictionary())
            continue;
        for (const std::string &name : fonts.getKeys()) {
            QPDFObjectHandle font = fonts.getKey(name);
            if (!font.isIndirect() || !done.insert(font.getObjGen()).second ||
                !font.getKey("/Subtype").isNameAndEquals("/Type3"))
                continue;
            QPDFObjectHandle widths = font.getKey("/Widths");
            QPDFObjectHandle encoding = font.getKey("/Encoding");
            QPDFObjectHandle differences =
                encoding.isDictionary() ? encoding.getKey("/Differences") : encoding;
            QPDFObjectHandle procs = font.getKey("/CharProcs");
            QPDFObjectHandle first = font.getKey("/FirstChar");
            if (!widths.isArray() || !differences.isArray() || !procs.isDictionary() || !first.isInteger() ||
                first.getIntValue() != 0 || widths.getArrayNItems() >= 256 || procs.hasKey("/m"))
                continue;
            const int code = widths.getArrayNItems();
            widths.appendItem(QPDFObjectHandle::newReal(0.6, 3, true));
            font.replaceKey("/LastChar", QPDFObjectHandle::newInteger(code));
            differences.appendItem(QPDFObjectHandle::newInteger(code));
            differences.appendItem(QPDFObjectHandle::newName("/m"));
            if (!m.isInitialized())
                m = pdf.newStream(std::string("0.6 0 0 0 0 0 d1\n"));
            procs.replaceKey("/m", m);
        }
    }
}

} // namespace

Result<QByteArray> PdfAnnotator::annotate(const PdfRendering &rendering, const QString &language)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("export.pdf", rendering.pdf.constData(), size_t(rendering.pdf.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        giveType3FontsTheirSize(pdf, pages);
        PdfStructureTree::complete(pdf, pages, rendering.structure);
        const double h = rendering.pageHeight;
        const std::string now =
            utf8(QDateTime::currentDateTimeUtc().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")));
        int serial = 0;
        QPDFObjectHandle appearance; // one for all: it draws nothing (see below)
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
            // The words the quads cover, then the note: viewers list the
            // annotation by what it marks, and copy it as that text.
            const QString passage = mark.text.simplified();
            annot.replaceKey(
                "/Contents",
                QPDFObjectHandle::newUnicodeString(
                    utf8(mark.note.isEmpty() ? passage : passage + QStringLiteral("\n\n") + mark.note)));
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
            // Viewers fit the form's box to each annotation's /Rect, so one
            // form serves them all: one object, not one per highlight.
            if (!appearance.isInitialized()) {
                appearance = pdf.newStream(std::string("q Q\n"));
                QPDFObjectHandle form = appearance.getDict();
                form.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
                form.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
                form.replaceKey("/BBox", numbers({0, 0, 1, 1}));
                QPDFObjectHandle multiply = QPDFObjectHandle::newDictionary();
                multiply.replaceKey("/Type", QPDFObjectHandle::newName("/ExtGState"));
                multiply.replaceKey("/BM", QPDFObjectHandle::newName("/Multiply"));
                QPDFObjectHandle states = QPDFObjectHandle::newDictionary();
                states.replaceKey("/GS0", multiply);
                QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
                resources.replaceKey("/ExtGState", states);
                form.replaceKey("/Resources", resources);
            }
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
