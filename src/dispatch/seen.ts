/**
 * Delivery ids already answered. Platforms redeliver (an event is retried for up to about five
 * minutes when the first delivery looked unanswered); each id is answered once. Forgets after
 * SEEN_TTL_MS on the injected clock, so memory stays bounded.
 */
import type { Clock } from '../clock.js';

/** Retries come for up to about five minutes; remember deliveries twice as long. */
export const SEEN_TTL_MS = 10 * 60 * 1000;

export class SeenDeliveries {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = SEEN_TTL_MS,
  ) {}

  /** True the first time an id is offered within the TTL. */
  firstTime(id: string): boolean {
    const now = this.clock.now().getTime();
    for (const [key, expires] of this.seen) {
      if (expires > now) break; // insertion order = expiry order
      this.seen.delete(key);
    }
    if (this.seen.has(id)) return false;
    this.seen.set(id, now + this.ttlMs);
    return true;
  }
}
