import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onStatement } from '../../src/db/stats';
import { EventDispatcher, type PublishedEvent, type SequencerFeed } from '../../src/modules/events/event-dispatcher';
import { eventColumns, type OutboxRow, toPublished } from '../../src/modules/events/published-event';
import { SEQUENCED_CHANNEL } from '../../src/modules/events/sequencer';
import { STOCK_DOCUMENT_POSTED } from '../../src/modules/inventory/stock-document.service';
import { startTestApp, type TestApp } from '../helpers/app';
import { systemContext } from '../helpers/context';
import { itemFixture, warehouseFixture } from '../helpers/fixtures';
import { sql } from '../helpers/sql';

/**
 * The sequencer's node gets the events of a round straight from the round (a hand-off),
 * every other node reads them by seq after the round's NOTIFY. Here a dispatcher runs on
 * the test app's database with a stand-in sequencer, so that hand-offs, reads and NOTIFYs
 * can be made to meet: every event must still reach a subscriber exactly once, in seq order.
 */
const TOPIC = 'test.handoff';
let t: TestApp;

class FakeSequencer implements SequencerFeed {
  isLeader = true;
  roundInFlight: Promise<unknown> | undefined = undefined;
  private readonly sequenced = new Set<(events: readonly PublishedEvent[]) => void>();
  private readonly leadership = new Set<(leader: boolean) => void>();

  onSequenced(listener: (events: readonly PublishedEvent[]) => void): () => void {
    this.sequenced.add(listener);
    return () => this.sequenced.delete(listener);
  }

  onLeadership(listener: (leader: boolean) => void): () => void {
    this.leadership.add(listener);
    return () => this.leadership.delete(listener);
  }

  async runNow(): Promise<null> {
    return null;
  }

  handOff(events: readonly PublishedEvent[]): void {
    for (const l of this.sequenced) l(events);
  }

  lead(leader: boolean): void {
    this.isLeader = leader;
    for (const l of this.leadership) l(leader);
  }
}

interface Node {
  sequencer: FakeSequencer;
  dispatcher: EventDispatcher;
  /** What the dispatcher emitted, before the subscriber stream's own guard against repeats. */
  emitted: string[];
  /** What the subscriber received. */
  received: string[];
}

const nodes: Node[] = [];

async function node(leader: boolean): Promise<Node> {
  const sequencer = new FakeSequencer();
  sequencer.isLeader = leader;
  // The safety-net poll is a minute: whatever arrives here came by hand-off, NOTIFY or an explicit read.
  const dispatcher = new EventDispatcher(t.app.db, pino({ level: 'silent' }), sequencer, 60_000);
  await dispatcher.start();
  const emitted: string[] = [];
  const received: string[] = [];
  const stream = dispatcher.stream([TOPIC], (e) => emitted.push(e.seq) > 0);
  void (async () => {
    for await (const e of stream) received.push(e.seq);
  })();
  const n = { sequencer, dispatcher, emitted, received };
  nodes.push(n);
  return n;
}

beforeAll(async () => {
  t = await startTestApp({}, { events: { pollMs: 60_000 } });
});
afterAll(async () => {
  for (const n of nodes) await n.dispatcher.stop();
  await t.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `n` events numbered after the last seq, as a round would number them; `notify`: with the round's NOTIFY. */
async function numbered(n: number, notify = false): Promise<PublishedEvent[]> {
  await t.app.dispatcher.flush();
  const rows = await sql<OutboxRow>(
    t,
    `with e as (
       insert into outbox_events (topic, aggregate_type, aggregate_id, payload, seq)
       select '${TOPIC}', 'Handoff', g::text, jsonb_build_object('n', g), g
       from generate_series((select coalesce(max(seq), 0) + 1 from outbox_events), (select coalesce(max(seq), 0) + ? from outbox_events)) g
       returning *),
     notified as (select pg_notify(?, max(e.seq)::text) as sent from e where ? having count(*) > 0)
     select ${eventColumns('e')} from e left join notified on true order by e.seq`,
    [n, SEQUENCED_CHANNEL, notify],
  );
  return rows.map(toPublished);
}

const seqs = (events: readonly PublishedEvent[]) => events.map((e) => e.seq);

async function settle(n: Node): Promise<void> {
  await n.dispatcher.flush();
  await sleep(50);
}

describe('the sequencer node: events handed over by the round', () => {
  it('a hand-off while a read of the same events is in flight, before it and after it: each event once, in order', async () => {
    const n = await node(true);
    const expected: string[] = [];
    for (const when of ['during', 'before', 'after'] as const) {
      const events = await numbered(3);
      expected.push(...seqs(events));
      if (when === 'before') n.sequencer.handOff(events);
      n.dispatcher.wake(); // the read starts now
      if (when === 'during') n.sequencer.handOff(events);
      await settle(n);
      if (when === 'after') n.sequencer.handOff(events);
      await sleep(20);
    }
    expect(n.emitted).toEqual(expected);
    expect(n.received).toEqual(expected);
    expect(n.dispatcher.position).toBe(BigInt(expected.at(-1)!));
  });

  it('a hand-off that does not follow the cursor (events numbered elsewhere in between) reads the gap first', async () => {
    const n = await node(true);
    const start = n.dispatcher.position;
    const elsewhere = await numbered(2);
    const round = await numbered(3);
    n.sequencer.handOff(round);
    await settle(n);
    expect(n.emitted).toEqual([...seqs(elsewhere), ...seqs(round)]);
    expect(n.received).toEqual(n.emitted);
    expect(BigInt(n.received[0]!)).toBe(start + 1n);
  });

  it('hands a round over without reading: no statement at all', async () => {
    const n = await node(true);
    await settle(n);
    const events = await numbered(4);
    const sent: string[] = [];
    const off = onStatement((text) => sent.push(text));
    n.sequencer.handOff(events);
    await sleep(100);
    off();
    expect(n.emitted).toEqual(seqs(events));
    expect(n.received).toEqual(seqs(events));
    expect(sent).toEqual([]);
  });
});

describe('the other nodes: events read after the NOTIFY', () => {
  it('a NOTIFY and a hand-off of the same round at the same time (the role moving): each event once, in order', async () => {
    const n = await node(false);
    const expected: string[] = [];
    for (let i = 0; i < 10; i++) {
      const events = await numbered(2 + (i % 3), true);
      expected.push(...seqs(events));
      if (i % 2 === 0) n.sequencer.handOff(events);
      else await sleep(i % 3);
      if (i % 2 === 1) n.sequencer.handOff(events);
    }
    await settle(n);
    expect(n.emitted).toEqual(expected);
    expect(n.received).toEqual(expected);
  });

  it('a NOTIFY arrives by itself; one for events already here costs no read', async () => {
    const n = await node(false);
    await settle(n);
    const events = await numbered(3, true);
    const deadline = Date.now() + 5000;
    while (n.received.length < 3 && Date.now() < deadline) await sleep(10);
    expect(n.received).toEqual(seqs(events));

    const reads: string[] = [];
    const off = onStatement((text) => {
      if (text.includes('from outbox_events o where o.seq >')) reads.push(text);
    });
    await sql(t, 'select pg_notify(?, ?)', [SEQUENCED_CHANNEL, events.at(-1)!.seq]);
    await sleep(200);
    off();
    expect(reads).toEqual([]);
    expect(n.emitted).toEqual(seqs(events));
    expect(n.received).toEqual(seqs(events));
  });

  it('the LISTEN follows the role: a node that becomes the sequencer stops listening and catches up by a read, and listens again when it stops', async () => {
    const n = await node(false);
    const expected: string[] = [];
    const phase = async (leader: boolean) => {
      n.sequencer.lead(leader);
      await sleep(100);
      const events = await numbered(2, true);
      expected.push(...seqs(events));
      if (leader) n.sequencer.handOff(events);
      const deadline = Date.now() + 5000;
      while (n.received.length < expected.length && Date.now() < deadline) await sleep(10);
    };
    await phase(false);
    await phase(true);
    // Numbered by someone else while this node leads: no NOTIFY reaches it, the next hand-off reads the gap.
    const elsewhere = await numbered(1, true);
    await sleep(100);
    expect(n.received).not.toContain(elsewhere[0]!.seq);
    expected.push(...seqs(elsewhere));
    await phase(true);
    await phase(false);
    expect(n.emitted).toEqual(expected);
    expect(n.received).toEqual(expected);
  });
});

describe('what the event path costs a command', () => {
  it('on the sequencer node: one statement (the round), and no read to hand its events to a subscriber', async () => {
    // The stand-in nodes above would read after the round's NOTIFY: this is about the app's own node.
    for (const n of nodes.splice(0)) await n.dispatcher.stop();
    const w = await warehouseFixture(t, 'HO');
    const item = await itemFixture(t, 'HO-1');
    const receive = () =>
      t.app.services.stockDocuments.receive(systemContext(t), { warehouseId: w.id, lines: [{ itemId: item.id, locationId: w.locDb.A1, quantity: '1', unitCost: '2.50' }] });
    await receive(); // the summary row exists, the statements are prepared
    await t.app.dispatcher.flush();
    const received: string[] = [];
    const stream = t.app.dispatcher.stream([STOCK_DOCUMENT_POSTED], () => true);
    void (async () => {
      for await (const e of stream) received.push(e.aggregateId);
    })();

    for (let i = 0; i < 3; i++) {
      const sent: string[] = [];
      const off = onStatement((text) => sent.push(text.replace(/\s+/g, ' ').trim().slice(0, 40)));
      const { documentId } = await receive();
      const deadline = Date.now() + 5000;
      while (!received.includes(documentId) && Date.now() < deadline) await sleep(2);
      await sleep(50);
      off();
      expect(received).toContain(documentId);
      // BEGIN, the state read, the write, COMMIT; then the round, and nothing else: no read.
      const rounds = sent.filter((s) => s.startsWith('with horizon as materialized')).length;
      expect(sent.length - rounds, sent.join('\n')).toBe(4);
      // On PostgreSQL another database's transaction can hold the cluster-wide horizon for a moment: a follow-up round.
      if (t.db.kind === 'pglite') expect(rounds).toBe(1);
      else expect(rounds).toBeGreaterThanOrEqual(1);
    }
    await stream.return?.();
  });
});
