/** The public types of the concurrency harness: what runExecutions takes and gives back. */

export interface ExecutionInfo {
  /** 1, 2, … in the order executions start. */
  readonly execution: number;
  /** Index of the call in `RunOptions.calls`. */
  readonly call: number;
  /** Virtual time in ms, for fakes that stamp things. */
  readonly now: () => number;
}

export type ScriptSource = { readonly code: string; readonly filename?: string } | { readonly file: string };

export interface ExecutionCall {
  readonly fn: string;
  readonly args?: readonly unknown[];
}

export interface RunOptions {
  /**
   * The globals of one execution, built on the main thread at its start. Return the SAME
   * shared fake each time to have executions race on it. `LockService` is always the
   * harness's own; a `Utilities` gets a virtual `sleep`.
   */
  readonly makeServices: (info: ExecutionInfo) => Record<string, object>;
  readonly script: ScriptSource;
  readonly calls: readonly ExecutionCall[];
  /** Number of workers, i.e. of executions that can be in flight at once. */
  readonly concurrency: number;
  readonly seed: number;
  /** Virtual ms each scheduling step costs (default 1): waitLock(ms) waits ms / msPerStep steps. */
  readonly msPerStep?: number;
  /** Virtual limit of one execution (default 360000, Apps Script's 6 minutes). */
  readonly maxExecutionMs?: number;
  /** Wall ms a worker may compute without a service call before it is killed (default 10000). */
  readonly stepTimeoutMs?: number;
  /** Safety net against livelock (default 1000000). */
  readonly maxSteps?: number;
}

export interface ExecutionMeta {
  readonly execution: number;
  readonly worker: number;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly logs: readonly string[];
}

export type ExecutionResult =
  | (ExecutionMeta & { readonly ok: true; readonly value: unknown })
  | (ExecutionMeta & { readonly ok: false; readonly error: string });

export interface RunReport {
  readonly seed: number;
  /** One per call, in the order of `calls`. */
  readonly results: readonly ExecutionResult[];
  readonly steps: number;
  readonly virtualTimeMs: number;
  /** `time #execution event` lines: the interleaving that happened, for failure messages. */
  readonly trace: readonly string[];
}
