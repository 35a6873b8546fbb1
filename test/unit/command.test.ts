import { describe, expect, it } from 'vitest';
import { canonicalJson, hashInput } from '../../src/db/command';
import { decodeCursor, encodeCursor } from '../../src/db/pagination';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';

describe('idempotency hashing', () => {
  it('is independent of key order and ignores the idempotency key itself', () => {
    const a = { b: 1, a: [1, { y: 2, x: '3' }], idempotencyKey: 'k1' };
    const b = { a: [1, { x: '3', y: 2 }], b: 1, idempotencyKey: 'k2' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(hashInput('cmd', a)).toBe(hashInput('cmd', b));
  });

  it('differs for a different input or command', () => {
    expect(hashInput('cmd', { qty: '1' })).not.toBe(hashInput('cmd', { qty: '2' }));
    expect(hashInput('cmd.a', { qty: '1' })).not.toBe(hashInput('cmd.b', { qty: '1' }));
  });
});

describe('opaque ids and cursors', () => {
  it('round-trips a global id and refuses garbage', () => {
    const id = toGlobalId('Item', '42');
    expect(fromGlobalId(id)).toEqual({ type: 'Item', id: '42' });
    expect(fromGlobalId('not-an-id')).toBeNull();
    expect(fromGlobalId(toGlobalId('Item', 'abc'))).toBeNull();
    expect(fromGlobalId('')).toBeNull();
  });

  it('round-trips a cursor and refuses a forged one', () => {
    expect(decodeCursor(encodeCursor('ABC-1', '7'))).toEqual(['ABC-1', '7']);
    expect(() => decodeCursor('garbage')).toThrow(/cursor/);
    expect(() => decodeCursor(Buffer.from('["a", 1]').toString('base64url'))).toThrow(/cursor/);
  });
});
