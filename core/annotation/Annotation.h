#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pathak {

// The five highlight colours and the underline style. Stored and exported
// by name, so the numbering may change without touching any library.
enum class AnnotationColor { Yellow, Green, Blue, Pink, Purple, Underline };

// One highlighted passage of an article. Offsets are Unicode code points
// into Article::plainText() and always lie on grapheme-cluster boundaries.
// The quote and its context find the passage again when the text changes.
struct Annotation
{
    qint64 id = 0; // 0 until stored
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    AnnotationColor color = AnnotationColor::Yellow;
    QString note;
    // The quote was not found in the current text; the annotation is kept
    // (with its last known offsets) so nothing the user wrote is lost.
    bool orphaned = false;
    QDateTime created; // UTC, whole seconds
    QDateTime modified;

    bool operator==(const Annotation &) const = default;

    static QString colorName(AnnotationColor color);
    static std::optional<AnnotationColor> colorFromName(const QString &name);
    static QList<AnnotationColor> colors();
    static QStringList colorNames();
    // Timestamps are kept to the second: that is what SQLite and the JSON
    // export store, so a round trip compares equal.
    static QDateTime now();
};

} // namespace pathak
