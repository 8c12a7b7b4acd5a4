/**
 * Following the data: when a new catalog is in force (a reload), queued reminders it no longer
 * holds are cancelled and the rest say it with the new data; and the dataset is compared with
 * the one last announced (kept in the ledger's meta table): each channel whose Questions changed
 * gets one change notice, claimed in the ledger under channel + both dataset versions + since
 * when the older one was announced, and posted through the same queues and retries — so a
 * restart or a second load of the same data never repeats it.
 */
import type { Catalog } from '../../src/dataset/catalog.js';
import { meetingLabel } from '../../src/dataset/catalog.js';
import { datasetVersion, diffDatasets, type DatasetDiff } from '../../src/dataset/diff.js';
import { Meeting } from '../../src/dataset/schema.js';
import { planChangeNotices, type ChangeNotice } from '../../src/planner/changes.js';
import type { LedgerEntry, ReminderLedger } from '../../src/store/port.js';
import type { SchedulerContext } from './context.js';
import { staleReason, type CatalogView } from './data-view.js';
import { claimEntry } from './steps.js';

/** The dataset the channels were last told about: `{ version, since, meetings }` as JSON. */
export const ANNOUNCED_DATASET = 'dataset:announced';

export interface Announced {
  readonly version: string;
  readonly since: string;
  readonly meetings: Meeting[];
}

/** The dataset the channels were last told about, or null (first run, or unreadable). */
export async function announcedDataset(ledger: ReminderLedger): Promise<Announced | null> {
  const stored = await ledger.getMeta(ANNOUNCED_DATASET);
  if (!stored) return null;
  try {
    const json = JSON.parse(stored) as { version?: unknown; since?: unknown; meetings?: unknown };
    const meetings = Meeting.array().safeParse(json.meetings);
    return typeof json.version === 'string' && typeof json.since === 'string' && meetings.success
      ? { version: json.version, since: json.since, meetings: meetings.data }
      : null;
  } catch {
    return null;
  }
}

/** Queued jobs in new data: cancelled when their RGM moved or left, else their message written again. */
export function refreshQueued(ctx: SchedulerContext, view: CatalogView): void {
  for (const q of ctx.queues.all()) {
    for (const job of q.jobs) {
      if (job.cancelled) continue;
      job.cancelled = staleReason(view, job.itemId, job.key);
      // Still standing: say it with the new data (a date confirmed, a venue given, a digest's list).
      if (!job.cancelled && job.item) {
        const answer = ctx.message(view, job.item, job.late);
        if (answer) job.answer = answer;
        else job.cancelled = 'nothing left to list';
      }
    }
  }
}

/** Follows the catalog in force; `follow` returns how many change notices it claimed. */
export function createDataFollower(ctx: SchedulerContext): { follow(view: CatalogView, now: Date): Promise<number> } {
  /** The catalog whose changes were last looked for. */
  let followed: Catalog | null = null;
  return {
    async follow(view, now) {
      if (followed === view.catalog) return 0;
      refreshQueued(ctx, view);
      const claimed = await announceChanges(ctx, view, now);
      followed = view.catalog;
      return claimed;
    },
  };
}

/**
 * Claim and queue one notice per channel whose Questions changed since the dataset last
 * announced, then record this one as announced. The first run only records it (nothing to compare).
 */
async function announceChanges(ctx: SchedulerContext, view: CatalogView, now: Date): Promise<number> {
  const { meetings } = view.catalog;
  const version = datasetVersion(meetings);
  const previous = await announcedDataset(ctx.ledger);
  const record = () => ctx.ledger.setMeta(ANNOUNCED_DATASET, JSON.stringify({ version, since: now.toISOString(), meetings }));
  if (!previous) {
    await record();
    return 0;
  }
  if (previous.version === version) return 0;
  const diff = diffDatasets(previous.meetings, meetings);
  const notices = planChangeNotices(diff, await ctx.recipients(), {
    source: `SG17 data now in force: ${meetings.map(meetingLabel).join('; ')} — executive ${meetings.length === 1 ? 'summary' : 'summaries'} (dataset ${diff.from} → ${diff.to})`,
    publicUrl: ctx.publicUrl,
    since: previous.since,
  });
  let claimed = 0;
  for (const notice of notices) if (await admitNotice(ctx, notice, diff, now)) claimed++;
  // Recorded after the claims: a crash (or a database outage) in between replans the same keys, which the ledger has.
  await record();
  ctx.logger.info(
    { from: diff.from, to: diff.to, rgms: diff.rgms.length, statuses: diff.statuses.length, notices: claimed },
    'dataset changed: change notices queued',
  );
  return claimed;
}

/** Claim one change notice and queue it; false when another instance has it or this one cannot post there. */
export async function admitNotice(ctx: SchedulerContext, notice: ChangeNotice, diff: DatasetDiff, now: Date): Promise<boolean> {
  if (ctx.queues.has(notice.key)) return false;
  if (!ctx.posterFor(notice.channel)) {
    ctx.logger.debug({ key: notice.key }, 'change notice skipped: no poster for this platform in this instance');
    return false;
  }
  const entry: LedgerEntry = {
    key: notice.key,
    channel: notice.channel,
    itemId: `changes:${diff.to}`,
    lead: 'change',
    dueAt: now.toISOString(),
    late: false,
    payload: JSON.stringify(notice.answer),
  };
  const job = await claimEntry(ctx.ledger, entry, ctx.instanceId, now.getTime(), ctx.options.claimTtlMs, null);
  if (!job) return false;
  ctx.queues.enqueue(job);
  return true;
}
