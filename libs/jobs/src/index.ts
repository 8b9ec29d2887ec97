export * from './define-job';
export * from './job-runtime';
export * from './redis';
export { UnrecoverableError, type Job, type JobsOptions } from 'bullmq';
export { DelayedError } from 'bullmq';
