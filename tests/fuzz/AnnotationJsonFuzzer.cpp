// Feeds arbitrary bytes to WebAnnotationJson::parse, the reader of an
// annotation file a user imports (`pathak annotations ID --import FILE`, and
// the annotation panel's Import…), written by Pathak or by another client.
// Besides crashes and sanitizer reports it checks what the store relies on,
// and that what was read is written out and read back unchanged.
#include "annotation/Annotation.h"
#include "annotation/WebAnnotationJson.h"
#include "FuzzCheck.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace pathak;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QList<Annotation>> parsed = WebAnnotationJson::parse(bytes);
    if (!parsed) {
        PATHAK_FUZZ_CHECK(!parsed.error().isEmpty());
        PATHAK_FUZZ_CHECK(!parsed.error().contains(QLatin1Char('\n')));
        return 0;
    }
    for (const Annotation &a : parsed.value()) {
        PATHAK_FUZZ_CHECK(a.id == 0 && a.articleId == 0); // the caller decides where they go
        PATHAK_FUZZ_CHECK(0 <= a.start && a.start <= a.end);
        PATHAK_FUZZ_CHECK(!a.exact.isEmpty());
        PATHAK_FUZZ_CHECK(a.exact.isValidUtf16() && a.prefix.isValidUtf16() && a.suffix.isValidUtf16());
        PATHAK_FUZZ_CHECK(a.note.isValidUtf16());
    }
    // Exported again and read back, every annotation keeps its passage,
    // colour and note.
    const WebAnnotationJson::Target target{1, QStringLiteral("শিরোনাম"),
                                           QStringLiteral("https://example.com/a")};
    const QByteArray exported =
        QJsonDocument(WebAnnotationJson::toCollection(target, parsed.value())).toJson();
    const Result<QList<Annotation>> back = WebAnnotationJson::parse(exported);
    PATHAK_FUZZ_CHECK(back.ok() && back->size() == parsed->size());
    for (qsizetype i = 0; i < parsed->size(); ++i) {
        const Annotation &a = parsed->at(i);
        const Annotation &b = back->at(i);
        PATHAK_FUZZ_CHECK(a.start == b.start && a.end == b.end);
        PATHAK_FUZZ_CHECK(a.exact == b.exact && a.prefix == b.prefix && a.suffix == b.suffix);
        PATHAK_FUZZ_CHECK(a.color == b.color && a.note == b.note);
    }
    return 0;
}
