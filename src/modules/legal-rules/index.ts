/** Effective-dated legal time limits: administrators' overrides and deadline computation with the database's calendar. */
export { legalRulesRoutes } from './legal-rules.routes';
export { computeWithOverrides, deadlineContext, getRuleOverrides } from './legal-rules.service';
