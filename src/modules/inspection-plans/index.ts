/** Annual inspection plans (issue 5 item 1): items, overlap check, lifecycle through the annual-plan machine, amendments. */
export { inspectionPlansRoutes } from './plans.routes';
export { findItemWithPlan } from './plans.repository';
export { inspectionPlans, inspectionPlanItems, inspectionPlanEvents, inspectionPlanVersions, inspectionPlanDeadlines } from './plans.table';
