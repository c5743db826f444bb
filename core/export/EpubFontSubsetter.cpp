#include "export/EpubFontSubsetter.h"

#include <QFile>

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <vector>

namespace pathak {

Result<QByteArray> EpubFontSubsetter::subset(const QString &path, const QSet<char32_t> &codePoints)
{
    using R = Result<QByteArray>;
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(QFile::encodeName(path).constData());
    if (!blob)
        return R::failure(QStringLiteral("cannot read the font %1").arg(path));
    hb_face_t *face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input) {
        hb_face_destroy(face);
        return R::failure(QStringLiteral("out of memory subsetting %1").arg(path));
    }
    // Sorted, so the same text always asks for the same set in the same order.
    std::vector<char32_t> sorted(codePoints.begin(), codePoints.end());
    std::sort(sorted.begin(), sorted.end());
    hb_set_t *unicodes = hb_subset_input_unicode_set(input);
    for (char32_t c : sorted)
        hb_set_add(unicodes, hb_codepoint_t(c));
    hb_face_t *cut = hb_subset_or_fail(face, input);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    if (!cut)
        return R::failure(QStringLiteral("cannot subset the font %1").arg(path));
    hb_blob_t *bytes = hb_face_reference_blob(cut);
    unsigned int length = 0;
    const char *data = hb_blob_get_data(bytes, &length);
    QByteArray out(data, qsizetype(length));
    hb_blob_destroy(bytes);
    hb_face_destroy(cut);
    if (out.isEmpty())
        return R::failure(QStringLiteral("cannot subset the font %1").arg(path));
    return out;
}

} // namespace pathak
