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
    dueWithin: 'Due in {{days}} days',
    assign: {
      button: 'Assign the follow-up officer',
      change: 'Change the follow-up officer',
      heading: 'Assign the officer following up recommendation {{seq}}',
      help: 'An officer of the inspection body follows up the implementation and receives the reminders (Art 55(1), Inspection Law 2025).',
      officer: 'Follow-up officer',
      submit: 'Assign',
    },
    paper: {
      button: 'Enter an answer received on paper',
      heading: 'Answer received on paper',
      help: 'The inspected party answered on paper: enter its content and the day it was received (counted as paper in the online share).',
      receivedOn: 'Received on',
      text: 'Content of the answer',
      textRequired: 'Please enter the answer.',
      submit: 'Save the answer',
    },
    fromPlan: {
      notice: 'This decision carries out item {{item}} of the issued inspection plan of {{agency}} (planned inspection): content, party and period come from the plan and may be edited before recording.',
      title: 'Inspection of {{subject}}',
      button: 'Record the inspection decision',
    },
    year: 'Decision year',
  },
};
