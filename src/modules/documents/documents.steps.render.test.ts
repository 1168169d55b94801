import { describe, expect, it } from 'vitest';
import { buildDocument, documentParts, plainText, SAMPLE_DATA, TEMPLATE_IDS, type TemplateId } from '../../shared/domain/documents';
import { renderDocx } from './documents.docx';
import { renderPdf } from './documents.pdf';
import { docxText, hasPoppler, poppler, unzip } from './documents.test-support';

// The step templates of the petitions lifecycles (templates/steps.ts and the files built on it): every printed line
// must come back from the PDF (pdftotext, as a reader's viewer extracts it) and from the DOCX with its Vietnamese intact.
const STEP_IDS = TEMPLATE_IDS.filter((id) => !['inspection.decision', 'sanction.decision'].includes(id));
const withPoppler = hasPoppler('pdftotext');
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The body's sentences and the header lines a reader must find, as printed. */
function expectedLines(id: TemplateId): string[] {
  const p = documentParts(buildDocument(id, SAMPLE_DATA[id], { draft: false }));
  const body = p.body.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.text)] : b.kind === 'list' ? b.items.map(plainText) : b.kind === 'heading' ? [b.text] : b.kind === 'article' && b.text ? [plainText(b.text)] : []));
  return [p.issuerName, p.numberLine, p.placeDate, ...(p.title ? [p.title] : []), ...(p.summary ? [p.summary] : []), ...(p.letterSummary ? [p.letterSummary] : []), ...p.basis, ...body, p.signerName].map(squash);
}

describe('step templates render with correct Vietnamese text', () => {
  it.skipIf(!withPoppler).each(STEP_IDS)('%s → PDF', async (id) => {
    // pdftotext joins a word wrapped after "-" (dehyphenation) and may read a short last line of a justified paragraph
    // out of order: every word of every printed line must come back, with its diacritics, in the page's words.
    const bare = (s: string) => s.replace(/[-\s]+/g, '');
    const text = bare(poppler('pdftotext', await renderPdf(buildDocument(id, SAMPLE_DATA[id], { draft: false }))));
    for (const line of expectedLines(id)) for (const word of line.split(' ')) expect(text, `${id}: ${line}`).toContain(bare(word));
  });

  it.each(STEP_IDS)('%s → DOCX', async (id) => {
    const xml = unzip(await renderDocx(buildDocument(id, SAMPLE_DATA[id], { draft: false }))).get('word/document.xml')!.toString('utf8');
    const text = squash(docxText(xml));
    for (const line of expectedLines(id)) expect(text, `${id}: ${line}`).toContain(line);
  });
});
