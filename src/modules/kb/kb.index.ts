// The search index of the knowledge base: built in memory from the database (kb_documents + kb_units) on first use
// and after the library changes; ~1,300 articles build in well under a second and answer in about a millisecond
// (BENCHMARKS.md), so PostgreSQL full-text search is not needed for this size.
//
// Several server processes: each remembers the generation (kb_generation) its index was built from, and a search
// more than GENERATION_CHECK_MS after the last check reads that one number again and rebuilds when it moved.
import type { Db } from '../../server/db';
import { LegalIndex, type IndexedArticle, type PassagePart } from '../../shared/domain/kb/engine';
import { foldKey } from '../../shared/domain/text/vi';
import { knowledgeEntries, type KnowledgeEntry } from './kb.knowledge.index';
import { listAllUnits, listDocuments, readGeneration, type KbDocumentRow, type KbUnitRow } from './kb.repository';

/** How long a process trusts its index before reading the generation again (one indexed primary-key read). */
export const GENERATION_CHECK_MS = 2_000;

/** What the index knows of each article besides its text. */
export type ArticleMeta = { unitId: string; documentId: string; number: string; heading: string | null };

export type KbIndex = {
  engine: LegalIndex;
  /** Same order as engine.articles. */
  meta: ArticleMeta[];
  documents: Map<string, KbDocumentRow>;
  /** documentId → article number → article unit id. */
  articleIds: Map<string, Map<string, string>>;
  /** documentId → the article's parts (lead-in, clauses, points) by article unit id. */
  parts: Map<string, PassagePart[]>;
  /**
   * Templates and approved lessons learned, in an index of their own so that they never change the statistics the
   * law articles are ranked by (same analyser and scoring; same order as `knowledge.entries`).
   */
  knowledge: { engine: LegalIndex; entries: KnowledgeEntry[] };
  /** The kb_generation this index was built from. */
  generation: number;
};

type Cached = { index: Promise<KbIndex>; generation: number; checkedAt: number };
const cache = new WeakMap<Db, Cached>();
/** A generation check (and rebuild) under way, shared by the searches that arrive meanwhile. */
const pending = new WeakMap<Db, Promise<KbIndex>>();

/** The article's passages in order: its lead-in, then each clause's lead-in and each point. */
function articleParts(article: KbUnitRow, children: Map<string, KbUnitRow[]>): PassagePart[] {
  const parts: PassagePart[] = [];
  if (article.text) parts.push({ clause: null, point: null, text: article.text });
  for (const c of children.get(article.id) ?? []) {
    if (c.kind === 'clause') {
      if (c.text) parts.push({ clause: c.number, point: null, text: c.text });
      for (const p of children.get(c.id) ?? []) if (p.text) parts.push({ clause: c.number, point: p.number, text: p.text });
    } else if (c.kind === 'point' && c.text) parts.push({ clause: null, point: c.number, text: c.text });
  }
  return parts;
}

async function build(db: Db, generation: number): Promise<KbIndex> {
  const [docs, units, entries] = await Promise.all([listDocuments(db), listAllUnits(db), knowledgeEntries(db)]);
  const documents = new Map(docs.map((d) => [d.id, d]));
  const children = new Map<string, KbUnitRow[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    let list = children.get(u.parentId);
    if (!list) children.set(u.parentId, (list = []));
    list.push(u);
  }
  const articles: IndexedArticle[] = [];
  const meta: ArticleMeta[] = [];
  const articleIds = new Map<string, Map<string, string>>();
  const parts = new Map<string, PassagePart[]>();
  for (const u of units) {
    if (u.kind !== 'article') continue;
    const doc = documents.get(u.documentId)!;
    const p = articleParts(u, children);
    parts.set(u.id, p);
    articles.push({ id: u.id, title: u.heading ?? '', docTitle: `${doc.title} ${doc.number}`, parts: p });
    meta.push({ unitId: u.id, documentId: u.documentId, number: u.number, heading: u.heading });
    let byNumber = articleIds.get(u.documentId);
    if (!byNumber) articleIds.set(u.documentId, (byNumber = new Map()));
    if (!byNumber.has(u.number)) byNumber.set(u.number, u.id);
  }
  const knowledge = { engine: new LegalIndex(entries.map((e) => ({ id: e.id, title: e.title, docTitle: e.docTitle, parts: e.parts }))), entries };
  return { engine: new LegalIndex(articles), meta, documents, articleIds, parts, knowledge, generation };
}

/**
 * The index of this database, shared by concurrent callers: reused as long as the generation it was built from is
 * current (checked at most every GENERATION_CHECK_MS), rebuilt when another process changed the knowledge base.
 */
export function getKbIndex(db: Db): Promise<KbIndex> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.checkedAt < GENERATION_CHECK_MS) return cached.index;
  let check = pending.get(db);
  if (check) return check;
  check = (async () => {
    const generation = await readGeneration(db);
    const current = cache.get(db);
    if (current && current.generation === generation) {
      current.checkedAt = Date.now();
      return current.index;
    }
    const entry: Cached = { index: build(db, generation), generation, checkedAt: Date.now() };
    cache.set(db, entry);
    try {
      return await entry.index;
    } catch (err) {
      if (cache.get(db) === entry) cache.delete(db);
      throw err;
    }
  })();
  pending.set(db, check);
  const done = () => {
    if (pending.get(db) === check) pending.delete(db);
  };
  check.then(done, done);
  return check;
}

/** Forgets the index after the library changed; the next search rebuilds it. */
export function invalidateKbIndex(db: Db): void {
  cache.delete(db);
  pending.delete(db);
}

/**
 * The document a reference by name means ("Luật Thanh tra"): among documents whose title starts the referenced
 * name, the longest title; among equal titles, the latest one issued on or before the citing document (the law in
 * force when it was written), else the latest.
 */
export function documentByName(index: KbIndex, name: string, citingIssuedOn: string | null): KbDocumentRow | null {
  const key = foldKey(name);
  let best: KbDocumentRow | null = null;
  for (const d of index.documents.values()) {
    const t = foldKey(d.title);
    if (!(key === t || key.startsWith(`${t} `) || key.startsWith(`${t},`))) continue;
    if (!best) {
      best = d;
      continue;
    }
    const bt = foldKey(best.title);
    if (t.length !== bt.length) {
      if (t.length > bt.length) best = d;
      continue;
    }
    const fits = (x: KbDocumentRow) => !citingIssuedOn || (x.issuedOn ?? '') <= citingIssuedOn;
    if (fits(d) !== fits(best)) {
      if (fits(d)) best = d;
    } else if ((d.issuedOn ?? '') > (best.issuedOn ?? '')) best = d;
  }
  return best;
}
