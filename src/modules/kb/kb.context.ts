// "Ask the assistant" from a case (issue 6 §4): the case's kind and stage, the articles that set its running clocks
// (each stored deadline keeps its basis, looked up in the library) and questions to start with. The case is read
// through its own module's service, so the same access rules apply.
import type { Deps } from '../../server/deps';
import type { Actor } from '../../shared/domain/access/policy';
import { INSPECTION_CLOCKS, type InspectionClockId } from '../../shared/domain/inspections/clocks';
import { basisArticles } from '../../shared/domain/kb/basis';
import { citationLabel } from '../../shared/domain/kb/passages';
import { stateLabelVi } from '../../shared/domain/petitions/lifecycle';
import { getCase } from '../inspections/inspections.service';
import { getLetter } from '../petitions/petitions.service';
import { getKbIndex, type KbIndex } from './kb.index';

const CLOSED = new Set(['met', 'late', 'stopped', 'cancelled', 'closed']);
const KIND_WORD: Record<string, string> = { complaint: 'khiếu nại', denunciation: 'tố cáo', petition: 'kiến nghị, phản ánh', recommendation: 'kiến nghị, phản ánh' };

type Clock = { label: string; dueDate: string; basis: string };

/** The articles of a basis that are in the library, with their citation and opening words. */
function articlesOf(index: KbIndex, basis: string) {
  const out = [];
  for (const ref of basisArticles(basis)) {
    const doc = [...index.documents.values()].find((d) => d.number === ref.lawNumber);
    const articleId = doc ? index.articleIds.get(doc.id)?.get(ref.article) : undefined;
    if (!doc || !articleId) continue;
    const meta = index.meta.find((m) => m.unitId === articleId)!;
    const parts = index.parts.get(articleId) ?? [];
    const part = (ref.clause && parts.find((p) => p.clause === ref.clause && !p.point)) || parts[0];
    out.push({ articleId, documentId: doc.id, label: `${citationLabel(ref.article, ref.clause, null)} ${doc.title} số ${doc.number}`, heading: meta.heading, snippet: (part?.text ?? '').slice(0, 300) });
  }
  return out;
}

export async function caseContext(deps: Deps, actor: Actor, kind: 'petition' | 'inspection', id: string) {
  let title: string;
  let stage: string;
  let clocks: Clock[];
  let suggestions: string[];
  if (kind === 'petition') {
    const letter = await getLetter(deps, actor, id);
    const open = letter.cases.find((c) => !['closed', 'terminated'].includes(c.state)) ?? letter.cases[0];
    const word = KIND_WORD[letter.kind ?? letter.claimedKind] ?? 'đơn thư';
    title = `${letter.registerNo} — ${letter.title}`;
    stage = open ? `${open.machineLabel}: ${open.stateLabel}` : stateLabelVi('letter', letter.state);
    clocks = letter.deadlines.filter((d) => !CLOSED.has(d.status)).map((d) => ({ label: d.label, dueDate: d.dueDate, basis: d.basis }));
    suggestions = [...clocks.map((c) => c.label), `Thời hạn giải quyết ${word}`, `Trình tự giải quyết ${word}`, `Trường hợp không thụ lý ${word}`];
  } else {
    const c = await getCase(deps, actor, id);
    title = `${c.caseNo} — ${c.title}`;
    stage = c.statusLabel;
    clocks = c.deadlines.filter((d) => d.status === 'running').map((d) => ({ label: INSPECTION_CLOCKS[d.clockId as InspectionClockId]?.labelVi ?? d.clockId, dueDate: d.dueDate, basis: d.basis }));
    // The announcement's limit is computed from the decision, not stored, until the decision is announced.
    if (c.announcementDue && !c.announcedOn) clocks.unshift({ label: INSPECTION_CLOCKS.DECISION_ANNOUNCE.labelVi, dueDate: c.announcementDue.date, basis: c.announcementDue.basis });
    suggestions = [...clocks.map((c) => c.label), 'Thời hạn thanh tra', 'Gia hạn thời hạn thanh tra', 'Quyền và nghĩa vụ của đối tượng thanh tra', 'Kết luận thanh tra'];
  }
  const index = await getKbIndex(deps.db);
  return {
    kind,
    title,
    stage,
    clocks: clocks.map((c) => ({ ...c, articles: articlesOf(index, c.basis) })),
    suggestions: [...new Set(suggestions)].slice(0, 6),
  };
}
