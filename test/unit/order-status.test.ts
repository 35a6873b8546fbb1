import { describe, expect, it } from 'vitest';
import { CANCELLABLE, SalesOrderStatus, TRANSITIONS, assertTransition, canTransition, nextStatuses } from '../../src/modules/sales/order-status';
import { DomainError } from '../../src/shared/errors';

const ALL = Object.values(SalesOrderStatus);

/**
 * The status machine written out by hand, one row per state: what it may become. Every one
 * of the 169 (from, to) pairs is checked against it, so a change to the table in
 * order-status.ts must be made here too, on purpose.
 */
const EXPECTED: Record<SalesOrderStatus, SalesOrderStatus[]> = {
  DRAFT: ['CONFIRMED', 'CREDIT_HOLD', 'CANCELLED'] as SalesOrderStatus[],
  CREDIT_HOLD: ['CONFIRMED', 'CANCELLED'] as SalesOrderStatus[],
  CONFIRMED: ['ALLOCATED', 'PARTIALLY_ALLOCATED', 'BACKORDERED', 'CANCELLED'] as SalesOrderStatus[],
  ALLOCATED: ['PARTIALLY_ALLOCATED', 'BACKORDERED', 'PICKING', 'CANCELLED'] as SalesOrderStatus[],
  PARTIALLY_ALLOCATED: ['ALLOCATED', 'BACKORDERED', 'PICKING', 'CANCELLED'] as SalesOrderStatus[],
  BACKORDERED: ['ALLOCATED', 'PARTIALLY_ALLOCATED', 'CANCELLED'] as SalesOrderStatus[],
  PICKING: ['PARTIALLY_ALLOCATED', 'BACKORDERED', 'PACKED', 'CANCELLED'] as SalesOrderStatus[],
  PACKED: ['PARTIALLY_SHIPPED', 'SHIPPED', 'CANCELLED'] as SalesOrderStatus[],
  PARTIALLY_SHIPPED: ['SHIPPED'] as SalesOrderStatus[],
  SHIPPED: ['INVOICED'] as SalesOrderStatus[],
  INVOICED: ['CLOSED'] as SalesOrderStatus[],
  CLOSED: [],
  CANCELLED: [],
};

const pairs = ALL.flatMap((from) => ALL.map((to) => ({ from, to, allowed: EXPECTED[from].includes(to) })));

describe('sales order status machine', () => {
  it('has a row for every state and names only known states', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...ALL].sort());
    for (const from of ALL) for (const to of TRANSITIONS[from]) expect(ALL).toContain(to);
    expect(pairs).toHaveLength(169);
  });

  it.each(pairs)('$from -> $to allowed: $allowed', ({ from, to, allowed }) => {
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      let thrown: unknown;
      try {
        assertTransition(from, to);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      const e = thrown as DomainError;
      expect(e.code).toBe('ILLEGAL_TRANSITION');
      // The message names both states, so a client can show it as it is.
      expect(e.message).toContain(from);
      expect(e.message).toContain(to);
      expect(e.details).toEqual({ from, to });
      expect(e.field).toEqual(['input', 'id']);
    }
  });

  it('allows CANCELLED from exactly the states before the first shipment', () => {
    const beforeShipment = ['DRAFT', 'CREDIT_HOLD', 'CONFIRMED', 'ALLOCATED', 'PARTIALLY_ALLOCATED', 'BACKORDERED', 'PICKING', 'PACKED'];
    expect([...CANCELLABLE].sort()).toEqual(beforeShipment.sort());
    for (const from of ALL) expect(canTransition(from, SalesOrderStatus.CANCELLED), from).toBe(beforeShipment.includes(from));
  });

  it('has final states with no way out, and no state goes to itself or back to DRAFT', () => {
    expect(nextStatuses(SalesOrderStatus.CLOSED)).toEqual([]);
    expect(nextStatuses(SalesOrderStatus.CANCELLED)).toEqual([]);
    for (const from of ALL) {
      expect(canTransition(from, from), from).toBe(false);
      expect(canTransition(from, SalesOrderStatus.DRAFT), from).toBe(false);
    }
  });

  it('reaches CLOSED from DRAFT along the forward path', () => {
    const path = ['DRAFT', 'CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED', 'SHIPPED', 'INVOICED', 'CLOSED'] as SalesOrderStatus[];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!), `${path[i - 1]} -> ${path[i]}`).toBe(true);
  });
});
