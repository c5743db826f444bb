// Prints the text pdf.js (the engine of Firefox's PDF viewer) reads from a
// PDF: getTextContent's items page by page, a line break where an item ends a
// line, a form feed after each page. Used by scripts/pdf-words.py.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
let out = '';
for (let n = 1; n <= pdf.numPages; ++n) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
        if (item.str !== undefined)
            out += item.str + (item.hasEOL ? '\n' : '');
    }
    out += '\n\f';
}
process.stdout.write(out);
