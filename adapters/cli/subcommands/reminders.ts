/**
 * `sg17 reminders [--now ISO] [--json] [--count N]`: the reminder plan — the next posts for every
 * channel subscribed in the bot database (SG17_DB, from the environment or ./.env), or for the
 * console channel's default (all Questions) when the database holds none. Same planner as the
 * running scheduler. It also says what this database already handled: a service that ran later
 * than --now (a demo clock) has posted or dropped what fell due in between, and a subscription
 * made later than --now is owed nothing before it.
 */
import { parseArgs } from 'node:util';
import type { Answer } from '../../../src/engine/answer.js';
import type { SubscriptionStore } from '../../../src/store/port.js';
import type { Store } from '../../../src/store/port.js';
import { renderText } from '../../console/render-text.js';
import { consoleDefaultSubscription } from '../../console/address.js';
import { LAST_TICK_KEY } from '../../reminders/scheduler.js';
import { cliNow } from '../now.js';
import { loadCatalog, loadRuntimeConfig, openExistingStore } from '../runtime.js';
import { cliDispatcher } from '../dispatch.js';
import { exitCodeFor } from './query.js';
import { UsageError, type CliIO, type ExitCode, type Subcommand } from '../subcommand.js';

/** A read-only view holding only the console channel's default subscription (nothing is stored). */
function consoleDefaultView(): SubscriptionStore {
  const subscription = consoleDefaultSubscription('1970-01-01T00:00:00.000Z');
  const readOnly = (): never => {
    throw new Error('the reminders preview changes no subscription');
  };
  return {
    listActive: async () => [subscription],
    listForChannel: async (channel) => (channel === subscription.channel ? [subscription] : []),
    subscribe: readOnly,
    unsubscribe: readOnly,
    disable: readOnly,
    ensureDefault: readOnly,
    revision: async () => 0,
  };
}

/**
 * The subscriptions the dispatched `reminders` command reads, opened on its first read: a database
 * that cannot be opened ("file is not a database") or whose rows cannot be read fails inside the
 * dispatcher, so it is answered like any failed command (request id, stack on stderr, exit 1).
 */
class LazySubscriptions implements SubscriptionStore {
  store: Store | undefined;
  /** Whether the database holds subscriptions (else the console channel's default is planned). */
  storesAny = false;
  private opened = false;
  private view: SubscriptionStore | undefined;

  constructor(private readonly open: () => Promise<Store | undefined>) {}

  private async resolve(): Promise<SubscriptionStore> {
    if (!this.view) {
      if (!this.opened) {
        this.opened = true;
        this.store = await this.open();
      }
      this.storesAny = this.store ? (await this.store.subscriptions.listActive()).length > 0 : false;
      this.view = this.storesAny && this.store ? this.store.subscriptions : consoleDefaultView();
    }
    return this.view;
  }
  listForChannel: SubscriptionStore['listForChannel'] = async (channel) => (await this.resolve()).listForChannel(channel);
  listActive: SubscriptionStore['listActive'] = async () => (await this.resolve()).listActive();
  subscribe: SubscriptionStore['subscribe'] = async (...args) => (await this.resolve()).subscribe(...args);
  unsubscribe: SubscriptionStore['unsubscribe'] = async (...args) => (await this.resolve()).unsubscribe(...args);
  disable: SubscriptionStore['disable'] = async (...args) => (await this.resolve()).disable(...args);
  ensureDefault: SubscriptionStore['ensureDefault'] = async (...args) => (await this.resolve()).ensureDefault(...args);
  revision: SubscriptionStore['revision'] = async () => (await this.resolve()).revision();
}

/** What the database already handled that the plan from `now` cannot show. */
export async function handledNotes(store: Store | undefined, now: Date, db: string, planned: readonly Record<string, unknown>[]): Promise<string[]> {
  if (!store) return [];
  const notes: string[] = [];
  const lastRun = await store.ledger.getMeta(LAST_TICK_KEY);
  if (lastRun && Date.parse(lastRun) > now.getTime()) {
    notes.push(
      `The service already ran on this database up to ${lastRun}: reminders due before then were posted, or dropped as late, on that run and are not posted again. Use a fresh SG17_DB for demos (this one: ${db}).`,
    );
  }
  for (const s of await store.subscriptions.listActive()) {
    if (Date.parse(s.createdAt) > now.getTime()) notes.push(`${s.channel} subscribed on ${s.createdAt}: nothing due before then is owed to it.`);
  }
  for (const item of planned) {
    const key = typeof item.key === 'string' ? item.key : item.kind === 'digest' ? `${item.channel}|digest|${item.week}` : undefined;
    const row = key ? await store.ledger.get(key) : undefined;
    if (row && row.status !== 'claimed')
      notes.push(
        `${item.dueAt} for ${item.channel}: already ${row.status === 'sent' ? 'posted' : `${row.status} (${row.note ?? 'no note'})`} — not posted again.`,
      );
  }
  return notes;
}

/** The one figure about personal follows an operator sees. */
export function followersLine(n: number): string {
  return `${n} ${n === 1 ? 'person follows' : 'people follow'} Questions by direct message (not listed: follows are private).`;
}

export const reminders: Subcommand = {
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, now: { type: 'string' }, count: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError('usage: sg17 reminders [--now ISO-8601] [--json] [--count N]');
    const runtime = loadRuntimeConfig(io.env);
    if (!runtime.ok) {
      io.stderr(`sg17 reminders: ${runtime.message}\n`);
      return 2;
    }
    const { config, env } = runtime;
    const now = cliNow(values.now, env);
    const catalog = loadCatalog(config);
    const subscriptions = new LazySubscriptions(() => openExistingStore(config));
    try {
      const dispatched = await cliDispatcher(io, { catalog, now, subscriptions }).dispatch({
        query: { command: 'reminders', options: { count: values.count ?? '20' } },
      });
      const { store, storesAny } = subscriptions;
      let answer: Answer = dispatched.answer;
      if (answer.ok && !storesAny) answer = { ...answer, source: answer.source.replace(/^[^;]*/, "the console channel's default subscription (none stored)") };
      const notes = answer.ok ? await handledNotes(store, now, store?.name ?? config.SG17_DB, answer.data.items) : [];
      // People's follows are private: only how many there are, never who follows what.
      const followers = store ? await store.follows.count() : 0;
      if (values.json) {
        io.stdout(`${JSON.stringify({ ...answer.data, followers, ...(notes.length ? { handled: notes } : {}) }, null, 2)}\n`);
      } else {
        const sections = [...answer.sections];
        if (followers > 0) sections.push({ text: followersLine(followers) });
        if (notes.length) sections.push({ heading: 'Already handled by this database', items: notes.map((text) => ({ text })) });
        io.stdout(renderText({ ...answer, sections }));
      }
      return exitCodeFor(answer);
    } finally {
      await subscriptions.store?.close();
    }
  },
};
