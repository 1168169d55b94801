import type { viReceptionCorrect } from './vi-reception-correct';

/** English texts of the correction of a reception register entry (same keys as vi-reception-correct). */
export const enReceptionCorrect: typeof viReceptionCorrect = {
  receptionCorrect: {
    title: 'Correct the register entry',
    help: 'Only what was written down can be corrected (place, summary, content, respondent, requests, notes). Who came, when and the kind cannot. The reason goes on the timeline and in the audit log.',
    place: 'Place of reception',
    summary: 'Summary',
    content: 'What was presented',
    respondent: 'Person or body complained about or denounced',
    requests: 'What the person asks for',
    notes: 'Notes',
    reason: 'Reason for the correction',
    reasonInvalid: 'The reason must be at least 5 characters long.',
    submit: 'Save the correction',
    done: 'The register entry was corrected.',
  },
};
