// The one place that answers "may this user see or change this": roles (403) and ownership or membership (404).
export { requireLearner, requireTeacher, requireUser } from './roles';
export * from './teacher';
export * from './learner';
export * from './library';
