import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../lib/api';
import { agenciesApi, type Agency } from '../../lib/endpoints';
import { agencyKindLabel, agencyStatusLabel } from '../../lib/labels';

export const CHILD_PAGE = 200;

type Children = { items: Agency[]; more: boolean; loading: boolean; error: string | null };

/** Loads the children of an agency page by page. */
function useChildren(parentId: string, includeInactive: boolean) {
  const [state, setState] = useState<Children | null>(null);
  const load = async (offset: number) => {
    setState((s) => ({ items: s?.items ?? [], more: false, loading: true, error: null }));
    try {
      const page = await agenciesApi.list({ parentId, includeInactive, limit: CHILD_PAGE, offset });
      setState((s) => ({ items: [...(offset === 0 ? [] : (s?.items ?? [])), ...page], more: page.length === CHILD_PAGE, loading: false, error: null }));
    } catch (err) {
      setState((s) => ({ items: s?.items ?? [], more: false, loading: false, error: errorMessage(err) }));
    }
  };
  return { state, load };
}

export function AgencyLabel({ agency }: { agency: Agency }) {
  return (
    <span className="tree-label">
      <Link to={`/agencies/${agency.id}`} className="tree-name">
        {agency.name}
      </Link>
      <span className="tree-meta">
        <span className="mono">{agency.code}</span> · {agencyKindLabel(agency.kind)}
        {agency.status !== 'active' && <span className="badge badge-disabled">{agencyStatusLabel(agency.status)}</span>}
      </span>
    </span>
  );
}

/** One agency of the tree; its children are fetched the first time it is opened. */
export function TreeNode({ agency, includeInactive, level = 1, startOpen = false }: { agency: Agency; includeInactive: boolean; level?: number; startOpen?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { state, load } = useChildren(agency.id, includeInactive);

  useEffect(() => {
    if (!startOpen) return;
    setOpen(true);
    void load(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startOpen, includeInactive]);

  const toggle = () => {
    if (!open && !state) void load(0);
    setOpen(!open);
  };
  const childrenId = `tree-children-${agency.id}`;
  // The API may tell how many children an agency has; without it every node can be opened.
  const leaf = agency.childCount === 0;

  return (
    <li className="tree-node" data-level={level}>
      <div className="tree-row">
        {leaf ? (
          <span className="tree-leaf" aria-hidden="true" />
        ) : (
          <button
            type="button"
            className={`tree-toggle${open ? ' open' : ''}`}
            aria-expanded={open}
            aria-controls={childrenId}
            aria-label={open ? t('agencies.collapse', { name: agency.name }) : t('agencies.expand', { name: agency.name })}
            onClick={toggle}
          >
            <Icon name="chevron" size={16} />
          </button>
        )}
        <AgencyLabel agency={agency} />
      </div>
      {open && (
        <div id={childrenId}>
          {state?.error && <ErrorMessage message={state.error} onRetry={() => void load(0)} />}
          {state && state.items.length > 0 && (
            <ul className="tree-children">
              {state.items.map((child) => (
                <TreeNode key={child.id} agency={child} includeInactive={includeInactive} level={level + 1} />
              ))}
            </ul>
          )}
          {state?.loading && <Loading />}
          {state && !state.loading && !state.error && state.items.length === 0 && <p className="tree-empty muted">{t('agencies.noChildren')}</p>}
          {state?.more && !state.loading && (
            <button type="button" className="btn btn-small btn-secondary tree-more" onClick={() => void load(state.items.length)}>
              {t('common.loadMore')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
