// The one table of annotation colours, and what the exports make of it.
#include "annotation/AnnotationPalette.h"
#include "annotation/WebAnnotationJson.h"

#include <gtest/gtest.h>

using namespace pathak;

// The colours the reader, the annotation list and the JSON export have
// always drawn: changing one changes what users see.
TEST(AnnotationPalette, EveryColourKeepsItsValue)
{
    EXPECT_EQ(AnnotationPalette::rgb(AnnotationColor::Yellow), 0xfff176u);
    EXPECT_EQ(AnnotationPalette::rgb(AnnotationColor::Green), 0xaed581u);
    EXPECT_EQ(AnnotationPalette::rgb(AnnotationColor::Blue), 0x81d4fau);
    EXPECT_EQ(AnnotationPalette::rgb(AnnotationColor::Pink), 0xf48fb1u);
    EXPECT_EQ(AnnotationPalette::rgb(AnnotationColor::Purple), 0xce93d8u);
    EXPECT_EQ(AnnotationPalette::rgb(AnnotationColor::Underline), 0x00897bu);
    EXPECT_EQ(AnnotationPalette::markedTextRgb(), 0x1a1a1au);
    EXPECT_EQ(AnnotationPalette::hex(AnnotationColor::Blue), QStringLiteral("#81d4fa"));
}

// The PDF export prints lighter tints than the screen shows (the text is
// printed over them); these are the values exported PDFs have always had.
TEST(AnnotationPalette, PrintTintsKeepTheirValues)
{
    EXPECT_EQ(AnnotationPalette::printRgb(AnnotationColor::Yellow), 0xfff176u);
    EXPECT_EQ(AnnotationPalette::printRgb(AnnotationColor::Green), 0xb9e4a0u);
    EXPECT_EQ(AnnotationPalette::printRgb(AnnotationColor::Blue), 0xa8d4fbu);
    EXPECT_EQ(AnnotationPalette::printRgb(AnnotationColor::Pink), 0xf8bbd9u);
    EXPECT_EQ(AnnotationPalette::printRgb(AnnotationColor::Purple), 0xd7b4e6u);
    EXPECT_EQ(AnnotationPalette::printRgb(AnnotationColor::Underline), 0x00796bu);
}

TEST(AnnotationPalette, OnlyUnderlineIsALine)
{
    for (AnnotationColor c : Annotation::colors()) {
        EXPECT_EQ(AnnotationPalette::isUnderline(c), c == AnnotationColor::Underline);
        EXPECT_EQ(AnnotationPalette::isUnderline(Annotation::colorName(c)), c == AnnotationColor::Underline);
    }
    EXPECT_TRUE(AnnotationPalette::isUnderline(QStringLiteral("Underline")));
    EXPECT_FALSE(AnnotationPalette::isUnderline(QStringLiteral("#00897b")));
}

TEST(AnnotationPalette, WebAnnotationStylesheetsAreUnchanged)
{
    const QStringList expected{QStringLiteral(".yellow { background-color: #fff176; }"),
                               QStringLiteral(".green { background-color: #aed581; }"),
                               QStringLiteral(".blue { background-color: #81d4fa; }"),
                               QStringLiteral(".pink { background-color: #f48fb1; }"),
                               QStringLiteral(".purple { background-color: #ce93d8; }"),
                               QStringLiteral(".underline { text-decoration: underline; }")};
    const QList<AnnotationColor> colors = Annotation::colors();
    ASSERT_EQ(colors.size(), expected.size());
    for (int i = 0; i < colors.size(); ++i) {
        Annotation a;
        a.color = colors.at(i);
        const QJsonObject json = WebAnnotationJson::toAnnotation({1, QStringLiteral("t"), QString()}, a);
        EXPECT_EQ(
            json.value(QStringLiteral("stylesheet")).toObject().value(QStringLiteral("value")).toString(),
            expected.at(i));
    }
}
