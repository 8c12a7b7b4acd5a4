/**
 * The catalog in force, and how a new dataset replaces it while the service runs: on demand
 * (SIGHUP, `App.reload`) or when a *.json file in SG17_DATA_DIR changes (fs.watch, debounced so
 * an ingest's write + rename is one reload). A reload builds and validates the whole new
 * catalog first and only then swaps the reference: a request that already read the old catalog
 * finishes on it, and an invalid file keeps the old catalog in force and logs file and field.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { Clock } from '../../src/clock.js';
import { buildCatalog, type Catalog } from '../../src/dataset/catalog.js';
import { datasetVersion } from '../../src/dataset/diff.js';
import { DatasetError, loadDataset } from '../../src/dataset/load.js';
import type { Logger } from '../../src/ports.js';

/** What /healthz shows about the data in force. */
export interface DatasetInfo {
  /** Content hash of the meetings (src/dataset/diff.ts datasetVersion). */
  readonly version: string;
  /** When this version was loaded (ISO instant, service clock). */
  readonly loadedAt: string;
  readonly meetings: readonly string[];
  /** The last reload that failed since, if any: the old data stays in force. */
  readonly lastError: { readonly at: string; readonly message: string } | null;
}

export type ReloadOutcome =
  | { readonly status: 'swapped'; readonly from: string; readonly to: string }
  | { readonly status: 'unchanged'; readonly version: string }
  | { readonly status: 'failed'; readonly file: string; readonly field: string; readonly message: string };

export interface CatalogHolderOptions {
  readonly dir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Quiet time after the last file event before reloading. */
  readonly debounceMs: number;
  /** Runs after a swap (the scheduler looks at the new data); awaited by reload(). */
  readonly onSwap?: () => Promise<unknown> | undefined;
}

export interface CatalogHolder {
  /** The catalog now in force: AppDeps.catalog. */
  readonly current: () => Catalog;
  info(): DatasetInfo;
  /** Load, validate and swap; resolves once onSwap has run. Never throws. */
  reload(reason: string): Promise<ReloadOutcome>;
  /** Start watching the data folder (idempotent). */
  watch(): void;
  /** Stop watching and cancel a pending debounced reload. */
  close(): void;
}

/** Loads the data folder now; an invalid dataset throws DatasetError (start-up stops, naming file and field). */
export function createCatalogHolder(options: CatalogHolderOptions): CatalogHolder {
  const { dir, clock, logger } = options;
  const load = () => {
    const meetings = loadDataset(dir);
    return { catalog: buildCatalog(meetings), version: datasetVersion(meetings) };
  };
  let state = { ...load(), loadedAt: clock.now().toISOString() };
  let lastError: DatasetInfo['lastError'] = null;
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  /** Reloads run one after another: a watcher event during a reload waits for it. */
  let queue: Promise<unknown> = Promise.resolve();

  async function reloadNow(reason: string): Promise<ReloadOutcome> {
    let next: { catalog: Catalog; version: string };
    try {
      next = load();
    } catch (error) {
      const e = error instanceof DatasetError ? error : new DatasetError(dir, '', (error as Error).message);
      lastError = { at: clock.now().toISOString(), message: e.message };
      logger.error({ reason, file: e.file, field: e.field, version: state.version }, `dataset reload failed, the data in force is kept: ${e.message}`);
      return { status: 'failed', file: e.file, field: e.field, message: e.message };
    }
    lastError = null;
    if (next.version === state.version) {
      logger.debug({ reason, version: state.version }, 'dataset reload: unchanged');
      return { status: 'unchanged', version: state.version };
    }
    const from = state.version;
    state = { ...next, loadedAt: clock.now().toISOString() };
    logger.info({ reason, from, to: next.version, meetings: next.catalog.meetings.map((m) => m.id) }, 'dataset reloaded');
    try {
      await options.onSwap?.();
    } catch (error) {
      logger.error({ err: error }, 'after the dataset reload: the scheduler failed to follow it');
    }
    return { status: 'swapped', from, to: next.version };
  }

  function reload(reason: string): Promise<ReloadOutcome> {
    const run = queue.then(() => reloadNow(reason));
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    current: () => state.catalog,
    info: () => ({ version: state.version, loadedAt: state.loadedAt, meetings: state.catalog.meetings.map((m) => m.id), lastError }),
    reload,
    watch() {
      if (watcher) return;
      try {
        watcher = watch(dir, { persistent: false }, (_event, name) => {
          // Ingest writes ".<id>.json.<uuid>.tmp" and renames it: only the *.json names matter.
          if (name && (name.startsWith('.') || !name.endsWith('.json'))) return;
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            timer = null;
            void reload(`file changed${name ? `: ${name}` : ''}`);
          }, options.debounceMs);
          timer.unref?.();
        });
        watcher.on('error', (error) => logger.warn({ err: error, dir }, 'watching the data folder failed; reload with SIGHUP'));
      } catch (error) {
        logger.warn({ err: error, dir }, 'cannot watch the data folder; reload with SIGHUP');
      }
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
      watcher = null;
    },
  };
}
