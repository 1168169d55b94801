import type { viComplexity } from './vi-complexity';

/** English texts of the written determination of a case's complexity (same keys as vi-complexity). */
export const enComplexity: typeof viComplexity = {
  complexity: {
    title: 'Nature of the case and its time limits',
    help: 'The resolver determines in writing whether the case is complex (on the criteria) or in a remote area; the resolution time limit is recomputed accordingly.',
    level: { normal: 'Not complex', complex: 'Complex', especially_complex: 'Especially complex' },
    remote: 'Remote area, difficult to travel',
    criteria: 'Criteria met',
    noCriteria: 'No criteria determined.',
    open: 'Determine the nature of the case',
    complexNoCriteria: 'Complex on the resolver’s finding (complaints accepted before 01/07/2026: no statutory criteria)',
    remoteBasis: 'Basis for the remote area (list of especially difficult communes…)',
    reason: 'Reasons (kept in the file)',
    reasonInvalid: 'The reasons must be at least 10 characters long.',
    submit: 'Save and recompute the time limits',
    done: 'Saved; the time limits were recomputed.',
  },
};
