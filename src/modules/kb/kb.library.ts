// The law library shipped in data/laws: read the manifest, parse each file with the pure parsers, and merge into one
// list of documents (a number already read from an earlier file is skipped, so full texts win over Pháp điển extracts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhapDien, type PhapDienDocument } from '../../shared/domain/kb/phapdien';
import { DOC_TYPE_NAME, parseLawText, type DocType, type LawUnit } from '../../shared/domain/kb/structure';

/** The shipped library folder (data/laws, with its README on source and licence). */
export const LAWS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/laws');

export const DOC_STATUSES = ['in_force', 'amended', 'superseded'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

type Manifest = {
  sources: { path: string; format: 'text' | 'phapdien' }[];
  documents: Record<string, { status: DocStatus; statusNote?: string; amendedBy?: string[]; supersededBy?: string; title?: string }>;
  phapdienNote?: string;
};

/** A document ready to be stored. */
export type LibraryDocument = {
  number: string;
  title: string;
  docType: DocType;
  issuer: string | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  status: DocStatus;
  statusNote: string | null;
  amendedBy: string[];
  supersededBy: string | null;
  source: string;
  sourceFormat: 'text' | 'markdown' | 'docx' | 'pdf';
  units: LawUnit[];
};

/** SHA-256 of the manifest and every file it lists (cheap: no parsing), to decide whether a reload is needed. */
export function shippedLibraryHash(dir = LAWS_DIR): string {
  const manifestText = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as Manifest;
  const hash = createHash('sha256').update(manifestText);
  for (const source of manifest.sources) hash.update(source.path).update('\0').update(fs.readFileSync(path.join(dir, source.path), 'utf8'));
  return hash.digest('hex');
}

/** Reads and parses the shipped library; `hash` (as shippedLibraryHash) changes whenever a file or the manifest changes. */
export function readShippedLibrary(dir = LAWS_DIR): { documents: LibraryDocument[]; hash: string } {
  const manifestText = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as Manifest;
  const hash = createHash('sha256').update(manifestText);
  const documents: LibraryDocument[] = [];
  const seen = new Set<string>();
  const meta = (number: string) => manifest.documents[number];
  const push = (doc: Omit<LibraryDocument, 'status' | 'statusNote' | 'amendedBy' | 'supersededBy'>, defaultNote: string | null) => {
    if (seen.has(doc.number)) return;
    seen.add(doc.number);
    const m = meta(doc.number);
    documents.push({
      ...doc,
      title: m?.title ?? doc.title,
      status: m?.status ?? 'in_force',
      statusNote: m?.statusNote ?? defaultNote,
      amendedBy: m?.amendedBy ?? [],
      supersededBy: m?.supersededBy ?? null,
    });
  };
  const phapdien = new Map<string, PhapDienDocument>();
  const phapdienSource = new Map<string, string>();
  for (const source of manifest.sources) {
    const text = fs.readFileSync(path.join(dir, source.path), 'utf8');
    hash.update(source.path).update('\0').update(text);
    if (source.format === 'text') {
      const law = parseLawText(text);
      if (!law.number || !law.docType) throw new Error(`data/laws/${source.path}: no document number or type in the header`);
      push(
        { number: law.number, title: law.title ?? `${DOC_TYPE_NAME[law.docType]} số ${law.number}`, docType: law.docType, issuer: law.issuer, issuedOn: law.issuedOn, effectiveOn: law.effectiveOn, source: source.path, sourceFormat: 'text', units: law.units },
        null,
      );
    } else {
      const before = new Set(phapdien.keys());
      parsePhapDien(text, phapdien);
      for (const k of phapdien.keys()) if (!before.has(k)) phapdienSource.set(k, source.path);
    }
  }
  for (const d of phapdien.values()) {
    if (d.units.length === 0) continue;
    push(
      { number: d.number, title: d.title ?? `${DOC_TYPE_NAME[d.docType]} số ${d.number}`, docType: d.docType, issuer: d.issuer, issuedOn: d.issuedOn, effectiveOn: d.effectiveOn, source: phapdienSource.get(d.number)!, sourceFormat: 'markdown', units: d.units },
      manifest.phapdienNote ?? null,
    );
  }
  return { documents, hash: hash.digest('hex') };
}
