<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Highlight</source>
        <translation>হাইলাইট</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>টীকা যোগ</translation>
    </message>
</context>
<context>
    <name>AnnotationCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>“%1” আবার করা গেল না: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>“%1” আগের অবস্থায় ফেরানো গেল না: %2</translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <source>passage not found in the current text</source>
        <translation>বর্তমান লেখায় অংশটি পাওয়া যায়নি</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change colour</source>
        <translation>রং বদল</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>টীকা সম্পাদনা</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete annotation</source>
        <translation>টীকা মুছে ফেলা</translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationController</name>
    <message>
        <source>Underline</source>
        <translation>নিচে দাগ</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>%1 রঙে হাইলাইট</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>টীকাসহ হাইলাইট…</translation>
    </message>
    <message>
        <source>Cannot highlight: %1</source>
        <translation>হাইলাইট করা গেল না: %1</translation>
    </message>
    <message>
        <source>The highlights of this article could not be placed: %1</source>
        <translation>এই নিবন্ধের হাইলাইটগুলো বসানো গেল না: %1</translation>
    </message>
    <message>
        <source>The highlights of article %1 could not be placed: %2</source>
        <translation>নিবন্ধ %1-এর হাইলাইটগুলো বসানো গেল না: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>ফিরিয়ে নেওয়া হলো: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>আবার করা হলো: %1</translation>
    </message>
    <message>
        <source>Daily Review…</source>
        <translation>প্রতিদিনের পুনর্পাঠ…</translation>
    </message>
    <message>
        <source>Quote copied</source>
        <translation>উদ্ধৃতি কপি হয়েছে</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>হাইলাইট</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>রং</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>টীকা যোগ করুন…</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>টীকা বদলান…</translation>
    </message>
    <message>
        <source>Copy Quote</source>
        <translation>উদ্ধৃতি কপি করুন</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>হাইলাইট মুছুন</translation>
    </message>
    <message>
        <source>Export This Article&apos;s Annotations…</source>
        <translation>এই নিবন্ধের টীকা রপ্তানি…</translation>
    </message>
    <message>
        <source>Export All Annotations…</source>
        <translation>সব টীকা রপ্তানি…</translation>
    </message>
    <message>
        <source>Import Annotations…</source>
        <translation>টীকা আমদানি…</translation>
    </message>
    <message>
        <source>Markdown for Obsidian and Logseq</source>
        <translation>Obsidian ও Logseq-এর জন্য মার্কডাউন</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON</source>
        <translation>W3C ওয়েব অ্যানোটেশন JSON</translation>
    </message>
    <message>
        <source>Readwise CSV</source>
        <translation>Readwise CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>স্প্রেডশিটের জন্য CSV</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <source>annotations-%1</source>
        <translation>টীকা-%1</translation>
    </message>
    <message>
        <source>Export All Annotations</source>
        <translation>সব টীকা রপ্তানি</translation>
    </message>
    <message>
        <source>Export This Article&apos;s Annotations</source>
        <translation>এই নিবন্ধের টীকা রপ্তানি</translation>
    </message>
    <message>
        <source>Annotations not exported: %1</source>
        <translation>টীকা রপ্তানি হয়নি: %1</translation>
    </message>
    <message>
        <source>Annotations exported to %1</source>
        <translation>টীকা রপ্তানি হয়েছে: %1</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>টীকা আমদানি</translation>
    </message>
    <message>
        <source>Annotations from Pathak, Hypothesis or KOReader (*.json);;All files (*)</source>
        <translation>Pathak, Hypothesis বা KOReader-এর টীকা (*.json);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Annotations not imported: %1</source>
        <translation>টীকা আমদানি হয়নি: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s)</source>
        <translation>
            <numerusform>%Lnটি টীকা আমদানি হয়েছে</numerusform>
            <numerusform>%Lnটি টীকা আমদানি হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln already there</source>
        <translation>
            <numerusform>, %Lnটি আগে থেকেই ছিল</numerusform>
            <numerusform>, %Lnটি আগে থেকেই ছিল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln whose passage is not in the text</source>
        <translation>
            <numerusform>, %Lnটির অংশ লেখায় নেই</numerusform>
            <numerusform>, %Lnটির অংশ লেখায় নেই</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln with no article to go on</source>
        <translation>
            <numerusform>, %Lnটির জন্য কোনো নিবন্ধ নেই</numerusform>
            <numerusform>, %Lnটির জন্য কোনো নিবন্ধ নেই</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>টীকা(&amp;N)</translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationDock</name>
    <message>
        <source>Undo</source>
        <translation>আগের অবস্থায়</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>আবার করুন</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>টীকা…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>রং</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select text in the article and choose a colour from its context menu to highlight it.</source>
        <translation>নিবন্ধের লেখা নির্বাচন করে কনটেক্সট মেনু থেকে একটি রং বেছে নিলে তা হাইলাইট হবে।</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>টীকা সম্পাদনা…</translation>
    </message>
    <message>
        <source>Edit the note of the selected annotation</source>
        <translation>নির্বাচিত টীকার লেখা সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>Change the colour of the selected annotation</source>
        <translation>নির্বাচিত টীকার রং বদলান</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>নির্বাচিত টীকা মুছে ফেলুন</translation>
    </message>
    <message>
        <source>Annotations of this article</source>
        <translation>এই নিবন্ধের টীকা</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>ফেরানোর মতো কিছু নেই</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>আগের অবস্থায় ফেরান: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>আবার করার মতো কিছু নেই</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>আবার করুন: %1</translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationListModel</name>
    <message>
        <source>Yellow</source>
        <translation>হলুদ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>সবুজ</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>নীল</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>গোলাপি</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>বেগুনি</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>নিচে দাগ</translation>
    </message>
</context>
<context>
    <name>pathak::ui::AnnotationPopover</name>
    <message>
        <source>Highlight</source>
        <translation>হাইলাইট</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>টীকা…</translation>
    </message>
    <message>
        <source>Write or edit the note (N)</source>
        <translation>টীকা লিখুন বা বদলান (N)</translation>
    </message>
    <message>
        <source>Copy quote</source>
        <translation>উদ্ধৃতি কপি</translation>
    </message>
    <message>
        <source>Copy the highlighted passage (C)</source>
        <translation>হাইলাইট করা অংশটি কপি করুন (C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Delete this highlight (Del)</source>
        <translation>এই হাইলাইট মুছুন (Del)</translation>
    </message>
</context>
<context>
    <name>pathak::ui::CollectionBar</name>
    <message>
        <source>New Saved Search…</source>
        <translation>নতুন সংরক্ষিত খোঁজ…</translation>
    </message>
    <message>
        <source>New Saved Search</source>
        <translation>নতুন সংরক্ষিত খোঁজ</translation>
    </message>
    <message>
        <source>Query (for example: tag:খেলা is:unread saved:7d):</source>
        <translation>খোঁজ (যেমন: tag:খেলা is:unread saved:7d):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>নাম:</translation>
    </message>
    <message>
        <source>Remove Saved Search</source>
        <translation>সংরক্ষিত খোঁজ সরান</translation>
    </message>
    <message>
        <source>Rename Tag…</source>
        <translation>ট্যাগের নাম বদলান…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>ট্যাগের নাম বদলান</translation>
    </message>
    <message>
        <source>New name (a tag&apos;s name merges the two):</source>
        <translation>নতুন নাম (আরেকটি ট্যাগের নাম দিলে দুটি এক হয়ে যাবে):</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>ট্যাগ মুছুন</translation>
    </message>
    <message>
        <source>Take the tag “%1” off every article?</source>
        <translation>সব নিবন্ধ থেকে “%1” ট্যাগটি সরাবেন?</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>লাইব্রেরি</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>ইনবক্স</translation>
    </message>
    <message>
        <source>Unread articles that are not archived</source>
        <translation>যে অপঠিত নিবন্ধ আর্কাইভ করা হয়নি</translation>
    </message>
    <message>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>প্রিয়</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>আর্কাইভ</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>ফিড</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>সংরক্ষিত খোঁজ</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>সংগ্রহ</translation>
    </message>
</context>
<context>
    <name>pathak::ui::ExportActions</name>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation>নিবন্ধ %1 রপ্তানি করা যাচ্ছে না: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s)…</source>
        <translation>
            <numerusform>%n টি নিবন্ধ রপ্তানি হচ্ছে…</numerusform>
            <numerusform>%n টি নিবন্ধ রপ্তানি হচ্ছে…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n পৃষ্ঠা %1 ফাইলে রপ্তানি হয়েছে</numerusform>
            <numerusform>%n পৃষ্ঠা %1 ফাইলে রপ্তানি হয়েছে</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 ফাইলে রপ্তানি হয়েছে</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>রপ্তানি ব্যর্থ</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>%1 লেখা গেল না:
%2</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF রপ্তানি(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the selected articles, with their highlights and notes, to one PDF</source>
        <translation>নির্বাচিত নিবন্ধগুলো হাইলাইট ও টীকাসহ একটি PDF-এ রপ্তানি করুন</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Markdown রপ্তানি(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the selected articles to a Markdown file</source>
        <translation>নির্বাচিত নিবন্ধগুলো একটি Markdown ফাইলে রপ্তানি করুন</translation>
    </message>
    <message>
        <source>Export &amp;EPUB…</source>
        <translation>EPUB রপ্তানি(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected articles, with their highlights and notes, to an EPUB book for e-readers</source>
        <translation>নির্বাচিত নিবন্ধগুলো হাইলাইট ও টীকাসহ ই-রিডারের জন্য একটি EPUB বইয়ে রপ্তানি করুন</translation>
    </message>
</context>
<context>
    <name>pathak::ui::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF রপ্তানি</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Markdown রপ্তানি</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n articles, one after the other</source>
        <translation>
            <numerusform>%n টি নিবন্ধ, একটির পর একটি</numerusform>
            <numerusform>%n টি নিবন্ধ, একটির পর একটি</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>খুঁজুন…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>লেটার</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> পয়েন্ট</translation>
    </message>
    <message>
        <source>Include readers’ comments</source>
        <translation>পাঠকদের মন্তব্যসহ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ফাইল:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>কাগজ:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>ফন্ট:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>আকার:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>রপ্তানি</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ফাইল (*.md)</translation>
    </message>
    <message>
        <source>Export EPUB</source>
        <translation>EPUB রপ্তানি</translation>
    </message>
    <message>
        <source>Embed Bengali fonts (for e-readers without them)</source>
        <translation>বাংলা ফন্ট সঙ্গে দিন (যে ই-রিডারে বাংলা ফন্ট নেই তার জন্য)</translation>
    </message>
    <message>
        <source>EPUB books (*.epub)</source>
        <translation>EPUB বই (*.epub)</translation>
    </message>
</context>
<context>
    <name>pathak::ui::FeedsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>যোগ করুন(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>হালনাগাদ(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh a&amp;ll</source>
        <translation>সব হালনাগাদ(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>সরান(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML আমদানি(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>OPML রপ্তানি(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>থামুন(&amp;S)</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>ফিড</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>ফিড</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>সংরক্ষিত</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>শেষ হালনাগাদ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Cannot read the feeds: %1</source>
        <translation>ফিডগুলো পড়া যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>কখনও না</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 কোনো http বা https ঠিকানা নয়।</translation>
    </message>
    <message>
        <source>Subscribing to %1…</source>
        <translation>%1 গ্রাহক হওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Refreshing all feeds…</source>
        <translation>সব ফিড হালনাগাদ হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>%n টি ফিড হালনাগাদ হচ্ছে…</numerusform>
            <numerusform>%n টি ফিড হালনাগাদ হচ্ছে…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not subscribe to %1:
%2</source>
        <translation>%1 গ্রাহক হওয়া গেল না:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) had errors (see Status).</source>
        <translation>
            <numerusform>%n টি ফিডে সমস্যা হয়েছে (অবস্থা দেখুন)।</numerusform>
            <numerusform>%n টি ফিডে সমস্যা হয়েছে (অবস্থা দেখুন)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) saved.</source>
        <translation>
            <numerusform>%n টি নতুন নিবন্ধ সংরক্ষিত।</numerusform>
            <numerusform>%n টি নতুন নিবন্ধ সংরক্ষিত।</numerusform>
        </translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>ফিড যোগ</translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed:</source>
        <translation>RSS বা Atom ফিডের ঠিকানা:</translation>
    </message>
    <message>
        <source>Remove feeds</source>
        <translation>ফিড সরানো</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n feed(s)? Articles already saved stay in the library.</source>
        <translation>
            <numerusform>%n টি ফিডের গ্রাহকপদ বাতিল করবেন? আগে সংরক্ষিত নিবন্ধ লাইব্রেরিতে থাকবে।</numerusform>
            <numerusform>%n টি ফিডের গ্রাহকপদ বাতিল করবেন? আগে সংরক্ষিত নিবন্ধ লাইব্রেরিতে থাকবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML আমদানি</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML ফাইল (*.opml *.xml);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 পড়া যাচ্ছে না: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) added; refresh to save their articles.</source>
        <translation>
            <numerusform>%n টি ফিড যোগ হয়েছে; নিবন্ধ সংরক্ষণ করতে হালনাগাদ করুন।</numerusform>
            <numerusform>%n টি ফিড যোগ হয়েছে; নিবন্ধ সংরক্ষণ করতে হালনাগাদ করুন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML রপ্তানি</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML ফাইল (*.opml)</translation>
    </message>
    <message>
        <source>Pathak feeds</source>
        <translation>পাঠকের ফিড</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 লেখা যাচ্ছে না: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) exported to %1.</source>
        <translation>
            <numerusform>%n টি ফিড %1 ফাইলে রপ্তানি হয়েছে।</numerusform>
            <numerusform>%n টি ফিড %1 ফাইলে রপ্তানি হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt after %1: %2</source>
        <translation>পরের চেষ্টা %1-এর পরে: %2</translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryAnnotationsDock</name>
    <message>
        <source>All annotations</source>
        <translation>সব টীকা</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>সব রং</translation>
    </message>
    <message>
        <source>Show the annotations of one colour</source>
        <translation>একটি রঙের টীকা দেখান</translation>
    </message>
    <message>
        <source>Annotations in the library</source>
        <translation>লাইব্রেরির সব টীকা</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>যেকোনো সময়</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>গত এক দিন</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>গত ৭ দিন</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>গত ৩০ দিন</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>গত এক বছর</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>নতুনগুলো আগে</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>পুরোনোগুলো আগে</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>নিবন্ধ অনুযায়ী</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>রং অনুযায়ী</translation>
    </message>
    <message>
        <source>Show the annotations made in a time</source>
        <translation>একটি সময়ের মধ্যে করা টীকা দেখান</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>Order of the annotations</source>
        <translation>টীকাগুলোর ক্রম</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ক্রম</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>রং</translation>
    </message>
    <message>
        <source>Search quotes, notes and titles</source>
        <translation>উদ্ধৃতি, টীকা ও শিরোনামে খুঁজুন</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>টীকায় খুঁজুন</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>সব ট্যাগ</translation>
    </message>
    <message>
        <source>Show the annotations of articles with a tag</source>
        <translation>একটি ট্যাগের নিবন্ধের টীকা দেখান</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ট্যাগ</translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryArchiveActions</name>
    <message>
        <source>Export the Whole Library</source>
        <translation>পুরো লাইব্রেরি রপ্তানি</translation>
    </message>
    <message>
        <source>pathak-library.zip</source>
        <translation>pathak-library.zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP আর্কাইভ (*.zip)</translation>
    </message>
    <message>
        <source>Import a Library Export</source>
        <translation>লাইব্রেরির রপ্তানি আমদানি</translation>
    </message>
    <message>
        <source>A library export or import is already running.</source>
        <translation>লাইব্রেরির একটি রপ্তানি বা আমদানি এখন চলছে।</translation>
    </message>
    <message>
        <source>Exporting the library…</source>
        <translation>লাইব্রেরি রপ্তানি হচ্ছে…</translation>
    </message>
    <message>
        <source>Importing the library…</source>
        <translation>লাইব্রেরি আমদানি হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation>লাইব্রেরি আমদানি</translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>লাইব্রেরি রপ্তানি</translation>
    </message>
    <message>
        <source>Export &amp;Library…</source>
        <translation>লাইব্রেরি রপ্তানি (&amp;L)…</translation>
    </message>
    <message>
        <source>Export every article, its original, annotations, tags and the feeds to one ZIP archive</source>
        <translation>প্রতিটি নিবন্ধ, তার মূল ফাইল, টীকা, ট্যাগ আর ফিডগুলো একটি ZIP আর্কাইভে রপ্তানি করুন</translation>
    </message>
    <message>
        <source>Import L&amp;ibrary…</source>
        <translation>লাইব্রেরি আমদানি (&amp;I)…</translation>
    </message>
    <message>
        <source>Read a library export into this library, without storing anything twice</source>
        <translation>একটি লাইব্রেরির রপ্তানি এই লাইব্রেরিতে আনুন, কিছুই দুবার রাখা হবে না</translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryArchiveWorker</name>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>রপ্তানি বাতিল হয়েছে; কিছুই লেখা হয়নি।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln article(s)</source>
        <translation>
            <numerusform>%Lnটি নিবন্ধ রপ্তানি হয়েছে</numerusform>
            <numerusform>%Lnটি নিবন্ধ রপ্তানি হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Lnটি টীকা</numerusform>
            <numerusform>%Lnটি টীকা</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feed(s)</source>
        <translation>
            <numerusform>%Lnটি ফিড</numerusform>
            <numerusform>%Lnটি ফিড</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s)</source>
        <translation>
            <numerusform>%Lnটি নিবন্ধ আমদানি হয়েছে</numerusform>
            <numerusform>%Lnটি নিবন্ধ আমদানি হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library (merged)</source>
        <translation>
            <numerusform>%Lnটি আগে থেকেই লাইব্রেরিতে ছিল (মিলিয়ে নেওয়া হয়েছে)</numerusform>
            <numerusform>%Lnটি আগে থেকেই লাইব্রেরিতে ছিল (মিলিয়ে নেওয়া হয়েছে)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>বাতিল হয়েছে। %1</translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryModel</name>
    <message>
        <source>Favourite</source>
        <translation>প্রিয়</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>সূত্র</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>পড়া</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>অপঠিত</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n টি টীকা</numerusform>
            <numerusform>%n টি টীকা</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread articles are marked ●</source>
        <translation>অপঠিত নিবন্ধে ● চিহ্ন থাকে</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <source>No published date</source>
        <translation>প্রকাশের তারিখ নেই</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>প্রকাশিত</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>লেখক</translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryPane</name>
    <message>
        <source>All articles</source>
        <translation>সব নিবন্ধ</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>অপঠিত</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>পঠিত</translation>
    </message>
    <message>
        <source>Show all articles, only the unread or only the read ones</source>
        <translation>সব নিবন্ধ, শুধু অপঠিত বা শুধু পঠিত নিবন্ধ দেখান</translation>
    </message>
    <message>
        <source>Read filter</source>
        <translation>পড়া অনুযায়ী ছাঁকনি</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>প্রিয়</translation>
    </message>
    <message>
        <source>Show only favourite articles</source>
        <translation>শুধু প্রিয় নিবন্ধ দেখান</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>নিবন্ধ</translation>
    </message>
    <message>
        <source>No article matches these filters.</source>
        <translation>এই ছাঁকনিতে কোনো নিবন্ধ মেলে না।</translation>
    </message>
    <message>
        <source>Show All Articles</source>
        <translation>সব নিবন্ধ দেখান</translation>
    </message>
    <message>
        <source>Clear the read and favourite filters</source>
        <translation>পড়া ও প্রিয়র ছাঁকনি তুলে দিন</translation>
    </message>
    <message>
        <source>Tag selected articles…</source>
        <translation>বাছাই করা নিবন্ধে ট্যাগ দিন…</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to the selected articles</source>
        <translation>একটি ট্যাগ লিখে Enter চাপুন, বাছাই করা নিবন্ধগুলোতে তা যোগ হবে</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>লাইব্রেরি</translation>
    </message>
    <message>
        <source>Delete Articles</source>
        <translation>নিবন্ধ মুছুন</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>পঠিত হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>অপঠিত হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Add to Favourites</source>
        <translation>প্রিয়তে যোগ করুন</translation>
    </message>
    <message>
        <source>Remove from Favourites</source>
        <translation>প্রিয় থেকে সরান</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>আর্কাইভ</translation>
    </message>
    <message>
        <source>Move to Inbox</source>
        <translation>ইনবক্সে ফেরত নিন</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>ট্যাগ যোগ করুন…</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>ট্যাগ যোগ করুন</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>ট্যাগ:</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>ট্যাগ সরান</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>মুছুন…</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln article(s) to the Trash?</source>
        <translation>
            <numerusform>%Lnটি নিবন্ধ ট্র্যাশে সরাবেন?</numerusform>
            <numerusform>%Lnটি নিবন্ধ ট্র্যাশে সরাবেন?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) go with them.</source>
        <translation>
            <numerusform>সঙ্গে যাবে %Lnটি টীকা।</numerusform>
            <numerusform>সঙ্গে যাবে %Lnটি টীকা।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash keeps them for %Ln day(s).</source>
        <translation>
            <numerusform>ট্র্যাশ এগুলো %Ln দিন রেখে দেবে।</numerusform>
            <numerusform>ট্র্যাশ এগুলো %Ln দিন রেখে দেবে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathak::ui::LibraryRecoveryDialog</name>
    <message>
        <source>Pathak: the library is damaged</source>
        <translation>পাঠক: লাইব্রেরি ক্ষতিগ্রস্ত</translation>
    </message>
    <message>
        <source>The library file cannot be used:
%1</source>
        <translation>লাইব্রেরি ফাইলটি ব্যবহার করা যাচ্ছে না:
%1</translation>
    </message>
    <message>
        <source>A backup from %1 can take its place.</source>
        <translation>%1 তারিখের ব্যাকআপ এর জায়গা নিতে পারে।</translation>
    </message>
    <message>
        <source>There is no backup of this library.</source>
        <translation>এই লাইব্রেরির কোনো ব্যাকআপ নেই।</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it, renamed, whatever you choose.</source>
        <translation>যা-ই বেছে নিন, ক্ষতিগ্রস্ত ফাইলটি নতুন নামে পাশেই রাখা থাকবে।</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>ব্যাকআপ ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>Start a new library</source>
        <translation>নতুন লাইব্রেরি শুরু করুন</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Pathak</source>
        <translation>পাঠক</translation>
    </message>
    <message>
        <source>Cannot open the library %1:
%2</source>
        <translation>লাইব্রেরি %1 খোলা যাচ্ছে না:
%2</translation>
    </message>
</context>
<context>
    <name>pathak::ui::MainWindow</name>
    <message>
        <source>Pathak: the library is damaged</source>
        <translation>পাঠক: লাইব্রেরিটি ক্ষতিগ্রস্ত</translation>
    </message>
    <message>
        <source>The library file is damaged:
%1</source>
        <translation>লাইব্রেরির ফাইলটি ক্ষতিগ্রস্ত:
%1</translation>
    </message>
    <message>
        <source>Quit Pathak and start it again to restore the backup or start a new library. Changes made until then may be lost.</source>
        <translation>ব্যাকআপ ফিরিয়ে আনতে বা নতুন লাইব্রেরি শুরু করতে পাঠক বন্ধ করে আবার চালু করুন। ততক্ষণের পরিবর্তন হারিয়ে যেতে পারে।</translation>
    </message>
    <message>
        <source>The library file is damaged: %1</source>
        <translation>লাইব্রেরির ফাইলটি ক্ষতিগ্রস্ত: %1</translation>
    </message>
    <message>
        <source>About Pathak</source>
        <translation>পাঠক সম্পর্কে</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pathak %1&lt;/h3&gt;&lt;p&gt;An offline reader for Bengali news articles.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;পাঠক %1&lt;/h3&gt;&lt;p&gt;বাংলা সংবাদ অফলাইনে পড়ার জন্য।&lt;/p&gt;&lt;p&gt;GNU GPL সংস্করণ ৩ বা পরবর্তী লাইসেন্সের অধীনে।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>লাইব্রেরি পড়া যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>Pathak</source>
        <translation>পাঠক</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>নিবন্ধ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>দেখুন(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>থিম(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>সরঞ্জাম(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ফাইল আমদানি(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>ফোল্ডার আমদানি(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>বন্ধ করুন(&amp;Q)</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>পড়া হয়েছে চিহ্নিত করুন(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>প্রিয়(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>নাম বদলান(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>মুছে ফেলুন(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>পরের নিবন্ধ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>আগের নিবন্ধ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>বড় লেখা(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>ছোট লেখা(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>স্বাভাবিক আকারের লেখা(&amp;D)</translation>
    </message>
    <message>
        <source>More Line Spacing</source>
        <translation>লাইনের ফাঁক বাড়ান</translation>
    </message>
    <message>
        <source>Less Line Spacing</source>
        <translation>লাইনের ফাঁক কমান</translation>
    </message>
    <message>
        <source>&amp;Wider Column</source>
        <translation>চওড়া কলাম(&amp;W)</translation>
    </message>
    <message>
        <source>Na&amp;rrower Column</source>
        <translation>সরু কলাম(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>উজ্জ্বল(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>গাঢ়(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>সেপিয়া(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>সেটিংস(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Pathak</source>
        <translation>পাঠক সম্পর্কে(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>অপঠিত চিহ্নিত করুন(&amp;U)</translation>
    </message>
    <message>
        <source>Cannot open article %1: %2</source>
        <translation>নিবন্ধ %1 খোলা যাচ্ছে না: %2</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>নিবন্ধের নাম বদলান</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>শিরোনাম:</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>নিবন্ধ মুছুন</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>নিবন্ধ আমদানি</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation>নিবন্ধ (*.txt *.html *.htm);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>নিবন্ধের ফোল্ডার আমদানি</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>একটি আমদানি এখন চলছে।</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>আমদানি হচ্ছে…</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>আমদানি ব্যর্থ: %1</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, failed %3</source>
        <translation>আমদানি %1, আগে থেকেই ছিল %2, ব্যর্থ %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>বাতিল করা হয়েছে</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>আমদানি</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n টি ফাইল আমদানি করা যায়নি।</numerusform>
            <numerusform>%n টি ফাইল আমদানি করা যায়নি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… এবং আরও %n টি</numerusform>
            <numerusform>… এবং আরও %n টি</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark article %1 as read: %2</source>
        <translation>নিবন্ধ %1 পঠিত বলে চিহ্নিত করা গেল না: %2</translation>
    </message>
    <message>
        <source>Cannot mark article %1 as unread: %2</source>
        <translation>নিবন্ধ %1 অপঠিত বলে চিহ্নিত করা গেল না: %2</translation>
    </message>
    <message>
        <source>Cannot store the reading position: %1</source>
        <translation>পড়ার অবস্থান রাখা গেল না: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>কিবোর্ড শর্টকাট(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Continue Reading</source>
        <translation>পড়া চালিয়ে যান(&amp;C)</translation>
    </message>
    <message>
        <source>Open the article you were reading where you left off</source>
        <translation>যে নিবন্ধ পড়ছিলেন, যেখানে থেমেছিলেন সেখান থেকে খুলুন</translation>
    </message>
    <message>
        <source>&amp;Focus Mode (Hide Panels)</source>
        <translation>মনোযোগ মোড (প্যানেল লুকান)(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>পূর্ণ পর্দা(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>কার্সর দিয়ে পড়া(&amp;C)</translation>
    </message>
    <message>
        <source>Move a text cursor with the keys to select and highlight without a mouse</source>
        <translation>মাউস ছাড়াই নির্বাচন ও হাইলাইট করতে কি দিয়ে লেখার কার্সর সরান</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>লাইব্রেরি</translation>
    </message>
    <message>
        <source>&amp;Library Panel</source>
        <translation>লাইব্রেরি প্যানেল(&amp;L)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>নিবন্ধ</translation>
    </message>
    <message>
        <source>The text of the article being read</source>
        <translation>যে নিবন্ধ পড়া হচ্ছে তার লেখা</translation>
    </message>
    <message>
        <source>Articles in the list</source>
        <translation>তালিকার নিবন্ধ</translation>
    </message>
    <message>
        <source>How far you have read, and the reading time left</source>
        <translation>কতটা পড়েছেন, আর কত সময় পড়া বাকি</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>আমদানির অগ্রগতি</translation>
    </message>
    <message>
        <source>Stop the import (what is already imported stays)</source>
        <translation>আমদানি থামান (যা আমদানি হয়েছে তা থাকবে)</translation>
    </message>
    <message>
        <source>%1 — Pathak</source>
        <translation>%1 — পাঠক</translation>
    </message>
    <message>
        <source>No article is waiting to be finished.</source>
        <translation>শেষ না হওয়া কোনো নিবন্ধ নেই।</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln min left</source>
        <translation>
            <numerusform>%1 · আর %Ln মিনিট</numerusform>
            <numerusform>%1 · আর %Ln মিনিট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln min read</source>
        <translation>
            <numerusform>%1 · %Ln মিনিটের পড়া</numerusform>
            <numerusform>%1 · %Ln মিনিটের পড়া</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln টি নিবন্ধ</numerusform>
            <numerusform>%Ln টি নিবন্ধ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>মোছা ফিরিয়ে আনুন(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the articles just deleted, with their annotations</source>
        <translation>এইমাত্র মোছা নিবন্ধগুলো টীকাসহ ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>ট্র্যাশ(&amp;T)…</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash?</source>
        <translation>“%1” ট্র্যাশে সরাবেন?</translation>
    </message>
    <message>
        <source>Moved “%1” to the Trash</source>
        <translation>“%1” ট্র্যাশে সরানো হয়েছে</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>মোছা ফিরিয়ে আনা</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln article(s) to the Trash</source>
        <translation>
            <numerusform>%Lnটি নিবন্ধ ট্র্যাশে সরানো হয়েছে</numerusform>
            <numerusform>%Lnটি নিবন্ধ ট্র্যাশে সরানো হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln annotation(s) go with it.</source>
        <translation>
            <numerusform>এর %Lnটি টীকাও সঙ্গে যাবে।</numerusform>
            <numerusform>এর %Lnটি টীকাও সঙ্গে যাবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Trash keeps it for %Ln day(s).</source>
        <translation>
            <numerusform>ট্র্যাশ এটি %Ln দিন রেখে দেবে।</numerusform>
            <numerusform>ট্র্যাশ এটি %Ln দিন রেখে দেবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln article(s)</source>
        <translation>
            <numerusform>%Lnটি নিবন্ধ ফিরিয়ে আনা হয়েছে</numerusform>
            <numerusform>%Lnটি নিবন্ধ ফিরিয়ে আনা হয়েছে</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathak::ui::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>হাইলাইট করা অংশ</translation>
    </message>
    <message>
        <source>Write a note about this passage</source>
        <translation>এই অংশ নিয়ে একটি টীকা লিখুন</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>রং:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>রাখুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>pathak::ui::ReviewDialog</name>
    <message>
        <source>Daily Review</source>
        <translation>প্রতিদিনের পুনর্পাঠ</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>রাখুন(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>এড়িয়ে যান(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Article</source>
        <translation>নিবন্ধ খুলুন(&amp;O)</translation>
    </message>
    <message>
        <source>Bring it back later, and later each time (K)</source>
        <translation>পরে আবার দেখান, প্রতিবার আরও পরে (K)</translation>
    </message>
    <message>
        <source>Show it again tomorrow (S)</source>
        <translation>কাল আবার দেখান (S)</translation>
    </message>
    <message>
        <source>Open the article at this passage (O)</source>
        <translation>নিবন্ধটি এই অংশে খুলুন (O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Nothing to review today. Highlights you make come back here.</source>
        <translation>আজ পুনর্পাঠের কিছু নেই। আপনার করা হাইলাইট এখানে ফিরে আসে।</translation>
    </message>
    <message>
        <source>That is all for today.</source>
        <translation>আজকের মতো এটুকুই।</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2টির মধ্যে %1</translation>
    </message>
    <message>
        <source>Highlight, %1</source>
        <translation>হাইলাইট, %1</translation>
    </message>
</context>
<context>
    <name>pathak::ui::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>খুঁজুন</translation>
    </message>
    <message>
        <source>Search titles, text, comments, notes…</source>
        <translation>শিরোনাম, লেখা, মন্তব্য, টীকায় খুঁজুন…</translation>
    </message>
    <message>
        <source>Every word must occur; a word also finds its inflected forms. &quot;Quoted words&quot; are an exact phrase.</source>
        <translation>প্রতিটি শব্দ থাকতে হবে; একটি শব্দ তার বিভক্তিযুক্ত রূপও খুঁজে পায়। &quot;উদ্ধৃতিচিহ্নের ভেতরের শব্দ&quot; হুবহু বাক্যাংশ।</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>যেকোনো সূত্র</translation>
    </message>
    <message>
        <source>Saved from</source>
        <translation>সংরক্ষণ: থেকে</translation>
    </message>
    <message>
        <source>to</source>
        <translation>পর্যন্ত</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>শুধু প্রিয়গুলো</translation>
    </message>
    <message>
        <source>Annotated only</source>
        <translation>শুধু টীকাযুক্ত</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>লাইব্রেরিতে খুঁজুন(&amp;S)…</translation>
    </message>
    <message>
        <source>Next Search &amp;Hit</source>
        <translation>পরের মিল(&amp;H)</translation>
    </message>
    <message>
        <source>Previous Search Hi&amp;t</source>
        <translation>আগের মিল(&amp;T)</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>ছাঁকনি (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>ছাঁকনি</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <source>No results for “%1” with these filters</source>
        <translation>এই ছাঁকনিতে “%1”-এর কোনো ফল নেই</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>“%1”-এর কোনো ফল নেই</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>খোঁজা ব্যর্থ: %1</translation>
    </message>
    <message>
        <source>More than %1 results; the best %1 are shown</source>
        <translation>%1-এর বেশি ফল; সেরা %1টি দেখানো হলো</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>১টি ফল</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1টি ফল</translation>
    </message>
    <message>
        <source>The match is in the source, credit or notes of this article</source>
        <translation>মিলটি এই নিবন্ধের সূত্র, ছবির কৃতিত্ব বা টীকায়</translation>
    </message>
    <message>
        <source>1 hit in this article</source>
        <translation>এই নিবন্ধে ১টি মিল</translation>
    </message>
    <message>
        <source>%1 hits in this article; F3 for the next</source>
        <translation>এই নিবন্ধে %1টি মিল; পরেরটির জন্য F3</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>লাইব্রেরিতে খুঁজুন</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>খোঁজার ফল</translation>
    </message>
    <message>
        <source>Only articles from this source</source>
        <translation>শুধু এই সূত্রের নিবন্ধ</translation>
    </message>
    <message>
        <source>Saved on or after this day</source>
        <translation>এই দিন বা তার পরে সংরক্ষিত</translation>
    </message>
    <message>
        <source>Saved on or before this day</source>
        <translation>এই দিন বা তার আগে সংরক্ষিত</translation>
    </message>
</context>
<context>
    <name>pathak::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>পূর্বনির্ধারিত (%1)</translation>
    </message>
    <message>
        <source>Reading font:</source>
        <translation>পড়ার ফন্ট:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> পয়েন্ট</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>লেখার আকার:</translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation>লাইনের ফাঁক:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> পিক্সেল</translation>
    </message>
    <message>
        <source>Text column width:</source>
        <translation>লেখার কলামের প্রস্থ:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>উজ্জ্বল</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>গাঢ়</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>সেপিয়া</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>থিম:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>ইন্টারফেসের ভাষা:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ঘণ্টা</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>কখনো না</translation>
    </message>
    <message>
        <source>Feeds refresh in the background this often, never on a metered connection</source>
        <translation>ফিডগুলো এই সময় পরপর আপনা থেকে হালনাগাদ হয়, মাপা (মিটারড) সংযোগে কখনো নয়</translation>
    </message>
    <message>
        <source>Refresh feeds every:</source>
        <translation>ফিড হালনাগাদের বিরতি:</translation>
    </message>
</context>
<context>
    <name>pathak::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>কিবোর্ড শর্টকাট</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>কি</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>কিবোর্ড শর্টকাট</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>পড়া</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>পরের পাতা</translation>
    </message>
    <message>
        <source>Space, Page Down</source>
        <translation>স্পেস, পেজ ডাউন</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>আগের পাতা</translation>
    </message>
    <message>
        <source>Shift+Space, Page Up</source>
        <translation>শিফট+স্পেস, পেজ আপ</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>সরানো</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>তীর কি</translation>
    </message>
    <message>
        <source>Beginning or end of the article</source>
        <translation>নিবন্ধের শুরু বা শেষ</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>হোম, এন্ড</translation>
    </message>
    <message>
        <source>Next pane (list, article, panels)</source>
        <translation>পরের অংশ (তালিকা, নিবন্ধ, প্যানেল)</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>ট্যাব, শিফট+ট্যাব</translation>
    </message>
    <message>
        <source>Select text with the keys (caret browsing: F7), then</source>
        <translation>কি দিয়ে লেখা নির্বাচন (কার্সর দিয়ে পড়া: F7), তারপর</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>শিফট+তীর কি</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>pathak::ui::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>ট্র্যাশ</translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation>মোছা নিবন্ধ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>মোছার সময়</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>টীকা</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ফিরিয়ে আনুন(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>চিরতরে মুছুন(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ট্র্যাশ খালি করুন(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ফিরিয়ে আনা</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>চিরতরে মোছা</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ট্র্যাশ খালি করা</translation>
    </message>
    <message numerus="yes">
        <source>Deleted articles are kept here with their annotations for %Ln day(s), then deleted for good.</source>
        <translation>
            <numerusform>মোছা নিবন্ধ টীকাসহ এখানে %Ln দিন থাকে, তারপর চিরতরে মুছে যায়।</numerusform>
            <numerusform>মোছা নিবন্ধ টীকাসহ এখানে %Ln দিন থাকে, তারপর চিরতরে মুছে যায়।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be restored and stay in the trash.</source>
        <translation>
            <numerusform>%Lnটি নিবন্ধ ফিরিয়ে আনা গেল না, সেগুলো ট্র্যাশেই রইল।</numerusform>
            <numerusform>%Lnটি নিবন্ধ ফিরিয়ে আনা গেল না, সেগুলো ট্র্যাশেই রইল।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article(s) and their annotations for good? This cannot be undone.</source>
        <translation>
            <numerusform>%Lnটি নিবন্ধ ও তাদের টীকা চিরতরে মুছবেন? এটি আর ফেরানো যাবে না।</numerusform>
            <numerusform>%Lnটি নিবন্ধ ও তাদের টীকা চিরতরে মুছবেন? এটি আর ফেরানো যাবে না।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>ট্র্যাশের সব %Lnটি নিবন্ধ চিরতরে মুছবেন? এটি আর ফেরানো যাবে না।</numerusform>
            <numerusform>ট্র্যাশের সব %Lnটি নিবন্ধ চিরতরে মুছবেন? এটি আর ফেরানো যাবে না।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pathak::ui::WebActions</name>
    <message>
        <source>Save from &amp;URL…</source>
        <translation>URL থেকে সংরক্ষণ(&amp;U)…</translation>
    </message>
    <message>
        <source>Download a web page and save its article for offline reading</source>
        <translation>ওয়েব পৃষ্ঠা নামিয়ে তার নিবন্ধ অফলাইনে পড়ার জন্য সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>ফিড(&amp;F)…</translation>
    </message>
    <message>
        <source>Subscribe to RSS and Atom feeds and refresh them</source>
        <translation>RSS ও Atom ফিডের গ্রাহক হন ও সেগুলো হালনাগাদ করুন</translation>
    </message>
    <message>
        <source>Save from URL</source>
        <translation>URL থেকে সংরক্ষণ</translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation>নিবন্ধের ঠিকানা (http বা https):</translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation>%1 কোনো http বা https ঠিকানা নয়।</translation>
    </message>
    <message>
        <source>Could not save the page.</source>
        <translation>পৃষ্ঠাটি সংরক্ষণ করা গেল না।</translation>
    </message>
    <message>
        <source>Could not save:
%1</source>
        <translation>সংরক্ষণ করা গেল না:
%1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 নামানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 সংরক্ষিত</translation>
    </message>
    <message>
        <source>Already in the library: %1</source>
        <translation>আগেই লাইব্রেরিতে আছে: %1</translation>
    </message>
    <message>
        <source>Saved %1; %2</source>
        <translation>%1 সংরক্ষিত; %2</translation>
    </message>
</context>
<context>
    <name>pathak::ui::WelcomePage</name>
    <message>
        <source>Your library is empty</source>
        <translation>আপনার লাইব্রেরি খালি</translation>
    </message>
    <message>
        <source>Save articles to read them here, offline: from files on this computer, from a web page, or from a news feed that brings new articles by itself.</source>
        <translation>নিবন্ধ সংরক্ষণ করুন, এখানে অফলাইনে পড়ার জন্য: এই কম্পিউটারের ফাইল থেকে, কোনো ওয়েব পৃষ্ঠা থেকে, অথবা এমন খবরের ফিড থেকে যা নিজেই নতুন নিবন্ধ আনে।</translation>
    </message>
    <message>
        <source>You can also drop files and folders on this window.</source>
        <translation>ফাইল ও ফোল্ডার এই জানালায় টেনে এনেও ছাড়তে পারেন।</translation>
    </message>
</context>
</TS>
