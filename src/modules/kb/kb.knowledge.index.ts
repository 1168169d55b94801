// Templates (the platform's own and the agencies') and approved lessons learned as entries of the assistant's second
// index, each with the citation label an answer shows.
import type { Db } from '../../server/db';
import { DOCUMENT_TEMPLATES } from '../../shared/domain/documents/registry';
import type { PassagePart } from '../../shared/domain/kb/engine';
import { listApprovedLessons, listTemplates, type LessonRow } from './kb.knowledge.repository';

export type KnowledgeEntry = { id: string; kind: 'template' | 'lesson'; title: string; docTitle: string; label: string; parts: PassagePart[] };

const part = (text: string): PassagePart => ({ clause: null, point: null, text });

/** "Bài học kinh nghiệm số 3/2026 — Thanh tra tỉnh Hà Nam". */
export const lessonLabel = (l: Pick<LessonRow, 'number' | 'year'>, agencyName: string) => `Bài học kinh nghiệm số ${l.number}/${l.year} — ${agencyName}`;
/** "Biểu mẫu KN-03 — Thanh tra tỉnh Hà Nam"; the platform's own: "Biểu mẫu của hệ thống: <title>". */
export const templateLabel = (code: string, agencyName: string | null) => (agencyName ? `Biểu mẫu ${code} — ${agencyName}` : `Biểu mẫu của hệ thống: ${code}`);

/** The platform's generated templates (documents module) as shipped templates. */
export function shippedTemplates() {
  return Object.values(DOCUMENT_TEMPLATES).map((t) => ({ id: t.id, code: t.id, title: t.title, whenToUse: t.description, legalBasis: t.form }));
}

export async function knowledgeEntries(db: Db): Promise<KnowledgeEntry[]> {
  const [templates, lessons] = await Promise.all([listTemplates(db), listApprovedLessons(db)]);
  return [
    ...shippedTemplates().map((t) => ({ id: `shipped:${t.id}`, kind: 'template' as const, title: t.title, docTitle: 'Biểu mẫu', label: templateLabel(t.title, null), parts: [part(t.whenToUse), part(`Căn cứ: ${t.legalBasis}`)] })),
    ...templates.map(({ template: t, agencyName }) => ({ id: t.id, kind: 'template' as const, title: t.title, docTitle: `Biểu mẫu ${t.code}`, label: templateLabel(t.code, agencyName), parts: [part(t.whenToUse), part(`Căn cứ: ${t.legalBasis}`)] })),
    ...lessons.map(({ lesson: l, agencyName }) => ({
      id: l.id,
      kind: 'lesson' as const,
      title: l.title,
      docTitle: 'Bài học kinh nghiệm',
      label: lessonLabel(l, agencyName),
      parts: [part(l.problem), part(l.context), part(l.whatWorked), part(`Căn cứ: ${l.legalBasis}`)],
    })),
  ];
}
