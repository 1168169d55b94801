import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { formatIsoDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { VSIC_SECTIONS } from '../../../shared/domain/subjects/indicators/vsic';
import { hotspotsApi, type HotspotArea, type Hotspots } from './api';

const PERIODS = ['30', '60', '90'] as const;

/** A letter count per period, oldest on the left, the current period last and marked. */
function Sparkline({ series, label }: { series: number[]; label: string }) {
  const values = [...series].reverse();
  const max = Math.max(1, ...values);
  const w = 4;
  return (
    <svg className="sparkline" width={values.length * (w + 1)} height={24} role="img" aria-label={label}>
      {values.map((v, i) => {
        const h = Math.max(1, Math.round((v / max) * 22));
        return <rect key={i} x={i * (w + 1)} y={24 - h} width={w} height={h} className={i === values.length - 1 ? 'spark-current' : 'spark-past'} />;
      })}
    </svg>
  );
}

/** Link to the letters of an area in the current period (the petitions work list with its filters). */
function lettersLink(data: Hotspots, area: HotspotArea) {
  const q = new URLSearchParams({ from: data.periods[0]!.from, to: data.periods[0]!.to });
  if (data.level === 'commune') {
    q.set('provinceCode', data.provinceCode ?? '');
    q.set('communeCode', area.code);
  } else q.set('provinceCode', area.code);
  return `/petitions?${q.toString()}`;
}

/**
 * Hot spots of petitions (issue 7 item 5): the map of the 34 provinces coloured by each province's rise against its own
 * history, the table of provinces (or of a province's communes) with the test's figures, drill-down to the letters.
 */
export function HotspotsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? '';
  const asOf = params.get('asOf') ?? '';
  const periodDays = params.get('periodDays') ?? '30';
  const sector = params.get('sector') ?? '';
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  const map = useApi((signal) => hotspotsApi.map(signal), []);
  const common = { asOf: asOf || undefined, periodDays };
  const provinces = useApi((signal) => hotspotsApi.get({ level: 'province', sector: sector || undefined, ...common }, signal), [asOf, periodDays, sector]);
  const communes = useApi((signal) => hotspotsApi.get({ level: 'commune', provinceCode: province, sector: sector || undefined, ...common }, signal), [province, asOf, periodDays, sector], !!province);
  const sectors = useApi((signal) => hotspotsApi.get({ level: 'sector', provinceCode: province || undefined, ...common }, signal), [province, asOf, periodDays]);
  const byCode = new Map((provinces.data?.areas ?? []).map((a) => [a.code, a]));
  const table = province ? communes : provinces;
  const levelLabel = (level: HotspotArea['level']) => t(`hotspots.levels.${level}`);
  const provinceName = province ? (byCode.get(province)?.name ?? province) : '';

  return (
    <>
      <PageHeader title={t('hotspots.title')} intro={t('hotspots.intro')} />
      <section className="card hotspot-controls">
        <DateInput label={t('hotspots.asOf')} value={asOf} onChange={(v) => set({ asOf: v })} />
        <SelectField label={t('hotspots.period')} value={periodDays} onChange={(e) => set({ periodDays: e.target.value })}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t('hotspots.days', { n: p })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('hotspotSectors.filter')} value={sector} onChange={(e) => set({ sector: e.target.value })}>
          <option value="">{t('hotspotSectors.all')}</option>
          {Object.entries(VSIC_SECTIONS).map(([k, v]) => (
            <option key={k} value={k}>
              {k} — {v}
            </option>
          ))}
        </SelectField>
        {sector && <p className="small hotspot-sector-note">{t('hotspotSectors.filtered', { name: `${sector} — ${VSIC_SECTIONS[sector] ?? ''}` })}</p>}
        {provinces.data && (
          <p className="small muted hotspot-window">
            {t('hotspots.window', { from: formatIsoDate(provinces.data.periods[0]!.from), to: formatIsoDate(provinces.data.asOf), n: provinces.data.params.historyPeriods })}
            {provinces.data.historyFrom && <> {t('hotspots.since', { date: formatIsoDate(provinces.data.historyFrom) })}</>}
            {provinces.data.params.historyPeriods < 2 && <strong className="hotspot-nohistory"> {t('hotspots.noHistory')}</strong>}
          </p>
        )}
      </section>
      <div className="hotspot-layout">
        <section className="card hotspot-map-card" aria-label={t('hotspots.mapLabel')}>
          <h2 className="card-title">{t('hotspots.mapTitle')}</h2>
          <ErrorMessage message={map.error ?? provinces.error} onRetry={map.reload} />
          {!map.data ? (
            <Loading />
          ) : (
            <svg className="hotspot-map" viewBox={`0 0 ${map.data.width} ${map.data.height}`} role="group" aria-label={t('hotspots.mapLabel')}>
              {map.data.provinces.map((p) => {
                const area = byCode.get(p.code);
                const level = area?.level ?? 'normal';
                const label = area ? t('hotspots.areaTitle', { name: p.name, observed: area.observed, expected: formatNumber(area.expected), level: levelLabel(level) }) : p.name;
                return (
                  <a
                    key={p.code}
                    href={`?province=${p.code}`}
                    aria-label={label}
                    onClick={(e) => {
                      e.preventDefault();
                      set({ province: p.code });
                    }}
                  >
                    <path d={p.path} className={`province level-${level}${province === p.code ? ' selected' : ''}${area && area.observed === 0 ? ' empty' : ''}`}>
                      <title>{label}</title>
                    </path>
                  </a>
                );
              })}
            </svg>
          )}
          <ul className="hotspot-legend" aria-label={t('hotspots.legend')}>
            {(['hot', 'rising', 'normal'] as const).map((l) => (
              <li key={l}>
                <span className={`swatch level-${l}`} aria-hidden="true" /> {levelLabel(l)}
              </li>
            ))}
          </ul>
        </section>
        <section className="card hotspot-table-card">
          <div className="hotspot-table-head">
            <h2 className="card-title">{province ? t('hotspots.communesOf', { name: provinceName }) : t('hotspots.provinces')}</h2>
            {province && (
              <button type="button" className="btn btn-secondary btn-small" onClick={() => set({ province: '' })}>
                {t('hotspots.allProvinces')}
              </button>
            )}
          </div>
          <ErrorMessage message={table.error} onRetry={table.reload} />
          {table.loading && !table.data ? (
            <Loading />
          ) : table.data ? (
            <div className="table-wrap">
              <table className="table table-cards hotspot-table">
                <caption className="visually-hidden">{t('hotspots.tableCaption')}</caption>
                <thead>
                  <tr>
                    {(['area', 'observed', 'expected', 'q', 'groups', 'trend', 'level'] as const).map((c) => (
                      <th key={c} scope="col">
                        {t(`hotspots.cols.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.data.areas
                    .filter((a) => a.observed > 0 || a.expected > 0)
                    .map((a) => (
                      <tr key={a.code} className={`row-${a.level}`}>
                        <td data-label={t('hotspots.cols.area')}>
                          {province ? (
                            a.name
                          ) : (
                            <button type="button" className="link-button" onClick={() => set({ province: a.code })}>
                              {a.name}
                            </button>
                          )}
                          <div className="small">
                            <Link to={lettersLink(table.data!, a)}>{t('hotspots.letters')}</Link>
                          </div>
                        </td>
                        <td data-label={t('hotspots.cols.observed')} className="num">
                          {formatNumber(a.observed)}
                          {a.ratio !== null && a.observed > 0 && a.ratio !== 1 && <div className="small muted">×{formatNumber(a.ratio)}</div>}
                        </td>
                        <td data-label={t('hotspots.cols.expected')} className="num">{formatNumber(a.expected)}</td>
                        <td data-label={t('hotspots.cols.q')} className="num">{a.qValue < 0.001 ? '< 0,001' : formatNumber(Math.round(a.qValue * 1000) / 1000)}</td>
                        <td data-label={t('hotspots.cols.groups')} className="num">
                          {formatNumber(a.groups)} / {formatNumber(a.repeats)}
                        </td>
                        <td data-label={t('hotspots.cols.trend')}>
                          <Sparkline series={a.series} label={t('hotspots.trendLabel', { values: [...a.series].reverse().join(', ') })} />
                        </td>
                        <td data-label={t('hotspots.cols.level')}>
                          <span className={`badge hotspot-badge level-${a.level}`}>{levelLabel(a.level)}</span>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
              {table.data.areas.every((a) => a.observed === 0 && a.expected === 0) && <p className="empty">{t('hotspots.empty')}</p>}
            </div>
          ) : null}
          {provinces.data && (
            <details className="hotspot-method">
              <summary>{t('hotspots.method')}</summary>
              <p>{provinces.data.method}</p>
              <p className="small muted">{t('hotspots.params', { fdr: formatNumber(provinces.data.params.fdr), min: provinces.data.params.minCount })}</p>
            </details>
          )}
        </section>
      </div>
      <SectorTable data={sectors.data} error={sectors.error} loading={sectors.loading} reload={sectors.reload} provinceName={provinceName} selected={sector} onPick={(code) => set({ sector: code })} />
    </>
  );
}

/** Hot spots by sector: each VSIC section of the subjects the letters are about, tested against its own history. */
function SectorTable({ data, error, loading, reload, provinceName, selected, onPick }: { data: Hotspots | undefined; error: string | null; loading: boolean; reload(): void; provinceName: string; selected: string; onPick(code: string): void }) {
  const { t } = useTranslation();
  const rows = (data?.areas ?? []).filter((a) => a.observed > 0 || a.expected > 0);
  return (
    <section className="card hotspot-sector-card" aria-labelledby="hotspot-sector-title">
      <h2 id="hotspot-sector-title" className="card-title">
        {provinceName ? t('hotspotSectors.titleIn', { name: provinceName }) : t('hotspotSectors.title')}
      </h2>
      <ErrorMessage message={error} onRetry={reload} />
      {loading && !data ? (
        <Loading />
      ) : data ? (
        <>
          {rows.length === 0 ? (
            <p className="empty">{t('hotspotSectors.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table-cards hotspot-table hotspot-sector-table">
                <caption className="visually-hidden">{t('hotspotSectors.caption')}</caption>
                <thead>
                  <tr>
                    {[t('hotspotSectors.sector'), t('hotspots.cols.observed'), t('hotspots.cols.expected'), t('hotspots.cols.q'), t('hotspots.cols.trend'), t('hotspots.cols.level')].map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => (
                    <tr key={a.code} className={`row-${a.level}${selected === a.code ? ' row-selected' : ''}`}>
                      <td data-label={t('hotspotSectors.sector')}>
                        <button type="button" className="link-button" aria-pressed={selected === a.code} title={t('hotspotSectors.only')} onClick={() => onPick(selected === a.code ? '' : a.code)}>
                          {a.name}
                        </button>
                      </td>
                      <td data-label={t('hotspots.cols.observed')} className="num">
                        {formatNumber(a.observed)}
                        {a.ratio !== null && a.observed > 0 && a.ratio !== 1 && <div className="small muted">×{formatNumber(a.ratio)}</div>}
                      </td>
                      <td data-label={t('hotspots.cols.expected')} className="num">{formatNumber(a.expected)}</td>
                      <td data-label={t('hotspots.cols.q')} className="num">{a.qValue < 0.001 ? '< 0,001' : formatNumber(Math.round(a.qValue * 1000) / 1000)}</td>
                      <td data-label={t('hotspots.cols.trend')}>
                        <Sparkline series={a.series} label={t('hotspots.trendLabel', { values: [...a.series].reverse().join(', ') })} />
                      </td>
                      <td data-label={t('hotspots.cols.level')}>
                        <span className={`badge hotspot-badge level-${a.level}`}>{t(`hotspots.levels.${a.level}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.unknownSector !== null && data.unknownSector > 0 && <p className="small muted">{t('hotspotSectors.unknown', { n: formatNumber(data.unknownSector) })}</p>}
        </>
      ) : null}
    </section>
  );
}
