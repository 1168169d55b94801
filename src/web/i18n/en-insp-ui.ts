import type { viInspUi } from './vi-insp-ui';

/** English texts of the inspections list filters, plan-item → decision, follow-up officer, paper answers; spread into en.ts. */
export const enInspUi: typeof viInspUi = {
  inspui: {
    origin: 'Kind of inspection',
    member: 'Team member',
    subject: 'Inspected party',
    subjectPlaceholder: 'Name or tax code',
    province: 'Province',
    deadline: 'Time limit',
    overdue: 'Overdue',
    dueWithin: 'Due within {{days}} days',
    year: 'Decision year',
  },
};
