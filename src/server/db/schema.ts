/** All tables, for Drizzle's typed queries and drizzle-kit's migration generator. */
export * from '../../modules/admin-units/admin-units.table';
export * from '../../modules/orgs/orgs.table';
export * from '../../modules/users/users.table';
export * from '../../modules/files/files.table';
export * from '../../modules/calendar/calendar.table';
export * from '../audit/audit.table';
export * from '../jobs/jobs.table';
export * from '../../modules/legal-rules/legal-rules.table';
export * from '../../modules/petitions/petitions.table';
export * from '../../modules/notifications/notifications.table';
export * from '../../modules/saved-views/saved-views.table';
export * from '../../modules/reception/reception.table';
export * from '../../modules/inspections/inspections.table';
export * from '../../modules/subjects/subjects.table';
export * from '../../modules/sanctions/sanctions.table';
export * from '../../modules/kb/kb.table';
