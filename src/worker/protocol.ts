// Typed messages between the page and the worker, checked on arrival on both sides.
import { z } from 'zod';

export const startMessage = z.object({
  type: z.literal('start'),
  id: z.number().int().nonnegative(),
  job: z.string().min(1),
  payload: z.unknown(),
});
export type StartMessage = z.infer<typeof startMessage>;

export const progressMessage = z.object({
  type: z.literal('progress'),
  id: z.number().int().nonnegative(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  label: z.string(),
  /** The worker's clock (performance.now()) when it reported: steps timed without message delivery. */
  at: z.number().optional(),
});
export type ProgressMessage = z.infer<typeof progressMessage>;

/** A piece of a result too large to hand over in one message (see JobContext.part). */
export const partMessage = z.object({
  type: z.literal('part'),
  id: z.number().int().nonnegative(),
  value: z.unknown(),
});

export const fromWorkerMessage = z.discriminatedUnion('type', [
  progressMessage,
  partMessage,
  z.object({ type: z.literal('result'), id: z.number().int().nonnegative(), value: z.unknown() }),
  z.object({ type: z.literal('error'), id: z.number().int(), message: z.string() }),
]);
export type FromWorkerMessage = z.infer<typeof fromWorkerMessage>;

export interface Progress {
  done: number;
  total: number;
  label: string;
}

/** What a job may do while it runs: report progress. (Cancel terminates the worker, see client.ts.) */
export interface JobContext {
  progress(done: number, total: number, label: string): void;
  /**
   * Hands over one piece of a large result ahead of the final one. Each piece arrives on the page as its
   * own message, so the page takes it in a task of its own instead of one long task for the whole.
   * The worker's dispatch always provides it; a job that needs it fails clearly without it.
   */
  part?(value: unknown): void;
}

/** A job's contract: payload and result checked at the boundary. Light: imported by the page too. */
export interface JobContract<P, R> {
  payload: z.ZodType<P>;
  result: z.ZodType<R>;
}

export type AnyContract = JobContract<unknown, unknown>;
export type PayloadOf<C> = C extends JobContract<infer P, unknown> ? P : never;
export type ResultOf<C> = C extends JobContract<unknown, infer R> ? R : never;

/** The worker-side implementation of a contract. */
export type JobHandler<C> = (
  payload: PayloadOf<C>,
  context: JobContext,
) => ResultOf<C> | Promise<ResultOf<C>>;

export type Handlers<Contracts extends Record<string, AnyContract>> = {
  [K in keyof Contracts]: JobHandler<Contracts[K]>;
};
