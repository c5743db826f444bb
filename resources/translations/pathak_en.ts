<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <source>passage not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationController</name>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot highlight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlights of this article could not be placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlights of article %1 could not be placed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Article&apos;s Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown for Obsidian and Logseq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readwise CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Article&apos;s Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations from Pathak, Hypothesis or KOReader (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s)</source>
        <translation>
            <numerusform>Imported %Ln annotation</numerusform>
            <numerusform>Imported %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already there</source>
        <translation>
            <numerusform>, %Ln already there</numerusform>
            <numerusform>, %Ln already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln whose passage is not in the text</source>
        <translation>
            <numerusform>, %Ln whose passage is not in the text</numerusform>
            <numerusform>, %Ln whose passages are not in the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln with no article to go on</source>
        <translation>
            <numerusform>, %Ln with no article to go on</numerusform>
            <numerusform>, %Ln with no article to go on</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationDock</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the article and choose a colour from its context menu to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note of the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the colour of the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationListModel</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationPopover</name>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or edit the note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the highlighted passage (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this highlight (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::CollectionBar</name>
    <message>
        <source>New Saved Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query (for example: tag:খেলা is:unread saved:7d):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (a tag&apos;s name merges the two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the tag “%1” off every article?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread articles that are not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::ExportActions</name>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s)…</source>
        <translation>
            <numerusform>Exporting %n article…</numerusform>
            <numerusform>Exporting %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exported %n page to %1</numerusform>
            <numerusform>Exported %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected articles, with their highlights and notes, to one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected articles to a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;EPUB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected articles, with their highlights and notes, to an EPUB book for e-readers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n articles, one after the other</source>
        <translation>
            <numerusform>%n articles, one after the other</numerusform>
            <numerusform>%n articles, one after the other</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include readers’ comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export EPUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed Bengali fonts (for e-readers without them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPUB books (*.epub)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::FeedsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing all feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Refreshing %n feed…</numerusform>
            <numerusform>Refreshing %n feeds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not subscribe to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) had errors (see Status).</source>
        <translation>
            <numerusform>%n feed had errors (see Status).</numerusform>
            <numerusform>%n feeds had errors (see Status).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) saved.</source>
        <translation>
            <numerusform>%n new article saved.</numerusform>
            <numerusform>%n new articles saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n feed(s)? Articles already saved stay in the library.</source>
        <translation>
            <numerusform>Unsubscribe from %n feed? Articles already saved stay in the library.</numerusform>
            <numerusform>Unsubscribe from %n feeds? Articles already saved stay in the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) added; refresh to save their articles.</source>
        <translation>
            <numerusform>%n feed added; refresh to save their articles.</numerusform>
            <numerusform>%n feeds added; refresh to save their articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathak feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported to %1.</source>
        <translation>
            <numerusform>%n feed exported to %1.</numerusform>
            <numerusform>%n feeds exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryAnnotationsDock</name>
    <message>
        <source>All annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations of one colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations made in a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes, notes and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations of articles with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryArchiveActions</name>
    <message>
        <source>Export the Whole Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathak-library.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Library Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library export or import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every article, its original, annotations, tags and the feeds to one ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import L&amp;ibrary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a library export into this library, without storing anything twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryArchiveWorker</name>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s)</source>
        <translation>
            <numerusform>Exported %Ln article</numerusform>
            <numerusform>Exported %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s)</source>
        <translation>
            <numerusform>%Ln feed</numerusform>
            <numerusform>%Ln feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s)</source>
        <translation>
            <numerusform>Imported %Ln article</numerusform>
            <numerusform>Imported %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library (merged)</source>
        <translation>
            <numerusform>%Ln already in the library (merged)</numerusform>
            <numerusform>%Ln already in the library (merged)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryModel</name>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread articles are marked ●</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryPane</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all articles, only the unread or only the read ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only favourite articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the read and favourite filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag selected articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to the selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln article(s) to the Trash?</source>
        <translation>
            <numerusform>Move %Ln article to the Trash?</numerusform>
            <numerusform>Move %Ln articles to the Trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) go with them.</source>
        <translation>
            <numerusform>%Ln annotation goes with them.</numerusform>
            <numerusform>%Ln annotations go with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash keeps them for %Ln day(s).</source>
        <translation>
            <numerusform>The Trash keeps them for %Ln day.</numerusform>
            <numerusform>The Trash keeps them for %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryRecoveryDialog</name>
    <message>
        <source>Pathak: the library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup from %1 can take its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept beside it, renamed, whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::MainWindow</name>
    <message>
        <source>Pathak: the library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Pathak and start it again to restore the backup or start a new library. Changes made until then may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pathak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pathak %1&lt;/h3&gt;&lt;p&gt;An offline reader for Bengali news articles.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More Line Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less Line Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wider Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;rrower Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pathak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark article %1 as read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark article %1 as unread: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the reading position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article you were reading where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus Mode (Hide Panels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a text cursor with the keys to select and highlight without a mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the article being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far you have read, and the reading time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import (what is already imported stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Pathak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is waiting to be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln min left</source>
        <translation>
            <numerusform>%1 · %Ln min left</numerusform>
            <numerusform>%1 · %Ln min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln min read</source>
        <translation>
            <numerusform>%1 · %Ln min read</numerusform>
            <numerusform>%1 · %Ln min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the articles just deleted, with their annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln article(s) to the Trash</source>
        <translation>
            <numerusform>Moved %Ln article to the Trash</numerusform>
            <numerusform>Moved %Ln articles to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln annotation(s) go with it.</source>
        <translation>
            <numerusform>Its %Ln annotation goes with it.</numerusform>
            <numerusform>Its %Ln annotations go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash keeps it for %Ln day(s).</source>
        <translation>
            <numerusform>The Trash keeps it for %Ln day.</numerusform>
            <numerusform>The Trash keeps it for %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln article(s)</source>
        <translation>
            <numerusform>Restored %Ln article</numerusform>
            <numerusform>Restored %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathak::ui::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::ReviewDialog</name>
    <message>
        <source>Daily Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back later, and later each time (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it again tomorrow (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article at this passage (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review today. Highlights you make come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is all for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, text, comments, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must occur; a word also finds its inflected forms. &quot;Quoted words&quot; are an exact phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Search &amp;Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Search Hi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1” with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 results; the best %1 are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match is in the source, credit or notes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits in this article; F3 for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text column width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds refresh in the background this often, never on a metered connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh feeds every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Space, Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning or end of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane (list, article, panels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text with the keys (caret browsing: F7), then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted articles are kept here with their annotations for %Ln day(s), then deleted for good.</source>
        <translation>
            <numerusform>Deleted articles are kept here with their annotations for %Ln day, then deleted for good.</numerusform>
            <numerusform>Deleted articles are kept here with their annotations for %Ln days, then deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be restored and stay in the trash.</source>
        <translation>
            <numerusform>%Ln article could not be restored and stays in the trash.</numerusform>
            <numerusform>%Ln articles could not be restored and stay in the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article(s) and their annotations for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln article and its annotations for good? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln articles and their annotations for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln article in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %Ln articles in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathak::ui::WebActions</name>
    <message>
        <source>Save from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a web page and save its article for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to RSS and Atom feeds and refresh them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pathak::ui::WelcomePage</name>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save articles to read them here, offline: from files on this computer, from a web page, or from a news feed that brings new articles by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop files and folders on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
