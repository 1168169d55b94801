import { z } from 'zod';

/** GET /kb/search: the question or keywords, and how many articles to return. */
export const KbSearchQuery = z.object({
  q: z.string().trim().min(2, 'Vui lòng nhập ít nhất 2 ký tự để tìm kiếm.').max(500, 'Nội dung tìm kiếm tối đa 500 ký tự.'),
  limit: z.coerce.number().int().min(1, 'Số kết quả tối thiểu là 1.').max(50, 'Số kết quả tối đa là 50.').default(10),
});

export const DOC_STATUSES = ['in_force', 'amended', 'superseded'] as const;
export const Highlight = z.tuple([z.number().int(), z.number().int()]);

/** One ranked article with the clause/point that matches best and a snippet of it. */
export const KbSearchResult = z.object({
  documentId: z.string(),
  lawNumber: z.string(),
  lawTitle: z.string(),
  status: z.enum(DOC_STATUSES),
  articleId: z.string(),
  article: z.string(),
  clause: z.string().nullable(),
  point: z.string().nullable(),
  /** The article's heading. */
  title: z.string(),
  snippet: z.string(),
  /** Offsets [start, end) of the matched words in `snippet`. */
  highlights: z.array(Highlight),
  score: z.number(),
});
export type KbSearchResult = z.infer<typeof KbSearchResult>;
export const KbSearchResponse = z.object({ items: z.array(KbSearchResult) });

/** A cross-reference in a unit's text, resolved to the article it points to when that article is in the library. */
export const KbRef = z.object({
  start: z.number().int(),
  end: z.number().int(),
  article: z.string(),
  clause: z.string().nullable(),
  point: z.string().nullable(),
  targetDocumentId: z.string().nullable(),
  targetArticleId: z.string().nullable(),
});

export const KbUnit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(['part', 'chapter', 'section', 'article', 'clause', 'point']),
  number: z.string(),
  heading: z.string().nullable(),
  text: z.string(),
  refs: z.array(KbRef),
});
export type KbUnit = z.infer<typeof KbUnit>;

export const KbDocumentSummary = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  docType: z.string(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  status: z.enum(DOC_STATUSES),
  statusNote: z.string().nullable(),
  amendedBy: z.array(z.string()),
  supersededBy: z.string().nullable(),
  articleCount: z.number().int(),
  /** shipped = from data/laws (managed there); uploaded = imported by an administrator. */
  origin: z.string(),
});
export type KbDocumentSummary = z.infer<typeof KbDocumentSummary>;
export const KbDocumentsResponse = z.object({ items: z.array(KbDocumentSummary) });

/** A document with all its units in document order (the viewer nests them by parentId). */
export const KbDocumentResponse = KbDocumentSummary.extend({ source: z.string(), units: z.array(KbUnit) });

/** One article with its clauses and points, its document and its neighbours. */
export const KbArticleResponse = z.object({
  document: KbDocumentSummary,
  units: z.array(KbUnit),
  previousArticleId: z.string().nullable(),
  nextArticleId: z.string().nullable(),
});

/** auto = generative when the agency configured an endpoint, extractive otherwise. */
export const KB_ASK_MODES = ['auto', 'extractive', 'generative'] as const;
export const KbAskRequest = z.object({
  question: z.string().trim().min(2, 'Vui lòng nhập câu hỏi.').max(1000, 'Câu hỏi tối đa 1.000 ký tự.'),
  mode: z.enum(KB_ASK_MODES, { message: 'Chế độ trả lời không hợp lệ.' }).default('auto'),
});

export const KbCitation = z.object({
  documentId: z.string(),
  articleId: z.string(),
  lawNumber: z.string(),
  lawTitle: z.string(),
  article: z.string(),
  clause: z.string().nullable(),
  point: z.string().nullable(),
  /** "khoản 2 Điều 15 Luật Tố cáo số 25/2018/QH14". */
  label: z.string(),
});
export type KbCitation = z.infer<typeof KbCitation>;

/**
 * The answer: in extractive mode sentences of the best articles; in generative mode the model's sentences, each kept
 * only if it cites a retrieved passage. Every sentence has its citation (and any further ones); `notice` says what was
 * removed or why the extractive mode answered instead.
 */
export const KbAskResponse = z.object({
  mode: z.enum(['extractive', 'generative']),
  answer: z.array(z.object({ text: z.string(), citation: KbCitation, alsoCitations: z.array(KbCitation) })),
  articles: z.array(KbSearchResult),
  /** Templates and approved lessons learned that match the question, each with its own citation label. */
  related: z.array(
    z.object({ kind: z.enum(['template', 'lesson']), id: z.string(), title: z.string(), label: z.string(), snippet: z.string(), highlights: z.array(Highlight), score: z.number() }),
  ),
  notice: z.string().nullable(),
});
export type KbAskResponse = z.infer<typeof KbAskResponse>;

/** Multipart fields of an import: the document's status (default in force), a note, what replaced it. */
export const KbImportFields = z.object({
  status: z.enum(DOC_STATUSES, { message: 'Tình trạng hiệu lực không hợp lệ.' }).default('in_force'),
  statusNote: z.string().trim().max(500, 'Ghi chú tối đa 500 ký tự.').optional().transform((s) => s || null),
  supersededBy: z.string().trim().max(60, 'Số hiệu văn bản thay thế tối đa 60 ký tự.').optional().transform((s) => s || null),
});

export const KB_VERDICTS = ['helpful', 'wrong_article', 'wrong_answer'] as const;
/** An officer's judgement of an answer (or of one article of it), for evaluating the assistant. */
export const KbFeedbackRequest = z.object({
  question: z.string().trim().min(2, 'Thiếu câu hỏi được đánh giá.').max(1000, 'Câu hỏi tối đa 1.000 ký tự.'),
  verdict: z.enum(KB_VERDICTS, { message: 'Đánh giá không hợp lệ.' }),
  mode: z.enum(['extractive', 'generative'], { message: 'Chế độ trả lời không hợp lệ.' }),
  articleId: z.uuid({ message: 'Mã điều luật không hợp lệ.' }).optional(),
  comment: z.string().trim().max(1000, 'Ghi chú tối đa 1.000 ký tự.').optional(),
});
export const KbFeedbackItem = z.object({
  id: z.string(),
  question: z.string(),
  verdict: z.enum(KB_VERDICTS),
  mode: z.string(),
  lawNumber: z.string().nullable(),
  article: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export const KbFeedbackList = z.object({ items: z.array(KbFeedbackItem) });
