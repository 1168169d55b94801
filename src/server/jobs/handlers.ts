import { lt } from 'drizzle-orm';
import { registerFollowUpJobs } from '../../modules/inspections/inspections.followup';
import { registerNotificationJobs } from '../../modules/notifications';
import { registerReminderJobs } from '../../modules/petitions/petitions.reminders';
import { registerSanctionJobs } from '../../modules/sanctions/sanctions.reminders';
import { registerRiskJobs, registerSubjectJobs } from '../../modules/subjects';
import { sessions } from '../../modules/users/users.table';
import type { Deps } from '../deps';

/** Registers the platform's recurring jobs and their handlers. */
export async function registerJobs(deps: Deps): Promise<void> {
  deps.jobs.handle('maintenance.purge_sessions', async () => {
    await deps.db.delete(sessions).where(lt(sessions.expiresAt, deps.clock.now()));
  });
  await deps.jobs.schedule('purge-expired-sessions', '17 3 * * *', 'maintenance.purge_sessions');
  registerNotificationJobs(deps);
  await registerReminderJobs(deps);
  await registerFollowUpJobs(deps);
  await registerSanctionJobs(deps);
  registerSubjectJobs(deps);
  await registerRiskJobs(deps);
}
