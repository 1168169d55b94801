import { sql } from 'drizzle-orm';
import type { RecommendationFact } from '../../../../shared/domain/subjects/indicators';
import { selectionWhere, viDay, type FactSource, type SubjectSelection } from './source';

/**
 * States of the recommendation machine (inspections RECOMMENDATION_MACHINE) as the indicator reads them: issued and
 * directed are open; escalated (the addressee did not implement, reported up — Luật Thanh tra 2022 Art 106(2)) is not
 * implemented; closed is implemented.
 */
export const RECOMMENDATION_STATUS_SQL = `case r.status when 'issued' then 'open' when 'directed' then 'open' when 'partially_implemented' then 'partly_implemented'
  when 'escalated' then 'not_implemented' when 'closed' then 'implemented' else r.status end`;
const STATUS_VI: Record<string, string> = { open: 'Chưa thực hiện, còn hạn', in_progress: 'Đang thực hiện', partly_implemented: 'Thực hiện một phần', not_implemented: 'Không thực hiện', implemented: 'Đã thực hiện', cancelled: 'Đã huỷ' };

/** Recommendations of the selected subjects' inspection cases: the case tied by subject_id, or by tax code when it carries none. */
function casesOf(sel: SubjectSelection) {
  return sql`
    select c.subject_id, c.id, c.case_no from inspection_cases c where c.subject_id is not null and ${selectionWhere(sql`c.subject_id`, sel)}
    union all
    select s.id as subject_id, c.id, c.case_no from subjects s join inspection_cases c on c.subject_tax_code = s.tax_code and c.subject_id is null
    where ${selectionWhere(sql`s.id`, sel)} and s.tax_code is not null`;
}

/**
 * Recommendations (kiến nghị) of the inspection conclusions about the subject and their follow-up (unresolved_conclusions
 * of sanctions.md §9.1). The indicator counts only those of published conclusions (Luật Thanh tra 2022 Art 79, 8(5)).
 */
export const recommendationsSource: FactSource<'recommendations'> = {
  key: 'recommendations',
  titleVi: 'Kiến nghị tại kết luận thanh tra',
  titleEn: 'Recommendations of inspection conclusions',
  rowsSql: (sel) => sql`
    select c.subject_id, r.id, r.due_date as due_on, ${sql.raw(RECOMMENDATION_STATUS_SQL)} as status, k.published_on,
           jsonb_build_object('id', r.id, 'conclusionNo', coalesce(k.conclusion_no, c.case_no), 'caseId', c.id, 'summary', left(r.content, 160), 'dueOn', r.due_date::text,
                              'status', ${sql.raw(RECOMMENDATION_STATUS_SQL)}, 'conclusionPublishedOn', k.published_on::text) as fact
    from (${casesOf(sel)}) c
    join inspection_recommendations r on r.case_id = c.id
    left join inspection_conclusions k on k.case_id = c.id`,
  orderSql: 'f.due_on, f.id',
  present: (r: RecommendationFact) => ({
    id: r.id,
    title: `Kiến nghị tại kết luận ${r.conclusionNo}`,
    date: r.dueOn,
    status: STATUS_VI[r.status] ?? r.status,
    link: `/inspections/${r.caseId}`,
    details: `${r.summary}${r.dueOn ? ` — hạn ${viDay(r.dueOn)}` : ''}${r.conclusionPublishedOn ? '' : ' (kết luận chưa công khai)'}`,
  }),
  triggerSql: `
    create or replace function risk_queue_inspection_recommendations() returns trigger language plpgsql as $$
    begin
      perform risk_queue_subjects(array(select s.id from inspection_cases c join subjects s on s.tax_code = c.subject_tax_code where c.id = new.case_id
                                        union select c.subject_id from inspection_cases c where c.id = new.case_id and c.subject_id is not null), 'recommendation');
      return new;
    end $$;
    drop trigger if exists risk_queue_inspection_recommendations on inspection_recommendations;
    create trigger risk_queue_inspection_recommendations after insert or update of status, due_date on inspection_recommendations
      for each row execute function risk_queue_inspection_recommendations();`,
};
