import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './app';
import { sql } from './sql';

const WAIT_MS = 10_000;

export interface LiveResult<TData> {
  data?: TData | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * One subscription over the real graphql-ws client, on its own socket: collects every
 * result as it arrives (data and per-event field errors), and notes a socket error or the
 * end of the stream.
 */
export class LiveSubscription<TData> {
  readonly results: LiveResult<TData>[] = [];
  readonly failures: unknown[] = [];
  completed = false;
  private readonly client: Client;
  private readonly unsubscribe: () => void;

  constructor(t: TestApp, key: string, doc: TypedDocumentNode<TData, never>, variables: Record<string, unknown>) {
    this.client = createClient({ url: t.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
    this.unsubscribe = this.client.subscribe<TData>(
      { query: print(doc), variables },
      {
        next: (r) => this.results.push(r as LiveResult<TData>),
        error: (err) => this.failures.push(err),
        complete: () => {
          this.completed = true;
        },
      },
    );
  }

  /** The data of every result so far. */
  get data(): TData[] {
    return this.results.flatMap((r) => (r.data ? [r.data] : []));
  }

  /** Waits until `done` holds for the data received; fails on a socket error, the stream's end or after 10 s. */
  async until(done: (data: TData[]) => boolean, what: string): Promise<TData[]> {
    const deadline = Date.now() + WAIT_MS;
    while (!done(this.data)) {
      if (this.failures.length > 0 || this.completed) throw new Error(`subscription ended while waiting for ${what}: ${JSON.stringify(this.failures)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(this.results)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.data;
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.client.dispose();
  }
}

/**
 * The cursor (seq) of the newest committed event, once every earlier event is numbered and
 * dispatched. A subscription started `after` it receives every later event however long the
 * server takes to attach it, so a test never races its subscribe message against the
 * mutation that follows.
 */
export async function latestCursor(t: TestApp): Promise<string> {
  await t.app.dispatcher.flush();
  const [row] = await sql<{ max: string }>(t, 'select coalesce(max(seq), 0)::text as max from outbox_events');
  return row!.max;
}
