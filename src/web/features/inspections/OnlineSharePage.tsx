import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, Loading, PageHeader, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { tDynamic } from '../../i18n';
import { useAuth, useMe } from '../../lib/auth';
import { formatNumber, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { insdocsApi, type InspectionSettings } from './insdocsApi';

const pct = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`);

/** The agency administrator's settings: the video-service link template and the online target with its source. */
function SettingsForm({ settings, agencyId, onSaved }: { settings: InspectionSettings; agencyId: string; onSaved(s: InspectionSettings): void }) {
  const { t } = useTranslation();
  const [template, setTemplate] = useState(settings.videoUrlTemplate ?? '');
  const [target, setTarget] = useState(settings.onlineTargetPercent === null ? '' : String(settings.onlineTargetPercent));
  const [source, setSource] = useState(settings.onlineTargetSource ?? '');
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await action.run(async () => {
      onSaved(await insdocsApi.saveSettings(agencyId, { videoUrlTemplate: template.trim() || null, onlineTargetPercent: target.trim() ? Number(target.replace(',', '.')) : null, onlineTargetSource: source.trim() || null }));
      return t('insdocs.settings.saved');
    });
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">{t('insdocs.settings.title')}</h2>
      <TextField label={t('insdocs.settings.video')} help={t('insdocs.settings.videoHelp')} value={template} maxLength={300} onChange={(e) => setTemplate(e.target.value)} />
      <div className="form-grid">
        <TextField label={t('insdocs.settings.target')} value={target} inputMode="decimal" maxLength={6} onChange={(e) => setTarget(e.target.value)} />
        <TextField label={t('insdocs.settings.source')} help={t('insdocs.settings.sourceHelp')} value={source} maxLength={300} onChange={(e) => setSource(e.target.value)} />
      </div>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** Online share of the agency's inspection work for a period, per kind, against its target; the administrator's settings. */
export function OnlineSharePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { can } = useAuth();
  const agencyId = me.activeAgencyId;
  const today = todayIso();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [query, setQuery] = useState({ from, to });
  const share = useApi((signal) => insdocsApi.share({ agencyId, ...query }, signal), [agencyId, query.from, query.to]);
  const settings = useApi((signal) => insdocsApi.settings(agencyId, signal), [agencyId]);
  const data = share.data;
  return (
    <>
      <PageHeader title={t('insdocs.share.title')} intro={t('insdocs.share.intro')} />
      <section className="card">
        <form
          className="petition-filters"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery({ from, to });
          }}
        >
          <DateInput label={t('insdocs.share.from')} value={from} onChange={setFrom} required />
          <DateInput label={t('insdocs.share.to')} value={to} onChange={setTo} required />
          <button type="submit" className="btn btn-secondary">
            {t('insdocs.share.show')}
          </button>
        </form>
        {!data ? (
          share.loading ? <Loading /> : <ErrorMessage message={share.error} onRetry={share.reload} />
        ) : (
          <>
            <p className="insdocs-share-head">
              <span className="insdocs-share-big">{pct(data.share)}</span> <span className="muted">{data.agencyName}</span>
            </p>
            {data.target ? (
              <p>
                {t('insdocs.share.target', { percent: formatNumber(data.target.percent), source: data.target.source ?? '' })} —{' '}
                <span className={`badge ${data.target.met ? 'badge-active' : 'badge-warning'}`}>{data.target.met ? t('insdocs.share.met') : t('insdocs.share.notMet')}</span>
              </p>
            ) : (
              <p className="small muted">{t('insdocs.share.noTarget')}</p>
            )}
            <table className="table insdocs-share-table">
              <caption className="visually-hidden">{t('insdocs.share.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insdocs.share.kind')}</th>
                  <th scope="col">{t('insdocs.share.online')}</th>
                  <th scope="col">{t('insdocs.share.paper')}</th>
                  <th scope="col">{t('insdocs.share.total')}</th>
                  <th scope="col">{t('insdocs.share.shareCol')}</th>
                </tr>
              </thead>
              <tbody>
                {data.byKind.map((k) => (
                  <tr key={k.kind}>
                    <th scope="row">{tDynamic(`insdocs.share.kinds.${k.kind}`, k.kind)}</th>
                    <td>{formatNumber(k.online)}</td>
                    <td>{formatNumber(k.paper)}</td>
                    <td>{formatNumber(k.total)}</td>
                    <td>{pct(k.share)}</td>
                  </tr>
                ))}
                <tr className="strong">
                  <th scope="row">{t('insdocs.share.all')}</th>
                  <td>{formatNumber(data.online)}</td>
                  <td>{formatNumber(data.paper)}</td>
                  <td>{formatNumber(data.total)}</td>
                  <td>{pct(data.share)}</td>
                </tr>
              </tbody>
            </table>
            <p className="small muted">{t('insdocs.share.rules')}</p>
          </>
        )}
      </section>
      {can('agencies.manage') && settings.data && (
        <section className="card">
          <SettingsForm
            settings={settings.data}
            agencyId={agencyId}
            onSaved={(s) => {
              settings.setData(s);
              share.reload();
            }}
          />
        </section>
      )}
    </>
  );
}
