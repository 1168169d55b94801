/** Annual inspection plans (issue 5 item 1): items, overlap check, lifecycle through the annual-plan machine, amendments. */
export { inspectionPlansRoutes } from './plans.routes';
export { countPlans, findItemWithPlan, firstSubjectsManagedBy, insertEvents as insertPlanEvents, insertItem as insertPlanItem, insertPlan, insertVersion as insertPlanVersion } from './plans.repository';
export { snapshotOf } from './plans.service';
export { inspectionPlans, inspectionPlanItems, inspectionPlanEvents, inspectionPlanVersions, inspectionPlanDeadlines } from './plans.table';
