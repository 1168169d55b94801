import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../lib/auth';

/** "Hỏi trợ lý" on a petition or inspection page: opens the assistant with that case's context first. */
export function AskAssistantLink({ kind, id }: { kind: 'petition' | 'inspection'; id: string }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('kb.read')) return null;
  return (
    <Link className="btn btn-secondary btn-small kbk-ask-link" to={`/tro-ly?kind=${kind}&id=${encodeURIComponent(id)}`}>
      {t('kbk.askAssistant')}
    </Link>
  );
}
