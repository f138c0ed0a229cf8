/** The concurrency harness: run Apps Script executions interleaved against one shared fake. */
export { runExecutions, EXCEEDED_TIME_MESSAGE } from './run';
export type { ExecutionCall, ExecutionInfo, ExecutionResult, RunOptions, RunReport, ScriptSource } from './types';
export { LOCK_TIMEOUT_MESSAGE } from './locks';
