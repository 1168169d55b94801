import { ROLE_PERMISSIONS, type Permission, type Role } from './roles';

/** A role held at an agency; `agencyPath` is that agency's materialised path ("/root/…/self/"). */
export type Grant = { agencyId: string; agencyPath: string; role: Role };

/** The acting user as policies see it. */
export type Actor = { userId: string; grants: readonly Grant[] };

/** A resource is located by the path of the agency that owns it. */
export type ScopedResource = { agencyPath: string };

/** True when the grant's role carries the permission. */
function grants(grant: Grant, permission: Permission): boolean {
  return ROLE_PERMISSIONS[grant.role].includes(permission);
}

/** True when `path` is the agency at `scopePath` or below it. */
export function inScope(scopePath: string, path: string): boolean {
  return path.startsWith(scopePath);
}

/**
 * Whether the actor may perform `permission`; with a resource, only if a grant carrying that permission
 * is held at the resource's agency or one of its ancestors.
 */
export function can(actor: Actor, permission: Permission, resource?: ScopedResource): boolean {
  return actor.grants.some((g) => grants(g, permission) && (!resource || inScope(g.agencyPath, resource.agencyPath)));
}

/** The agency paths under which the actor holds `permission` (for building scoped list queries). */
export function scopesFor(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants.filter((g) => grants(g, permission)).map((g) => g.agencyPath);
  // Drop paths already covered by a broader one, so queries stay small.
  return paths.filter((p) => !paths.some((q) => q !== p && inScope(q, p))).filter((p, i, a) => a.indexOf(p) === i);
}

/** Permissions the actor holds anywhere (for the web app's navigation). */
export function permissionsOf(actor: Actor): Permission[] {
  const all = new Set<Permission>();
  for (const g of actor.grants) for (const p of ROLE_PERMISSIONS[g.role]) all.add(p);
  return [...all].sort();
}

/**
 * Whether the actor may give `role` at the agency with `targetPath`: a manager may only hand out roles inside
 * their own scope, and only a system administrator may create another system administrator.
 */
export function canGrantRole(actor: Actor, role: Role, targetPath: string): boolean {
  if (!can(actor, 'users.manage', { agencyPath: targetPath })) return false;
  if (role !== 'system_admin') return true;
  return actor.grants.some((g) => g.role === 'system_admin' && inScope(g.agencyPath, targetPath));
}
