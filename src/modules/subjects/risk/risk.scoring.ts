// Set-based scoring (issue 7 §3, BENCHMARKS "Early warning"): one statement per selection of subjects computes, in
// the database, exactly what the pure computeScore (src/shared/domain/subjects/indicators/compute.ts) computes — each
// indicator's raw value, normalised value and contribution, the score, the level, the stored explanation (numbers and
// the fact rows it was computed from) and its digest — and writes only the subjects whose result changed (history row
// + current row). computeScore stays the reference: the explanation shown to users is recomputed from the stored
// inputs with it and compared (`reproduced.matches`), and risk.scoring.db.test.ts checks both give the same numbers.
//
// Floating point follows the TypeScript arithmetic step by step (IEEE doubles in the same order; Math.round(x) as
// floor(x + 0.5) for the non-negative values here), so the stored numbers are the same bits.
import { sql, type SQL } from 'drizzle-orm';
import type { WorkingCalendar } from '../../../shared/domain/calendar';
import { deemedNeverSanctionedOn } from '../../../shared/domain/sanctions/rules';
import { SUBJECT_STATUS_LABELS } from '../../../shared/domain/subjects/subject';
import { monthsBefore, RISK_LEVELS, SOURCE_OF, vsicSection, type IndicatorDef, type IndicatorSetDef, type SourceKey } from '../../../shared/domain/subjects/indicators';
import { FACT_SOURCES, selectionWhere, type SubjectSelection } from './sources';

export type ScoringInput = { version: number; definition: IndicatorSetDef; asOf: string; calendar: WorkingCalendar };

/** A number written into the statement (finite numbers only: the set was checked when published). */
const num = (x: number): SQL => {
  if (!Number.isFinite(x)) throw new Error(`Giá trị không hợp lệ trong bộ chỉ số: ${x}`);
  return sql.raw(`(${String(x)})::float8`);
};
const day = (d: string): SQL => sql`${d}::date`;
const roundTo = (x: SQL, digits: number): SQL => sql`(floor((${x}) * ${sql.raw(String(10 ** digits))}::float8 + 0.5) / ${sql.raw(String(10 ** digits))}::float8)`;

const clearedCache = new WeakMap<WorkingCalendar, Map<string, string>>();
/**
 * The last day a decision may have been executed (or its execution limitation expired) and be "deemed never
 * sanctioned" by `asOf` (Luật XLVPHC 2012, Art 7: its period, rolled over non-working days, ended before `asOf`).
 * The period's end grows with its start, so every earlier day is cleared too.
 */
export function clearedCutoff(asOf: string, form: 'warning' | 'other', calendar: WorkingCalendar): string {
  let cache = clearedCache.get(calendar);
  if (!cache) clearedCache.set(calendar, (cache = new Map()));
  const key = `${asOf}|${form}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  let d = Date.parse(`${asOf}T00:00:00Z`);
  while (deemedNeverSanctionedOn(iso(d), form, calendar).dueDate >= asOf) d -= 86_400_000;
  cache.set(key, iso(d));
  return iso(d);
}

/** The aggregate over a source's fact rows (alias f) that the indicator needs, or null when it reads the subject only. */
function aggregateOf(def: IndicatorDef, input: ScoringInput): SQL | null {
  const asOf = day(input.asOf);
  switch (def.kind) {
    case 'petitions_weighted': {
      const from = day(monthsBefore(input.asOf, def.params.windowMonths));
      // Luật Tố cáo 2018 Art 11(2)(c), 35(2)(c); Luật Khiếu nại 2011 — as compute.ts.
      return sql`coalesce(sum(case when f.received_on > ${from} and f.received_on <= ${asOf} and f.kind is not null
        and not (f.kind = 'denunciation' and coalesce(f.finding, '') not in ('substantiated', 'partly_substantiated'))
        and not (f.kind = 'complaint' and coalesce(f.finding, '') <> 'unlawful_decision')
        then coalesce((${JSON.stringify(def.params.weights)}::jsonb ->> f.kind)::float8, 0) else 0 end), 0)`;
    }
    case 'years_since_inspection':
      return sql`max(f.decision_date) filter (where f.status not in ('proposed', 'info_gathering') and f.decision_date <= ${asOf})`;
    case 'sanctions_in_window': {
      const from = day(monthsBefore(input.asOf, Math.round(def.params.windowYears * 12)));
      // XLVPHC Art 7: a decision deemed never sanctioned does not count.
      const w = day(clearedCutoff(input.asOf, 'warning', input.calendar));
      const o = day(clearedCutoff(input.asOf, 'other', input.calendar));
      return sql`count(*) filter (where f.decided_on > ${from} and f.decided_on <= ${asOf}
        and not coalesce(coalesce(f.completed_on, f.execution_expired_on) <= case when f.main_form = 'warning' then ${w} else ${o} end, false))::float8`;
    }
    case 'unpaid_fines':
      // Art 74 (expired), Art 76, 79 (postponed, instalments) are not unpaid.
      return sql`coalesce(sum(f.fine - f.paid) filter (where f.fine > 0 and f.payment = 'unpaid' and f.fine - f.paid > 0 and f.due_on is not null and f.due_on < ${asOf}), 0)::float8`;
    case 'overdue_recommendations':
      // Only published conclusions (Luật Thanh tra 2022 Art 79; Art 8(5)).
      return sql`count(*) filter (where f.published_on is not null and f.published_on <= ${asOf} and f.status not in ('implemented', 'cancelled')
        and f.due_on is not null and f.due_on + ${sql.raw(String(Math.trunc(def.params.graceDays)))} < ${asOf})::float8`;
    default:
      return null;
  }
}

/** The raw value of indicator `i` over the joined row (subject `s`, aggregates `a<i>` of its source's CTE). */
function rawOf(def: IndicatorDef, i: number, input: ScoringInput, src: string | null): SQL {
  const a = sql.raw(`${src}.a${i}`);
  switch (def.kind) {
    case 'petitions_weighted':
    case 'sanctions_in_window':
    case 'unpaid_fines':
    case 'overdue_recommendations':
      return sql`coalesce(${a}, 0::float8)`;
    case 'years_since_inspection': {
      const asOf = day(input.asOf);
      const yearStart = day(`${input.asOf.slice(0, 4)}-01-01`);
      // NQ 198/2025/QH15 Art 4: inspected this year → 0.
      return sql`case when ${a} is not null then case when ${a} >= ${yearStart} then 0::float8 else ${roundTo(sql`(${asOf} - ${a})::float8 / 365.25::float8`, 1)} end
        when s.established_on is not null and s.established_on <= ${asOf} then ${roundTo(sql`(${asOf} - s.established_on)::float8 / 365.25::float8`, 1)}
        else ${num(def.cap)} end`;
    }
    case 'sector_base_risk': {
      const byDivision: Record<string, number> = {};
      for (let d = 0; d < 100; d++) {
        const code = String(d).padStart(2, '0');
        const section = vsicSection(code);
        if (section) byDivision[code] = def.params.sections[section] ?? def.params.otherwise;
      }
      return sql`coalesce((${JSON.stringify(byDivision)}::jsonb ->> left(s.vsic_code, 2))::float8, ${num(def.params.otherwise)})`;
    }
    case 'registry_status':
      return sql`coalesce((${JSON.stringify(def.params.values)}::jsonb ->> s.status)::float8, 0::float8)`;
  }
}

/**
 * The statement scoring the selected subjects and writing the changed ones with `cause` at `at`. Returns one row:
 * `written` and `crossings` (subjects whose level rose to the warning level or above, for raiseWarnings).
 */
export function scoringStatement(input: ScoringInput, sel: SubjectSelection, cause: string, at: Date): SQL {
  const set = input.definition;
  const wired = new Set<SourceKey>(FACT_SOURCES.map((s) => s.key));
  const available = set.indicators.map((d) => SOURCE_OF[d.kind] === 'subject' || wired.has(SOURCE_OF[d.kind] as SourceKey));
  const totalWeight = set.indicators.reduce((s, d, i) => s + (available[i] ? d.weight : 0), 0);

  // One CTE per wired source: the subject's facts (in the source's order) and the aggregates of its indicators.
  const ctes: SQL[] = [];
  const joins: SQL[] = [];
  const sourceParts: SQL[] = [];
  const factCols: SQL[] = [];
  const factText: SQL[] = [];
  for (const source of FACT_SOURCES) {
    const alias = `src_${source.key}`;
    const aggs: SQL[] = [];
    set.indicators.forEach((def, i) => {
      if (SOURCE_OF[def.kind] !== source.key) return;
      aggs.push(sql`, ${aggregateOf(def, input)} as ${sql.raw(`a${i}`)}`);
    });
    ctes.push(sql`${sql.raw(alias)} as (select f.subject_id, jsonb_agg(f.fact order by ${sql.raw(source.orderSql)}) as facts ${sql.join(aggs, sql``)}
      from (${source.rowsSql(sel)}) f group by f.subject_id)`);
    joins.push(sql`left join ${sql.raw(alias)} on ${sql.raw(alias)}.subject_id = s.id`);
    sourceParts.push(sql`${source.key}::text, coalesce(${sql.raw(`f_${source.key}`)}, '[]'::jsonb)`);
    factCols.push(sql`, ${sql.raw(alias)}.facts as ${sql.raw(`f_${source.key}`)}`);
    factText.push(sql`coalesce(${sql.raw(alias)}.facts::text, '')`);
  }

  const raws: SQL[] = [];
  const items: SQL[] = [];
  const contributions: SQL[] = [];
  set.indicators.forEach((def, i) => {
    const src = SOURCE_OF[def.kind] === 'subject' ? null : `src_${SOURCE_OF[def.kind]}`;
    const r = sql.raw(`r${i}`);
    const n = sql.raw(`n${i}`);
    const c = sql.raw(`c${i}`);
    if (!available[i]) {
      items.push(sql`jsonb_build_object('key', ${def.key}::text, 'available', false, 'raw', 0, 'normalised', 0, 'weight', ${num(def.weight)}, 'contribution', 0)`);
      return;
    }
    raws.push(sql`, ${rawOf(def, i, input, src)} as ${r}`);
    contributions.push(c);
    items.push(sql`jsonb_build_object('key', ${def.key}::text, 'available', true, 'raw', ${r}, 'normalised', ${n}, 'weight', ${num(def.weight)}, 'contribution', ${c})`);
  });
  const norms = set.indicators.flatMap((def, i) => (available[i] ? [sql`, ${roundTo(sql`least(greatest(${sql.raw(`r${i}`)}, 0::float8), ${num(def.cap)}) / ${num(def.cap)}`, 4)} as ${sql.raw(`n${i}`)}`] : []));
  const contribs = set.indicators.flatMap((def, i) =>
    available[i] ? [sql`, ${totalWeight > 0 ? roundTo(sql`((100::float8 * ${num(def.weight)}) * ${sql.raw(`n${i}`)}) / ${num(totalWeight)}`, 2) : sql`0::float8`} as ${sql.raw(`c${i}`)}`] : [],
  );
  // The sum in the indicators' order, from 0, as reduce() adds them.
  const sum = contributions.reduce<SQL>((acc, c) => sql`(${acc} + ${c})`, sql`0::float8`);
  const th = set.thresholds;
  const excluded: Record<string, string> = {};
  for (const st of set.excludedStatuses) excluded[st] = `Không tính điểm: tổ chức ở trạng thái "${SUBJECT_STATUS_LABELS[st as keyof typeof SUBJECT_STATUS_LABELS] ?? st}".`;
  const rank = (level: string) => RISK_LEVELS.indexOf(level as never);
  const rankSql = (col: SQL) => sql`(case ${col} when 'serious' then 3 when 'warning' then 2 when 'watch' then 1 else 0 end)`;
  const version = sql.raw(String(Math.trunc(input.version)));
  const atIso = at.toISOString();

  const rawList = set.indicators.flatMap((_, i) => (available[i] ? [sql.raw(`r${i}`)] : []));
  return sql`
    with subj as (select s.id, s.status, s.vsic_code, s.established_on, s.managing_agency_id from subjects s where ${selectionWhere(sql`s.id`, sel)}),
    ${sql.join(ctes, sql`,\n`)},
    raw as (
      select s.id, s.status, s.vsic_code, s.established_on, s.managing_agency_id,
             (${JSON.stringify(excluded)}::jsonb ->> s.status) as excluded,
             md5(concat_ws('|', s.status, s.vsic_code, s.established_on::text, ${sql.join(factText, sql`, `)})) as facts_digest
             ${sql.join(factCols, sql``)}
             ${sql.join(raws, sql``)}
      from subj s ${sql.join(joins, sql` `)}),
    norm as (select raw.* ${sql.join(norms, sql``)} from raw),
    contrib as (select norm.* ${sql.join(contribs, sql``)} from norm),
    scored as (select contrib.*, case when excluded is null then ${roundTo(sum, 1)} else 0::float8 end as score from contrib),
    leveled as (
      -- The digest stands for the whole explanation: the facts (and registry data) it was computed from and the numbers
      -- (raw values; the rest follows from them and the set version). Equal digest and version: nothing to write.
      select scored.*, case when score >= ${num(th.serious)} then 'serious' when score >= ${num(th.warning)} then 'warning' when score >= ${num(th.watch)} then 'watch' else 'none' end as level,
             md5(facts_digest || ${rawList.length ? sql`array[${sql.join(rawList, sql`, `)}]::float8[]::text` : sql`''`} || score::text) as digest
      from scored),
    changed as (
      select l.*, cur.level as before
      from leveled l left join subject_scores cur on cur.subject_id = l.id and ${selectionWhere(sql`cur.subject_id`, sel)}
      where cur.subject_id is null or cur.digest <> l.digest or cur.set_version <> ${version}),
    hist as (
      insert into subject_score_history (subject_id, score, level, set_version, as_of, explanation, cause, computed_at)
      select id, score, level, ${version}, ${input.asOf}::date,
             jsonb_build_object(
               'indicators', case when excluded is null then jsonb_build_array(${sql.join(items, sql`, `)}) else '[]'::jsonb end,
               'inputs', jsonb_build_object('subject', jsonb_build_object('id', id, 'status', status, 'vsicCode', vsic_code, 'establishedOn', established_on::text),
                                            'sources', jsonb_build_object(${sql.join(sourceParts, sql`, `)})),
               'excluded', excluded),
             ${cause}::text, ${atIso}::timestamptz
      from changed
      returning id, subject_id),
    up as (
      insert into subject_scores (subject_id, score, level, set_version, digest, history_id, computed_at)
      select c.id, c.score, c.level, ${version}, c.digest, h.id, ${atIso}::timestamptz from changed c join hist h on h.subject_id = c.id
      on conflict (subject_id) do update set score = excluded.score, level = excluded.level, set_version = excluded.set_version,
        digest = excluded.digest, history_id = excluded.history_id, computed_at = excluded.computed_at
      returning subject_id)
    select count(*)::int as written,
           coalesce(jsonb_agg(jsonb_build_object('subjectId', c.id, 'agencyId', c.managing_agency_id, 'level', c.level, 'before', c.before, 'score', c.score, 'historyId', h.id))
             filter (where ${rankSql(sql`c.level`)} >= ${sql.raw(String(rank(th.warnFrom)))} and ${rankSql(sql`c.level`)} > ${rankSql(sql`c.before`)}), '[]'::jsonb) as crossings
    from changed c join hist h on h.subject_id = c.id`;
}
