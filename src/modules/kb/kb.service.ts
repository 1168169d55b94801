import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, notFound } from '../../server/http/errors';
import type { z } from 'zod';
import type { KB_ASK_MODES, KB_VERDICTS, KbAskResponse, KbFeedbackRequest, KbCitation, KbDocumentSummary, KbSearchResult, KbUnit } from '../../shared/contracts/kb';
import { buildPrompt, checkCitations, type ChatMessage } from '../../shared/domain/kb/generative';
import { bestPart, citationLabel, extractAnswer, snippetOf, type ScoredTerms } from '../../shared/domain/kb/passages';
import type { CrossRef } from '../../shared/domain/kb/refs';
import { readShippedLibrary, shippedLibraryHash, type DocStatus } from './kb.library';
import { documentByName, getKbIndex, invalidateKbIndex, type KbIndex } from './kb.index';
import { parseUploadedLaw, type ImportOptions } from './kb.import';
import { knowledgeHits } from './kb.knowledge.service';
import { articlesOf, walkUnits } from '../../shared/domain/kb/structure';
import * as repo from './kb.repository';

type KbAskMode = (typeof KB_ASK_MODES)[number];
type KbVerdict = (typeof KB_VERDICTS)[number];

/**
 * Loads the law library shipped in data/laws when it is not loaded yet or its files changed (idempotent; called at
 * start-up by seedReferenceData). Reference data, like the admin units: no audit record.
 */
export async function loadShippedLaws(db: Db): Promise<{ loaded: boolean; documents?: number; units?: number }> {
  const hash = shippedLibraryHash();
  if ((await repo.loadedLibraryHash(db)) === hash) return { loaded: false };
  const library = readShippedLibrary();
  const counts = await repo.replaceShippedLibrary(db, library.documents, library.hash);
  invalidateKbIndex(db);
  return { loaded: true, ...counts };
}

/** The query's terms with idf × weight, for choosing and highlighting passages. */
function scoredTerms(index: KbIndex, question: string): ScoredTerms {
  const { terms } = index.engine.terms(question);
  return new Map(terms.map((t) => [t.term, t.weight * index.engine.idf(t.term)]));
}

function presentResult(index: KbIndex, position: number, score: number, terms: ScoredTerms, bestIndex: { part: number; score: number }): KbSearchResult {
  const meta = index.meta[position]!;
  const doc = index.documents.get(meta.documentId)!;
  const parts = index.parts.get(meta.unitId) ?? [];
  // The engine scored each part from its precomputed term ids; re-tokenising here only when it could not.
  const best = bestIndex.part >= 0 && parts[bestIndex.part] ? { part: parts[bestIndex.part]!, score: bestIndex.score } : bestPart(parts, terms);
  const text = best?.part.text ?? meta.heading ?? '';
  const { snippet, highlights } = snippetOf(text, terms);
  return {
    documentId: doc.id,
    lawNumber: doc.number,
    lawTitle: doc.title,
    status: doc.status as DocStatus,
    articleId: meta.unitId,
    article: meta.number,
    clause: best && best.score > 0 ? best.part.clause : null,
    point: best && best.score > 0 ? best.part.point : null,
    title: meta.heading ?? `Điều ${meta.number}`,
    snippet,
    highlights,
    score: +score.toFixed(4),
  };
}

/** Ranked articles of the library for a question or keywords (with or without diacritics, abbreviations allowed). */
export async function searchLaws(deps: Deps, q: string, limit: number): Promise<{ items: KbSearchResult[] }> {
  const index = await getKbIndex(deps.db);
  const hits = index.engine.search(q, limit);
  const terms = scoredTerms(index, q);
  const best = index.engine.bestParts(q, hits);
  return { items: hits.map((h, i) => presentResult(index, h.index, h.score, terms, best[i]!)) };
}

/** Citation of an article (and clause/point) of the index. */
function citationOf(index: KbIndex, position: number, clause: string | null, point: string | null): KbCitation {
  const meta = index.meta[position]!;
  const doc = index.documents.get(meta.documentId)!;
  return {
    documentId: doc.id,
    articleId: meta.unitId,
    lawNumber: doc.number,
    lawTitle: doc.title,
    article: meta.number,
    clause,
    point,
    label: `${citationLabel(meta.number, clause, point)} ${doc.title} số ${doc.number}`,
  };
}

/** Articles whose text is given to the model (the first three hits). */
const GENERATIVE_ARTICLES = 3;

/**
 * Answers a question (issue 6 §3). Extractive: the best articles, the passage of each that matches, and sentences
 * assembled from them, each citing its article, clause and point — every sentence is the law's own wording.
 * Generative (when the agency configured an OpenAI-compatible endpoint): the model sees only the retrieved articles,
 * must cite them, and sentences without a valid citation are dropped; any failure falls back to the extractive answer.
 */
export async function askLaws(deps: Deps, question: string, mode: KbAskMode = 'auto'): Promise<KbAskResponse> {
  const index = await getKbIndex(deps.db);
  const hits = index.engine.search(question, 5);
  const terms = scoredTerms(index, question);
  const best = index.engine.bestParts(question, hits);
  const articles = hits.map((h, i) => presentResult(index, h.index, h.score, terms, best[i]!));
  const top = hits.slice(0, 3);
  const related = knowledgeHits(index, question);
  const extractive = (notice: string | null): KbAskResponse => ({
    mode: 'extractive',
    answer: extractAnswer(
      top.map((h) => index.parts.get(index.meta[h.index]!.unitId) ?? []),
      terms,
    ).map((s) => ({ text: s.text, citation: citationOf(index, top[s.articleRank]!.index, s.clause, s.point), alsoCitations: [] })),
    articles,
    related,
    notice,
  });
  const llm = deps.config.kbLlm;
  if (mode === 'extractive' || (mode === 'auto' && !llm)) return extractive(null);
  if (!llm) return extractive('Cơ quan chưa cấu hình dịch vụ sinh câu trả lời; câu trả lời dưới đây trích nguyên văn từ điều luật.');
  if (hits.length === 0) return extractive(null);
  const offered = hits.slice(0, GENERATIVE_ARTICLES);
  const passages = offered.map((h) => {
    const parts = index.parts.get(index.meta[h.index]!.unitId) ?? [];
    const cite = citationOf(index, h.index, null, null);
    const text = parts.map((p) => `${p.point ? `${p.point}) ` : p.clause ? `${p.clause}. ` : ''}${p.text}`).join('\n');
    return { label: `Điều ${cite.article}${index.meta[h.index]!.heading ? `. ${index.meta[h.index]!.heading}` : ''} — ${cite.lawTitle} số ${cite.lawNumber}`, text, cite };
  });
  let content: string;
  try {
    content = await chatCompletion(llm, buildPrompt(question, passages));
  } catch (err) {
    deps.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'kb generative endpoint failed');
    return extractive('Không kết nối được dịch vụ sinh câu trả lời; câu trả lời dưới đây trích nguyên văn từ điều luật.');
  }
  const checked = checkCitations(content, passages.length);
  if (checked.sentences.length === 0) return extractive('Câu trả lời sinh ra không có dẫn chiếu hợp lệ nên không được dùng; câu trả lời dưới đây trích nguyên văn từ điều luật.');
  const removedNote = checked.removed + checked.dropped > 0 ? `Đã loại ${checked.removed} dẫn chiếu không khớp đoạn trích và ${checked.dropped} câu không có căn cứ.` : null;
  return {
    mode: 'generative',
    answer: checked.sentences.map((s) => ({ text: s.text, citation: passages[s.passages[0]!]!.cite, alsoCitations: s.passages.slice(1).map((p) => passages[p]!.cite) })),
    articles,
    related,
    notice: removedNote,
  };
}

/** One call of an OpenAI-compatible chat completion endpoint; its text, or an error. */
async function chatCompletion(llm: NonNullable<Deps['config']['kbLlm']>, messages: ChatMessage[]): Promise<string> {
  const res = await fetch(`${llm.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(llm.apiKey ? { authorization: `Bearer ${llm.apiKey}` } : {}) },
    body: JSON.stringify({ model: llm.model, messages, temperature: 0 }),
    signal: AbortSignal.timeout(llm.timeoutMs),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || !content.trim()) throw new Error('empty completion');
  return content;
}

function presentDocument(d: repo.KbDocumentRow): KbDocumentSummary {
  return {
    id: d.id,
    number: d.number,
    title: d.title,
    docType: d.docType,
    issuer: d.issuer,
    issuedOn: d.issuedOn,
    effectiveOn: d.effectiveOn,
    status: d.status as DocStatus,
    statusNote: d.statusNote,
    amendedBy: d.amendedBy,
    supersededBy: d.supersededBy,
    articleCount: d.articleCount,
    origin: d.origin,
  };
}

/** Resolves a unit's references to article ids in the library (null when the target is not in it). */
function presentUnit(index: KbIndex, doc: repo.KbDocumentRow, u: repo.KbUnitRow): KbUnit {
  const resolve = (r: CrossRef) => {
    let target: repo.KbDocumentRow | null | undefined = null;
    if (r.target.kind === 'self') target = doc;
    else if (r.target.kind === 'number') {
      const number = r.target.number;
      target = [...index.documents.values()].find((d) => d.number === number);
    } else target = documentByName(index, r.target.name, doc.issuedOn);
    const articleId = target ? (index.articleIds.get(target.id)?.get(r.article) ?? null) : null;
    return { start: r.start, end: r.end, article: r.article, clause: r.clause, point: r.point, targetDocumentId: articleId && target ? target.id : null, targetArticleId: articleId };
  };
  return { id: u.id, parentId: u.parentId, kind: u.kind as KbUnit['kind'], number: u.number, heading: u.heading, text: u.text, refs: u.refs.map(resolve) };
}

/** Every document of the library with its status. */
export async function listLawDocuments(deps: Deps) {
  return { items: (await repo.listDocuments(deps.db)).map(presentDocument) };
}

/** A document with its whole structure and resolved cross-references. */
export async function getLawDocument(deps: Deps, id: string) {
  const doc = await repo.findDocument(deps.db, id);
  if (!doc) throw notFound('Không tìm thấy văn bản.');
  const [index, units] = await Promise.all([getKbIndex(deps.db), repo.listUnits(deps.db, id)]);
  return { ...presentDocument(doc), source: doc.source, units: units.map((u) => presentUnit(index, doc, u)) };
}

/** One article with its clauses and points, its document and the previous and next articles. */
export async function getLawArticle(deps: Deps, id: string) {
  const unit = await repo.findUnit(deps.db, id);
  if (!unit || unit.kind !== 'article') throw notFound('Không tìm thấy điều luật.');
  const doc = (await repo.findDocument(deps.db, unit.documentId))!;
  const [index, units] = await Promise.all([getKbIndex(deps.db), repo.listUnits(deps.db, unit.documentId)]);
  const at = units.findIndex((u) => u.id === id);
  // The article's descendants follow it in document order until the next unit at its depth or above.
  const mine = [unit];
  const inside = new Set([unit.id]);
  for (const u of units.slice(at + 1)) {
    if (!u.parentId || !inside.has(u.parentId)) break;
    inside.add(u.id);
    mine.push(u);
  }
  const articles = units.filter((u) => u.kind === 'article');
  const k = articles.findIndex((u) => u.id === id);
  return {
    document: presentDocument(doc),
    units: mine.map((u) => presentUnit(index, doc, u)),
    previousArticleId: articles[k - 1]?.id ?? null,
    nextArticleId: articles[k + 1]?.id ?? null,
  };
}

/**
 * Adds the documents of an uploaded file to the library (administrators, `kb.manage`): parsed, refused when a number
 * is already in the library, stored with origin 'uploaded' and audited in one transaction; the index is rebuilt.
 */
export async function importLawFile(deps: Deps, ctx: AuditContext, fileName: string, bytes: Buffer, opts: ImportOptions) {
  const docs = await parseUploadedLaw(fileName, bytes, opts);
  const now = deps.clock.now();
  const created = await deps.db.transaction(async (tx) => {
    const taken = await repo.takenNumbers(tx, docs.map((d) => d.number));
    if (taken.length > 0) throw conflict(`Văn bản số ${taken.join(', ')} đã có trong thư viện.`, 'kb_document_exists');
    const { documents } = await repo.insertDocuments(tx, docs, 'uploaded');
    await repo.bumpGeneration(tx);
    for (const d of documents) await recordAudit(tx, ctx, { action: 'kb.document_import', entityType: 'kb_document', entityId: d.id, after: { ...presentDocument(d), source: d.source, sourceFormat: d.sourceFormat } }, now);
    return documents;
  });
  invalidateKbIndex(deps.db);
  return { items: created.map(presentDocument) };
}

/** Removes an uploaded document (shipped ones are managed through data/laws); audited. */
export async function deleteLawDocument(deps: Deps, ctx: AuditContext, id: string) {
  await deps.db.transaction(async (tx) => {
    const doc = await repo.findDocument(tx, id);
    if (!doc) throw notFound('Không tìm thấy văn bản.');
    if (doc.origin === 'shipped') throw conflict('Văn bản đi kèm phần mềm không xóa được từ giao diện; cập nhật thư mục data/laws.', 'kb_document_shipped');
    await repo.deleteDocument(tx, id);
    await repo.bumpGeneration(tx);
    await recordAudit(tx, ctx, { action: 'kb.document_delete', entityType: 'kb_document', entityId: id, before: presentDocument(doc) }, deps.clock.now());
  });
  invalidateKbIndex(deps.db);
}

type FeedbackRow = Awaited<ReturnType<typeof repo.listFeedback>>[number];
const presentFeedback = (f: FeedbackRow) => ({ id: f.id, question: f.question, verdict: f.verdict as KbVerdict, mode: f.mode, lawNumber: f.lawNumber, article: f.article, comment: f.comment, createdAt: f.createdAt.toISOString() });

/** Records an officer's judgement of an answer (issue 6 §6), with the article's citation; audited. */
export async function recordFeedback(deps: Deps, ctx: AuditContext, userId: string, input: z.infer<typeof KbFeedbackRequest>) {
  let lawNumber: string | null = null;
  let article: string | null = null;
  if (input.articleId) {
    const unit = await repo.findUnit(deps.db, input.articleId);
    if (!unit || unit.kind !== 'article') throw notFound('Không tìm thấy điều luật được đánh giá.');
    lawNumber = (await repo.findDocument(deps.db, unit.documentId))?.number ?? null;
    article = unit.number;
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertFeedback(tx, { userId, question: input.question, verdict: input.verdict, mode: input.mode, articleId: input.articleId ?? null, lawNumber, article, comment: input.comment || null, createdAt: now });
    const item = presentFeedback(row);
    await recordAudit(tx, ctx, { action: 'kb.feedback', entityType: 'kb_feedback', entityId: row.id, after: item }, now);
    return item;
  });
}

/** The latest feedback for evaluation (administrators). */
export async function listLawFeedback(deps: Deps, limit = 200) {
  return { items: (await repo.listFeedback(deps.db, limit)).map(presentFeedback) };
}

/** What an upload would add (structure counts and the first articles), without storing anything. */
export async function previewLawFile(deps: Deps, fileName: string, bytes: Buffer, opts: ImportOptions) {
  const docs = await parseUploadedLaw(fileName, bytes, opts);
  const taken = new Set(await repo.takenNumbers(deps.db, docs.map((d) => d.number)));
  return {
    items: docs.map((d) => {
      const all = [...walkUnits(d.units)];
      const count = (kind: string) => all.filter((u) => u.kind === kind).length;
      const first = articlesOf(d.units).slice(0, 5);
      const articleText = (a: (typeof first)[number]) => [a.text, ...a.children.map((c) => `${c.kind === 'clause' ? `${c.number}. ` : `${c.number}) `}${c.text}`)].filter(Boolean).join('\n');
      return {
        number: d.number,
        title: d.title,
        docType: d.docType,
        issuer: d.issuer,
        issuedOn: d.issuedOn,
        effectiveOn: d.effectiveOn,
        sourceFormat: d.sourceFormat,
        parts: count('part'),
        chapters: count('chapter'),
        articles: count('article'),
        clauses: count('clause'),
        points: count('point'),
        firstArticles: first.map((a) => ({ number: a.number, heading: a.heading, text: articleText(a).slice(0, 400) })),
        exists: taken.has(d.number),
      };
    }),
  };
}

/** An administrator records that a document was amended or superseded (or is in force again); audited. */
export async function changeLawStatus(deps: Deps, ctx: AuditContext, id: string, input: { status: DocStatus; statusNote: string | null; supersededBy: string | null; amendedBy: string[] }) {
  if (input.status === 'superseded' && !input.supersededBy) throw badRequest('Vui lòng ghi số hiệu văn bản thay thế.', 'kb_superseded_by_required');
  if (input.status === 'amended' && input.amendedBy.length === 0) throw badRequest('Vui lòng ghi số hiệu văn bản sửa đổi, bổ sung.', 'kb_amended_by_required');
  const now = deps.clock.now();
  const updated = await deps.db.transaction(async (tx) => {
    const doc = await repo.findDocument(tx, id);
    if (!doc) throw notFound('Không tìm thấy văn bản.');
    const after = await repo.updateDocumentStatus(tx, id, {
      status: input.status,
      statusNote: input.statusNote,
      supersededBy: input.status === 'superseded' ? input.supersededBy : null,
      amendedBy: input.status === 'in_force' ? [] : input.amendedBy,
      statusChangedAt: now,
    });
    await repo.bumpGeneration(tx);
    await recordAudit(tx, ctx, { action: 'kb.document_status', entityType: 'kb_document', entityId: id, before: presentDocument(doc), after: presentDocument(after) }, now);
    return after;
  });
  invalidateKbIndex(deps.db);
  return presentDocument(updated);
}
