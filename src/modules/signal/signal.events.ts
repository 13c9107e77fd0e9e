import { EventEmitter, on } from 'node:events';
import { deadlineOf, isEscalating, type SignalData } from '../../domain/signals.js';
import type { ReadGraph } from '../../readmodel/read-graph.js';

/** What a subscriber is told (docs/decisions.md "Signals and escalation"). */
export type SignalEventKind = 'RAISED' | 'BREACHED';
export interface SignalEvent {
  event: SignalEventKind;
  signalId: string;
  /** the account it is ON, to filter by the subscriber's scope before anything is sent */
  accountId: string;
  at: string;
}

/** setTimeout's longest delay (~24.8 days): later deadlines are re-armed on the way. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The signals' event stream, one per process (in the core, not per request):
 * `raised` is called by the service after a signal is committed; a timer set
 * to the next deadline of an unacknowledged escalating signal emits BREACHED
 * once per signal when it passes. Subscribers get an async iterator
 * (graphql-ws over the GraphQL subscription `signalEvents`).
 */
export class SignalEvents {
  private readonly emitter = new EventEmitter();
  private timer: NodeJS.Timeout | null = null;
  private readonly breached = new Set<string>();
  private stopped = false;

  constructor(
    private readonly graph: () => Promise<ReadGraph>,
    private readonly escalationHours: number,
    private readonly now: () => number = Date.now,
  ) {
    // subscribers come and go with WebSocket connections; many at once is normal, not a leak
    this.emitter.setMaxListeners(0);
  }

  /** Starts watching deadlines (signals already breached when the process starts are not announced again). */
  async start(): Promise<void> {
    const g = await this.graph();
    const now = this.now();
    g.forEachSignal((s) => { if (this.isOpenEscalation(s) && Date.parse(deadlineOf(s, this.escalationHours)) <= now) this.breached.add(s.id); });
    await this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.emitter.emit('close');
  }

  /** A signal was raised or changed (committed): announce a new one, and re-arm the deadline timer. */
  async changed(s: SignalData, created: boolean): Promise<void> {
    if (created) this.emit({ event: 'RAISED', signalId: s.id, accountId: s.accountId, at: new Date(this.now()).toISOString() });
    await this.arm();
  }

  /** Every event from now on until `signal` aborts (arming the deadline timer if nothing has yet). */
  subscribe(signal?: AbortSignal): AsyncIterableIterator<SignalEvent> {
    if (this.timer === null) void this.arm().catch(() => undefined);
    const source = on(this.emitter, 'event', { signal }) as AsyncIterableIterator<[SignalEvent]>;
    return (async function* () {
      for await (const [e] of source) yield e;
    })();
  }

  private emit(e: SignalEvent) {
    this.emitter.emit('event', e);
  }

  private isOpenEscalation(s: SignalData): boolean {
    return isEscalating(s) && s.acknowledgedAt === null && s.actedAt === null;
  }

  /** Emits BREACHED for every deadline that has passed, then sets the timer to the next one. */
  private async arm(): Promise<void> {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const g = await this.graph();
    const now = this.now();
    let next = Infinity;
    g.forEachSignal((s) => {
      if (!this.isOpenEscalation(s) || this.breached.has(s.id)) return;
      const deadline = Date.parse(deadlineOf(s, this.escalationHours));
      // past the deadline by the same rule as the status (isBreached: now > deadline), so the event never carries OPEN
      if (deadline < now) {
        this.breached.add(s.id);
        this.emit({ event: 'BREACHED', signalId: s.id, accountId: s.accountId, at: new Date(now).toISOString() });
      } else if (deadline < next) next = deadline;
    });
    if (next !== Infinity) {
      this.timer = setTimeout(() => { void this.arm(); }, Math.min(MAX_DELAY, next - now + 1));
      this.timer.unref();
    }
  }
}
