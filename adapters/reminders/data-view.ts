/** What the scheduler derives from one catalog: its RGMs by id, the messages written from them, and what no longer stands. */
import type { Catalog } from '../../src/dataset/catalog.js';
import type { Answer } from '../../src/engine/answer.js';
import type { DueItem } from '../../src/planner/plan.js';
import { allRgms, digestAnswer, reminderAnswer, type RgmRef } from '../../src/planner/message.js';
import { rgmStartDate } from '../../src/planner/time.js';

export interface CatalogView {
  readonly catalog: Catalog;
  readonly refs: RgmRef[];
  readonly byId: Map<string, RgmRef>;
}

export function viewOf(catalog: Catalog): CatalogView {
  const refs = allRgms(catalog.meetings);
  return { catalog, refs, byId: new Map(refs.map((r) => [r.rgm.id, r])) };
}

/** The reminder's or digest's message in this data; null for a digest with nothing to list. */
export function messageFor(view: CatalogView, item: DueItem, late: boolean, publicUrl: string | undefined): Answer | null {
  if (item.kind === 'digest') return digestAnswer(item, view.refs, { publicUrl, late });
  const ref = view.byId.get(item.rgmId)!;
  return reminderAnswer(item, ref, { publicUrl, late });
}

/** Why a reminder planned for `key` no longer stands in this data, or null when it does. */
export function staleReason(view: CatalogView, itemId: string, key: string): string | null {
  if (itemId.startsWith('digest:') || itemId.startsWith('changes:')) return null;
  const ref = view.byId.get(itemId);
  if (!ref) return 'the RGM is no longer listed';
  // Reminder keys are channel|rgm|start date|lead: another start date means the RGM moved.
  const start = key.split('|')[2];
  return start !== undefined && start !== rgmStartDate(ref.rgm) ? 'the RGM moved' : null;
}
