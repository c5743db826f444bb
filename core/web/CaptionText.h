#pragma once

#include "article/Article.h"

#include <QString>

namespace pathak {

// A photo caption as pages print it, split into its text and the photo
// credit, in every form Bengali pages use: "… (ছবি: X)", "… ছবি: X" and
// "… | ছবি: X" at the end, "… —নিজস্ব চিত্র", "ছবির উৎস, X".
class CaptionText
{
public:
    static Caption split(const QString &text);
    // The credit named in a credit element's text: "ছবি: X", "(ছবি: X)",
    // "| ছবি: X", "ছবির উৎস, X", "Photo: X" all give X.
    static QString creditOf(const QString &text);
};

} // namespace pathak
