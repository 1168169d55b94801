import { sql } from 'drizzle-orm';
import type { SanctionFact } from '../../../../shared/domain/subjects/indicators';
import { selectionWhere, viDay, type FactSource, type SubjectSelection } from './source';

const PAYMENT_VI: Record<SanctionFact['payment'], string> = { none: 'Không phạt tiền', unpaid: 'Chưa nộp đủ tiền phạt', paid: 'Đã nộp đủ tiền phạt', instalments: 'Nộp phạt nhiều lần', postponed: 'Hoãn thi hành', expired: 'Hết thời hiệu thi hành' };
const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;

const COLUMNS = sql.raw('c.id, c.status, c.decision_no, c.decided_on, c.completed_on, c.forms, c.execution_limitation_end, c.fine_amount, c.paid_amount, c.next_due, c.payment_due');

/** The cases with a sanction decision of the selected subjects: tied by subject_id, or by tax code when the case carries none. */
function casesOf(sel: SubjectSelection) {
  return sql`
    select c.subject_id, ${COLUMNS} from sanction_cases c where c.subject_id is not null and ${selectionWhere(sql`c.subject_id`, sel)}
    union all
    select s.id as subject_id, ${COLUMNS} from subjects s join sanction_cases c on c.tax_code = s.tax_code and c.subject_id is null
    where ${selectionWhere(sql`s.id`, sel)} and s.tax_code is not null`;
}

/**
 * Sanction decisions against the subject (sanction_history, unpaid_fines of sanctions.md §9.1): sanction_cases with a
 * decision (number and date), except a decision whose case went to criminal proceedings (Luật XLVPHC, Điều 62).
 * - main form: "warning" only when the decision's forms are only a warning (Art 7: 6 months instead of 1 year);
 * - completedOn: the day the decision was executed; executionExpiredOn: the end of the execution limitation when the
 *   case ended time-barred (Art 74);
 * - payment: none (no fine), expired (Art 74), instalments (Art 79), postponed (Art 76), paid (paid ≥ fine), else unpaid;
 *   the due day is the next instalment / end of postponement / payment period kept by the sanctions module.
 */
export const sanctionsSource: FactSource<'sanctions'> = {
  key: 'sanctions',
  titleVi: 'Quyết định xử phạt vi phạm hành chính',
  titleEn: 'Administrative sanction decisions',
  rowsSql: (sel) => sql`
    select x.subject_id, x.id, x.decided_on, x.main_form, x.completed_on, x.execution_expired_on, x.fine, x.paid, x.payment, x.due_on,
           jsonb_build_object('id', x.id, 'decisionNo', x.decision_no, 'decidedOn', x.decided_on::text, 'mainForm', x.main_form, 'completedOn', x.completed_on::text,
                              'executionExpiredOn', x.execution_expired_on::text, 'fineAmount', x.fine, 'paidAmount', x.paid, 'paymentDueOn', x.due_on::text, 'payment', x.payment) as fact
    from (
      select c.subject_id, c.id, c.decision_no, c.decided_on, c.completed_on,
             case when coalesce(c.forms, '[]'::jsonb) @> '["warning"]'::jsonb and coalesce(c.forms, '[]'::jsonb) <@ '["warning"]'::jsonb then 'warning' else 'other' end as main_form,
             case when c.completed_on is null and (c.status = 'execution_time_barred' or c.status in ('closed', 'deemed_never_sanctioned')) then c.execution_limitation_end end as execution_expired_on,
             coalesce(c.fine_amount, 0)::bigint as fine, c.paid_amount::bigint as paid,
             case when coalesce(c.fine_amount, 0) = 0 then 'none'
                  when c.completed_on is null and (c.status = 'execution_time_barred' or (c.status in ('closed', 'deemed_never_sanctioned') and c.paid_amount < c.fine_amount)) then 'expired'
                  when c.status = 'instalments' then 'instalments'
                  when c.status = 'postponed' then 'postponed'
                  when c.paid_amount >= c.fine_amount then 'paid'
                  else 'unpaid' end as payment,
             coalesce(c.next_due, c.payment_due) as due_on
      from (${casesOf(sel)}) c
      where c.decision_no is not null and c.decided_on is not null and c.status <> 'transferred_criminal'
    ) x`,
  orderSql: 'f.decided_on desc, f.id',
  present: (x: SanctionFact) => ({
    id: x.id,
    title: `Quyết định xử phạt ${x.decisionNo}`,
    date: x.decidedOn,
    status: x.fineAmount > 0 ? PAYMENT_VI[x.payment] : x.mainForm === 'warning' ? 'Cảnh cáo' : PAYMENT_VI.none,
    link: `/sanctions/${x.id}`,
    details:
      [x.fineAmount > 0 ? `Phạt tiền ${vnd(x.fineAmount)}, đã nộp ${vnd(x.paidAmount)}${x.paymentDueOn ? `, hạn nộp ${viDay(x.paymentDueOn)}` : ''}` : null, x.completedOn ? `Chấp hành xong ngày ${viDay(x.completedOn)}` : null, x.executionExpiredOn ? `Hết thời hiệu thi hành ngày ${viDay(x.executionExpiredOn)}` : null]
        .filter(Boolean)
        .join('; ') || null,
  }),
  triggerSql: `
    create or replace function risk_queue_sanction_cases() returns trigger language plpgsql as $$
    begin
      perform risk_queue_subjects(array(
        select new.subject_id where new.subject_id is not null
        union select old.subject_id where tg_op = 'UPDATE' and old.subject_id is not null
        union select id from subjects where tax_code in (new.tax_code, case when tg_op = 'UPDATE' then old.tax_code end)), 'sanction');
      return new;
    end $$;
    drop trigger if exists risk_queue_sanction_cases on sanction_cases;
    create trigger risk_queue_sanction_cases after insert or update of status, subject_id, tax_code, decision_no, decided_on, forms, fine_amount, paid_amount,
      completed_on, payment_due, next_due, execution_limitation_end on sanction_cases
      for each row execute function risk_queue_sanction_cases();`,
};
