/**
 * Stock held by checkout holds (sales/stock-hold.*): what availability subtracts besides
 * allocations. This is the one definition of a live hold line, for every SQL that counts
 * one (availability, stock summaries, stock events, the hold command itself).
 *
 * A line counts while it is open (its hold is ACTIVE) and `expires_at > now()`. Nothing
 * has to run when a hold expires: from that instant it simply stops counting. now() is
 * the database's clock at the start of the transaction (of the statement, outside one), so
 * every node agrees on when a hold ends and every statement of a command agrees with the
 * others; a command that started earlier than it reads counts a hold a moment longer,
 * which errs on the side of holding, never of overselling.
 *
 * The partial index stock_hold_lines_live (item_id, warehouse_id, expires_at) where open
 * serves it: an expired line falls outside the index range scanned, so it costs nothing
 * but the index pages it sits in, and a summary without holds costs one index probe.
 * `exceptHoldId` (an SQL expression) names a hold whose lines do not count: the one an
 * order confirmation consumes.
 */
export function liveHeldSql(itemId: string, warehouseId: string, exceptHoldId?: string): string {
  return `(select coalesce(sum(live_hold.quantity), 0) from stock_hold_lines live_hold
    where live_hold.item_id = ${itemId} and live_hold.warehouse_id = ${warehouseId} and live_hold.open and live_hold.expires_at > now()${exceptHoldId ? ` and live_hold.hold_id <> ${exceptHoldId}` : ''})`;
}
