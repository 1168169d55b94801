/** Roles a user can hold at an agency (the role applies to that agency and its subtree). */
export const ROLES = ['system_admin', 'agency_head', 'inspector', 'reception_officer', 'clerk', 'leader_viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Every permission a route or a service can require. */
export const PERMISSIONS = [
  'agencies.read',
  'agencies.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'audit.verify',
  'calendar.manage',
  'legal_rules.manage',
  'files.upload',
  'files.read',
  'jobs.read',
  'petitions.read',
  'petitions.register',
  'petitions.reveal_identity',
  'petitions.assign',
  'reception.read',
  'reception.record',
  'inspections.read',
  'inspections.manage',
  'subjects.read',
  'subjects.manage',
  'sanctions.read',
  'sanctions.manage',
  'sanctions.configure',
  'kb.read',
  'kb.manage',
  'kb.lessons.write',
  'kb.lessons.review',
  'kb.templates.manage',
  'risk.configure',
  'risk.warnings',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// The knowledge base (law library, assistant) is open to every officer role (issue 6: "an inspector who needs
// professional knowledge asks the virtual assistant"); the texts are public law. Lessons learned are written by
// inspectors (and heads) and reviewed by the agency head; heads keep their agency's document templates.
/** What each role may do. Scope (which agencies) comes from where the role is held, not from here. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  agency_head: ['agencies.read', 'users.read', 'audit.read', 'files.upload', 'files.read', 'petitions.read', 'petitions.register', 'petitions.reveal_identity', 'petitions.assign', 'reception.read', 'reception.record', 'inspections.read', 'inspections.manage', 'subjects.read', 'subjects.manage', 'sanctions.read', 'sanctions.manage', 'risk.warnings', 'kb.read', 'kb.lessons.write', 'kb.lessons.review', 'kb.templates.manage'],
  // Reception (LTCD 2013 Art 2(3), Arts 18, 25): recorded by the reception officer or the head who receives; read by
  // the inspectors who handle what it yields and by monitoring leaders. Clerks handle mail, not the reception register.
  // Inspections (Luật Thanh tra 2025 Arts 26, 27): the head decides and forms the team; inspectors read their agency's
  // inspections and act in the ones whose team they are on.
  // Managed subjects (issue 7): the registry is kept by the managing agency's head (or an administrator) and read by
  // its inspectors, who choose and prepare inspections from it, and by monitoring leaders.
  // Early warning (issue 7 §4): the managing agency's head and inspectors handle its warnings; only administrators
  // configure the indicator set (risk.configure).
  // Administrative sanctions (Luật XLVPHC Art 46, 57–58): heads and inspectors record violations, decisions and payments
  // of their agency's cases (the signer's own title decides the power, not the role); leaders read. Titles and power
  // overrides are configured by administrators only ('sanctions.configure').
  inspector: ['agencies.read', 'files.upload', 'files.read', 'petitions.read', 'reception.read', 'inspections.read', 'subjects.read', 'sanctions.read', 'sanctions.manage', 'risk.warnings', 'kb.read', 'kb.lessons.write'],
  reception_officer: ['agencies.read', 'files.upload', 'files.read', 'petitions.read', 'petitions.register', 'petitions.reveal_identity', 'reception.read', 'reception.record', 'kb.read'],
  clerk: ['agencies.read', 'files.upload', 'files.read', 'petitions.read', 'petitions.register', 'kb.read'],
  leader_viewer: ['agencies.read', 'files.read', 'petitions.read', 'reception.read', 'inspections.read', 'subjects.read', 'sanctions.read', 'kb.read'],
};
