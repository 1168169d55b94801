import { can, inScope, type Actor, type Role } from '../../shared/domain/access';
import type { FileConfidentiality } from '../../shared/contracts/files';

/** What the read policy needs to know of a file: where it belongs and how secret it is. */
export type FileForPolicy = { agencyPath: string; confidentiality: FileConfidentiality | string };

/** Roles that may open confidential files (e.g. the identity of a whistle-blower in a denunciation). */
export const CONFIDENTIAL_READER_ROLES: readonly Role[] = ['agency_head', 'system_admin'];

/**
 * Outcome of a read check: 'allow'; 'hidden' when the file lies outside the actor's `files.read` scope (the API
 * answers 404 and does not reveal that it exists); 'confidential' when it is in scope but the actor's role there
 * may not open confidential files (403).
 */
export type FileReadDecision = 'allow' | 'hidden' | 'confidential';

/** Decides whether the actor may read a file (its metadata and its bytes). */
export function fileReadDecision(actor: Actor, file: FileForPolicy): FileReadDecision {
  if (!can(actor, 'files.read', { agencyPath: file.agencyPath })) return 'hidden';
  if (file.confidentiality === 'normal') return 'allow';
  // A denouncer-identifying file is opened only through its petition (identity rules, audited reveal).
  if (file.confidentiality === 'identity') return 'confidential';
  // Anything other than 'normal' is treated as confidential, so an unknown level fails closed.
  // The reader role must be held at the file's agency or above it: heading another province gives nothing here.
  const reader = actor.grants.some((g) => CONFIDENTIAL_READER_ROLES.includes(g.role) && inScope(g.agencyPath, file.agencyPath) && can({ userId: actor.userId, grants: [g] }, 'files.read'));
  return reader ? 'allow' : 'confidential';
}

/** Whether the actor may read the file. */
export const canReadFile = (actor: Actor, file: FileForPolicy): boolean => fileReadDecision(actor, file) === 'allow';

/** Whether the actor may upload files on behalf of the agency at `agencyPath` (held there or above). */
export const canUploadFile = (actor: Actor, agency: { path: string }): boolean => can(actor, 'files.upload', { agencyPath: agency.path });
