/** Labels of the plan screens (from the interface texts, the server's label as fallback). */
import { ANNUAL_PLAN_STATES, PLAN_TOPICS } from '../../../shared/domain/inspections';
import { tDynamic } from '../../i18n';

export { ANNUAL_PLAN_STATES, PLAN_TOPICS };

export const planStatusLabel = (status: string, fallback?: string) => tDynamic(`plans.statuses.${status}`, fallback ?? status);
export const topicLabel = (topic: string) => tDynamic(`plans.topics.${topic}`, topic);
export const planEventLabel = (event: string) => tDynamic(`plans.events.${event}`, event);
export const historyFieldLabel = (field: string) => tDynamic(`plans.history.fields.${field}`, field);
