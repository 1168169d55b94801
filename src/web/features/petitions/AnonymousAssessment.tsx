import { useTranslation } from 'react-i18next';

export type Assessment = { violatorIdentified: boolean; specificEvidence: boolean; basisToCheck: boolean; withinOwnCompetence: boolean };
export const emptyAssessment = (): Assessment => ({ violatorIdentified: false, specificEvidence: false, basisToCheck: false, withinOwnCompetence: true });
const CRITERIA = ['violatorIdentified', 'specificEvidence', 'basisToCheck', 'withinOwnCompetence'] as const;

/**
 * The head's assessment of anonymous information (Luật Tố cáo 2018, khoản 2 Điều 25; NĐ 31/2019 Điều 20): only when
 * the violator is named, specific evidence is attached and there is a basis to check does it lead to an inspection
 * or check (own competence) or a transfer (another body's); otherwise it is filed.
 */
export function AnonymousAssessmentFields({ value, onChange }: { value: Assessment; onChange(v: Assessment): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="parts-editor">
      <legend>{t('anonymous.title')}</legend>
      <p className="small muted">{t('anonymous.help')}</p>
      {CRITERIA.map((k) => (
        <div key={k}>
          <label className="check">
            <input type="checkbox" checked={value[k]} onChange={(e) => onChange({ ...value, [k]: e.target.checked })} />
            {t(`anonymous.${k}`)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
