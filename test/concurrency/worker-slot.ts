/**
 * Main side of one pooled worker: starts it, carries messages both ways, and wakes it
 * from `Atomics.wait` after each reply. It knows nothing about scheduling.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { workerSource } from './worker-bundle';
import type { Reply, RunCommand, WorkerBoot, WorkerMessage } from './wire';

export interface SlotEvents {
  message(message: WorkerMessage): void;
  /** The worker died without being asked to (a crash, or an error outside any execution). */
  died(reason: string): void;
}

export class WorkerSlot {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly counter: Int32Array;
  private closing = false;

  constructor(script: { code: string; filename: string }, events: SlotEvents) {
    const flag = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    this.counter = new Int32Array(flag);
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.on('message', (message: WorkerMessage) => {
      if (!this.closing) events.message(message);
    });
    const boot: WorkerBoot & { port: MessagePort } = { code: script.code, filename: script.filename, flag, port: channel.port2 };
    this.worker = new Worker(workerSource(), { eval: true, workerData: boot, transferList: [channel.port2] });
    this.worker.on('error', (error: Error) => {
      if (!this.closing) events.died(`worker error: ${error.message}`);
    });
    this.worker.on('exit', (code: number) => {
      if (!this.closing) events.died(`worker exited with code ${code}`);
    });
  }

  /** Answer the worker's pending call; it is blocked in Atomics.wait until the bump. */
  reply(reply: Reply): void {
    this.port.postMessage(reply);
    Atomics.add(this.counter, 0, 1);
    Atomics.notify(this.counter, 0);
  }

  run(command: RunCommand): void {
    this.worker.postMessage(command);
  }

  /** Stops the worker even mid-execution (an infinite loop, a virtual time limit). */
  async terminate(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.port.close();
    await this.worker.terminate();
  }
}
