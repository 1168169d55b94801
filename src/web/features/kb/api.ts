import type { z } from 'zod';
import type { KbArticleResponse, KbAskResponse, KbDocumentResponse, KbSearchResponse } from '../../../shared/contracts/kb';
import { api } from '../../lib/api';

export type KbAnswer = z.infer<typeof KbAskResponse>;
export type KbArticle = z.infer<typeof KbArticleResponse>;
export type KbDocument = z.infer<typeof KbDocumentResponse>;
export type KbSearch = z.infer<typeof KbSearchResponse>;

/** The knowledge base's API (law library, search, extractive answers). */
export const kbApi = {
  ask: (question: string) => api.post<KbAnswer>('/kb/ask', { question }),
  feedback: (input: { question: string; verdict: 'helpful' | 'wrong_article' | 'wrong_answer'; mode: 'extractive' | 'generative'; articleId?: string }) => api.post<{ id: string }>('/kb/feedback', input),
  search: (q: string, limit = 10, signal?: AbortSignal) => api.get<KbSearch>('/kb/search', { query: { q, limit }, signal }),
  article: (id: string, signal?: AbortSignal) => api.get<KbArticle>(`/kb/articles/${encodeURIComponent(id)}`, { signal }),
  document: (id: string, signal?: AbortSignal) => api.get<KbDocument>(`/kb/documents/${encodeURIComponent(id)}`, { signal }),
};
