import { sql } from 'drizzle-orm';
import { FULL_RESCORE_QUEUE } from '../../modules/subjects';
import type { Db } from '../db';
import type { Deps } from '../deps';

/**
 * Queues the first scoring of the demo subjects: the job worker computes the scores (and raises the warnings the
 * early-warning inbox shows) in the background right after the first start, so startup itself waits for one insert.
 */
export async function seedDemoScores(deps: Deps): Promise<{ queued: boolean }> {
  const id = await deps.jobs.enqueue(FULL_RESCORE_QUEUE, { demo: true }, { singletonKey: 'subjects.rescore:demo' });
  return { queued: id !== null };
}

/**
 * Past sanction decisions of the registry's organisations, as an inspectorate would import them from the national
 * XLVPHC database (Luật XLVPHC Art 17(2)(b)) — demo data, written set-based so a large registry stays fast. By a hash
 * of the tax code: about 7 % of organisations have one decision in the last two years, 3.5 % two, 1.5 % three; each
 * decision is a fine either unpaid past its due day, paid (executed 25 days after it was decided, so older ones are
 * "deemed never sanctioned", Art 7) or paid in instalments (Art 79). Each case is filed at the subject's managing
 * agency, numbered 90000+ in its year so it never meets the numbers officers' cases take. Returns how many.
 */
export async function seedSanctionHistory(db: Db, today: string): Promise<{ created: number }> {
  const result = await db.execute(sql`
    with pick as (
      select s.id, s.name, s.tax_code, s.managing_agency_id, abs(hashtext(s.tax_code || ':xlvphc')) % 1000 as h
      from subjects s where s.tax_code is not null and s.kind = 'enterprise'),
    decisions as (
      select p.*, k, (${today}::date - (30 + (p.h * 37 + k * 211) % 700))::date as decided_on, (p.h + k) % 3 as pay
      from pick p cross join generate_series(1, 3) k
      where p.h < case k when 1 then 70 when 2 then 35 else 15 end),
    numbered as (
      select d.*, 90000 + row_number() over (partition by d.managing_agency_id, extract(year from d.decided_on) order by d.tax_code, d.k) as seq,
             (5 + (d.h * 7 + d.k) % 8) * 5000000 as fine
      from decisions d)
    insert into sanction_cases (agency_id, case_year, case_seq, case_no, status, xlvphc_version, violator_kind, violator_name, tax_code, subject_id, field, act, legal_provision,
      bracket_min_individual, bracket_max_individual, violation_state, violation_on, detected_on, limitation_end, decision_no, decided_on, decision_case, forms, fine_amount,
      paid_amount, payment_due, next_due, completed_on, execution_limitation_end, facts, search_text)
    select n.managing_agency_id, extract(year from n.decided_on)::int, n.seq, n.seq || '/HS-XPHC', case n.pay when 0 then 'overdue' when 1 then 'complied' else 'instalments' end,
      'xlvphc_2020', 'organisation', n.name, n.tax_code, n.id, 'bảo vệ môi trường', 'Không thực hiện báo cáo công tác bảo vệ môi trường định kỳ theo quy định',
      'điểm b khoản 1 Điều 43 Nghị định 45/2022/NĐ-CP', 5000000, 10000000, 'ended', n.decided_on - 20, n.decided_on - 15, n.decided_on + 350,
      n.seq || '/QĐ-XPHC', n.decided_on, 'imported', '["fine"]'::jsonb, n.fine,
      case n.pay when 0 then 0 when 1 then n.fine else n.fine / 4 end, n.decided_on + 10,
      case n.pay when 0 then n.decided_on + 10 when 2 then greatest(n.decided_on + 10, ${today}::date + 20) end,
      case when n.pay = 1 then n.decided_on + 25 end, n.decided_on + 365, '{"imported": "Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính (dữ liệu mẫu)"}'::jsonb,
      lower(n.name || ' ' || n.tax_code)
    from numbered n
    on conflict do nothing`);
  return { created: Number((result as unknown as { rowCount?: number; affectedRows?: number }).rowCount ?? (result as unknown as { affectedRows?: number }).affectedRows ?? 0) };
}
