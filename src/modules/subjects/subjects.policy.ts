import { can, type Actor, type ScopedResource } from '../../shared/domain/access';

/** Whether the actor may see a subject: it is managed by an agency in their `subjects.read` scope. */
export function canReadSubject(actor: Actor, subject: ScopedResource): boolean {
  return can(actor, 'subjects.read', subject);
}

/** Whether the actor may change a subject, or assign subjects to an agency: `subjects.manage` over that agency. */
export function canManageSubject(actor: Actor, subject: ScopedResource): boolean {
  return can(actor, 'subjects.manage', subject);
}
