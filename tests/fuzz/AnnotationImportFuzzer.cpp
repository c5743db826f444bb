// Feeds arbitrary bytes to AnnotationImportReader::parse, the reader of every
// annotation file a user imports (W3C, Hypothesis, KOReader; `pathak
// annotations --import`). Besides crashes and sanitizer reports it checks
// what the store relies on, and that what was read goes out through every
// export format and, where the format is read back, comes back the same.
#include "annotation/AnnotatedArticle.h"
#include "annotation/AnnotationExporter.h"
#include "annotation/AnnotationImportReader.h"
#include "FuzzCheck.h"
#include "text/BengaliText.h"
#include "text/CsvText.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace pathak;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<AnnotationImportFile> parsed = AnnotationImportReader::parse(bytes);
    if (!parsed) {
        PATHAK_FUZZ_CHECK(!parsed.error().isEmpty());
        PATHAK_FUZZ_CHECK(!parsed.error().contains(QLatin1Char('\n')));
        return 0;
    }
    QList<AnnotatedArticle> articles;
    for (const ImportedDocument &doc : parsed->documents) {
        PATHAK_FUZZ_CHECK(doc.title.isValidUtf16() && doc.url.isValidUtf16());
        for (const Annotation &a : doc.annotations) {
            PATHAK_FUZZ_CHECK(a.id == 0 && a.articleId == 0);
            PATHAK_FUZZ_CHECK(0 <= a.start && a.start <= a.end);
            PATHAK_FUZZ_CHECK(!a.exact.isEmpty());
            PATHAK_FUZZ_CHECK(a.exact.isValidUtf16() && a.note.isValidUtf16());
            PATHAK_FUZZ_CHECK(a.exact == BengaliText::toNfc(a.exact)); // as the article text is
        }
        AnnotatedArticle article;
        article.articleId = articles.size() + 1;
        article.title = doc.title;
        article.sourceUrl = doc.url;
        article.annotations = doc.annotations;
        articles.append(article);
    }
    AnnotationExportOptions library;
    library.library = true;
    // Readwise's CSV reads back field by field.
    const Result<QList<QStringList>> rows =
        CsvText::parse(AnnotationExporter::render(AnnotationExportFormat::ReadwiseCsv, articles, library));
    PATHAK_FUZZ_CHECK(rows.ok());
    qsizetype row = 1;
    for (const AnnotatedArticle &article : std::as_const(articles)) {
        for (const Annotation &a : article.annotations) {
            PATHAK_FUZZ_CHECK(row < rows->size() && rows->at(row).size() == 7);
            PATHAK_FUZZ_CHECK(rows->at(row).at(0) == a.exact && rows->at(row).at(4) == a.note);
            ++row;
        }
    }
    PATHAK_FUZZ_CHECK(row == rows->size());
    PATHAK_FUZZ_CHECK(
        CsvText::parse(AnnotationExporter::render(AnnotationExportFormat::Csv, articles, library)).ok());
    const QByteArray md = AnnotationExporter::render(AnnotationExportFormat::Markdown, articles, library);
    PATHAK_FUZZ_CHECK(md.startsWith("---\n"));
    // The W3C export is read back as W3C, every quote and note kept.
    const Result<AnnotationImportFile> back = AnnotationImportReader::parse(
        AnnotationExporter::render(AnnotationExportFormat::WebAnnotationJson, articles, library));
    PATHAK_FUZZ_CHECK(back.ok() && back->kind == QLatin1String("W3C Web Annotation"));
    QList<Annotation> before, after;
    for (const ImportedDocument &d : parsed->documents)
        before += d.annotations;
    for (const ImportedDocument &d : back->documents)
        after += d.annotations;
    PATHAK_FUZZ_CHECK(before.size() == after.size());
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i)
        PATHAK_FUZZ_CHECK(before.at(i).exact == after.at(i).exact && before.at(i).note == after.at(i).note &&
                          before.at(i).color == after.at(i).color);
    return 0;
}
