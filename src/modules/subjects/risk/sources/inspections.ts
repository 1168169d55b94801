import { sql } from 'drizzle-orm';
import type { InspectionFact } from '../../../../shared/domain/subjects/indicators';
import { selectionWhere, viDay, type FactSource } from './source';

/**
 * Inspections of the subject: inspection_cases whose inspected party's tax code is the subject's (the tax code is the
 * only reliable key — a case named without a tax code is not tied), with their conclusion (inspection_conclusions).
 */
export const inspectionsSource: FactSource<'inspections'> = {
  key: 'inspections',
  titleVi: 'Các cuộc thanh tra và kết luận',
  titleEn: 'Inspections and conclusions',
  rowsSql: (sel) => sql`
    select s.id as subject_id, c.id, c.decision_date, c.status,
           jsonb_build_object('id', c.id, 'caseNo', c.case_no, 'decisionDate', c.decision_date::text, 'status', c.status, 'conclusionNo', k.conclusion_no,
                              'conclusionSignedOn', k.signed_on::text, 'conclusionPublishedOn', k.published_on::text) as fact
    from subjects s
    join inspection_cases c on c.subject_tax_code = s.tax_code
    left join inspection_conclusions k on k.case_id = c.id
    where ${selectionWhere(sql`s.id`, sel)} and s.tax_code is not null`,
  orderSql: 'f.decision_date desc, f.id',
  present: (i: InspectionFact) => ({
    id: i.id,
    title: `Cuộc thanh tra ${i.caseNo}`,
    date: i.decisionDate,
    status: i.status,
    link: `/inspections/${i.id}`,
    details: i.conclusionNo ? `Kết luận ${i.conclusionNo}${i.conclusionSignedOn ? ` ký ngày ${viDay(i.conclusionSignedOn)}` : ''}${i.conclusionPublishedOn ? `, công khai ngày ${viDay(i.conclusionPublishedOn)}` : ''}` : null,
  }),
  triggerSql: `
    create or replace function risk_queue_inspection_cases() returns trigger language plpgsql as $$
    begin
      perform risk_queue_subjects(array(select id from subjects where tax_code in (new.subject_tax_code, case when tg_op = 'UPDATE' then old.subject_tax_code end)
                                        union select new.subject_id where new.subject_id is not null), 'inspection');
      return new;
    end $$;
    drop trigger if exists risk_queue_inspection_cases on inspection_cases;
    create trigger risk_queue_inspection_cases after insert or update of status, subject_tax_code, subject_id, decision_date on inspection_cases
      for each row execute function risk_queue_inspection_cases();
    create or replace function risk_queue_inspection_conclusions() returns trigger language plpgsql as $$
    begin
      perform risk_queue_subjects(array(select s.id from inspection_cases c join subjects s on s.tax_code = c.subject_tax_code where c.id = new.case_id
                                        union select c.subject_id from inspection_cases c where c.id = new.case_id and c.subject_id is not null), 'conclusion');
      return new;
    end $$;
    drop trigger if exists risk_queue_inspection_conclusions on inspection_conclusions;
    create trigger risk_queue_inspection_conclusions after insert or update of status, conclusion_no, signed_on, published_on on inspection_conclusions
      for each row execute function risk_queue_inspection_conclusions();`,
};
