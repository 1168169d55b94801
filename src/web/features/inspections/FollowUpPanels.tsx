import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { useApi } from '../../lib/useApi';
import type { InspectionDetail } from './api';
import { FindingsPanel } from './FindingsPanel';
import { followUpApi } from './followupApi';
import { RecommendationsPanel } from './RecommendationsPanel';

/**
 * The case page's findings, report and recommendations (GET /inspections/:id/followup), reloaded when the case moves
 * (a step sends the report or signs the conclusion, which change what may be done here).
 */
export function FollowUpPanels({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => followUpApi.get(detail.id, signal), [detail.id, detail.status, detail.conclusion?.status]);
  const data = loaded.data;
  if (loaded.loading && !data) return <Loading />;
  if (!data) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  return (
    <>
      {data.followUpOf && (
        <p className="banner followup-origin" role="note">
          <Link to={`/inspections/${data.followUpOf.caseId}`}>{t('followup.recs.followUpOf', { seq: String(data.followUpOf.seq), caseNo: data.followUpOf.caseNo })}</Link>
        </p>
      )}
      <FindingsPanel caseId={detail.id} data={data} onChange={loaded.setData} />
      <RecommendationsPanel caseId={detail.id} agencyId={detail.agencyId} data={data} onChange={loaded.setData} />
    </>
  );
}
