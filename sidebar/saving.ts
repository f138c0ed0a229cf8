/**
 * One save: a new entry (submitGroup) or an edit (updateGroup), reduced to what the form does
 * next. A rejected call (network, time-out) and an answer of unknown shape are failures the
 * volunteer can retry; the client id makes the retry harmless.
 */
import type { FieldError, SubmitResult } from '../src/addon/contract';
import type { GroupInput } from '../src/core';
import { server, type Jsonify } from './rpc';

export type SaveOutcome =
  | { kind: 'saved'; row: number; id: string; already: boolean }
  | { kind: 'invalid'; errors: Jsonify<FieldError>[] }
  | {
      kind: 'failed';
      /** network: the call itself failed; server: it answered busy/error; answer: it answered nonsense. */
      reason: 'network' | 'server' | 'answer';
      /** The server's message (reason server), else a technical detail. */
      message: string;
    };

export interface SaveRequest {
  input: GroupInput;
  clientId: string;
  /** The id of the entry being edited, or null for a new one. */
  editId: string | null;
}

export async function save(req: SaveRequest): Promise<SaveOutcome> {
  let result: Jsonify<SubmitResult>;
  try {
    result =
      req.editId === null
        ? await server.submitGroup(req.input, req.clientId)
        : await server.updateGroup(req.editId, req.input, req.clientId);
  } catch (e) {
    return { kind: 'failed', reason: 'network', message: e instanceof Error ? e.message : String(e) };
  }
  return outcomeOf(result as unknown);
}

/** The server's answer, checked: a broken answer must not look like a save. */
export function outcomeOf(result: unknown): SaveOutcome {
  if (typeof result !== 'object' || result === null) return { kind: 'failed', reason: 'answer', message: 'no answer' };
  const r = result as Partial<Record<string, unknown>>;
  if (r.ok === true && typeof r.row === 'number' && typeof r.id === 'string') {
    return { kind: 'saved', row: r.row, id: r.id, already: r.already === true };
  }
  if (r.ok === false && r.kind === 'invalid' && Array.isArray(r.errors)) {
    return { kind: 'invalid', errors: r.errors as Jsonify<FieldError>[] };
  }
  if (r.ok === false && typeof r.message === 'string') return { kind: 'failed', reason: 'server', message: r.message };
  return { kind: 'failed', reason: 'answer', message: 'unexpected answer' };
}
