// Runs Mozilla Readability on each page named on the command line and
// prints one JSON line per page: its paragraphs as a reader sees them
// (block elements and <br> runs split the text), the first figure
// caption, or null when Readability finds no article.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
    'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN',
    'DL', 'DT', 'DD', 'HR']);

// The text of a subtree as lines: a block element or a <br> ends a line.
function lines(root, skip) {
    const out = [];
    let current = '';
    const flush = () => { if (current.trim()) out.push(current); current = ''; };
    const visit = (node) => {
        if (node.nodeType === 3) { current += node.nodeValue; return; }
        if (node.nodeType !== 1 || node === skip) return;
        if (node.tagName === 'BR') { flush(); return; }
        const block = BLOCKS.has(node.tagName);
        if (block) flush();
        for (const child of node.childNodes) visit(child);
        if (block) flush();
    };
    visit(root);
    flush();
    return out;
}

for (const file of process.argv.slice(2)) {
    const html = readFileSync(file, 'utf8');
    const dom = new JSDOM(html, { url: pathToFileURL(file).href });
    const article = new Readability(dom.window.document).parse();
    if (!article) {
        console.log(JSON.stringify({ file, article: null }));
        continue;
    }
    const content = new JSDOM(`<body>${article.content}</body>`).window.document.body;
    const caption = content.querySelector('figcaption');
    console.log(JSON.stringify({
        file,
        article: {
            title: article.title,
            paragraphs: lines(content, caption),
            caption: caption ? caption.textContent : null,
        },
    }));
}
