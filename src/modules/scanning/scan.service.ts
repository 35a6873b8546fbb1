import { hasScope } from '../../auth/principal';
import { Scope } from '../../auth/roles';
import { escapeLike } from '../../db/pagination';
import type { ServiceContext } from '../../shared/context';

import { dec, toText } from '../../shared/decimal';
import { checkGtin, looksLikeGtin } from '../catalog/gs1';
import { type Gs1Element, type Gs1Error, readScan, type ScanSymbology } from '../catalog/gs1-elements';
import type { ItemBarcode } from '../catalog/item-barcode.entity';
import type { ItemService } from '../catalog/item.service';
import { Lot, Serial } from '../inventory/lot.entity';
import { Location } from '../warehouse/location.entity';

/** What a scan identifies first; every other field of the result says what else it resolved to. */
export enum ScanKind {
  /** An item barcode or GTIN (AI 01/02), known here or not (then `item` is null). */
  ITEM = 'ITEM',
  /** A location label. */
  LOCATION = 'LOCATION',
  /** A lot number (plain, or AI 10 without a GTIN). */
  LOT = 'LOT',
  /** A serial number (plain, or AI 21 without a GTIN). */
  SERIAL = 'SERIAL',
  /** An SSCC (AI 00): a carton or pallet. */
  CARTON = 'CARTON',
  /** Nothing known here matches. */
  UNKNOWN = 'UNKNOWN',
  /** The scan is malformed: see `error`. */
  INVALID = 'INVALID',
}

export interface ScanResolution {
  raw: string;
  gs1: boolean;
  symbology: ScanSymbology;
  symbologyId: string | null;
  elements: Gs1Element[];
  error: Gs1Error | null;
  kind: ScanKind;
  /** The item the scan names (the resolver loads it through the request's loader). */
  itemId: string | null;
  barcode: ItemBarcode | null;
  quantity: string | null;
  lots: Lot[];
  serials: Serial[];
  location: Location | null;
  sscc: string | null;
}

/** Longest scan read; a longer one is refused before any parsing or lookup. */
export const MAX_SCAN_LENGTH = 1000;
/** At most this many lots or serials of different items answer a bare number. */
const MAX_NUMBER_MATCHES = 10;

/**
 * What a scan means here, before anyone acts on it: the GS1 elements it carries and the
 * item, lot, serial or location they name. Lookups the caller's key may not see are not
 * made (a STOREFRONT key never learns that a code is a location or a lot), and the number
 * of statements is fixed: at most four (barcode, location, lots, serials); the item and
 * the lots' and serials' relations are read through the request's loaders.
 */
export class ScanService {
  constructor(private readonly items: ItemService) {}

  async parse(ctx: ServiceContext, raw: string, today: Date = new Date()): Promise<ScanResolution> {
    const empty = { elements: [], error: null, itemId: null, barcode: null, quantity: null, lots: [], serials: [], location: null, sscc: null };
    if (raw.length > MAX_SCAN_LENGTH) {
      const error: Gs1Error = { code: 'TOO_LONG', position: MAX_SCAN_LENGTH, ai: null, message: `A scan is at most ${MAX_SCAN_LENGTH} characters.` };
      return { ...empty, raw, gs1: false, symbology: 'NONE', symbologyId: null, error, kind: ScanKind.INVALID };
    }
    const read = readScan(raw, { today });
    const seeInventory = hasScope(ctx.principal, Scope.INVENTORY_READ);
    if (read.format === 'GS1') {
      const head = { ...empty, raw, gs1: true, symbology: read.symbology, symbologyId: read.symbologyId, elements: read.elements };
      if (read.error) return { ...head, error: read.error, kind: ScanKind.INVALID };
      const value = (ai: string) => read.elements.find((e) => e.ai === ai) ?? null;
      const gtin = value('01') ?? value('02');
      const lotNumber = value('10')?.raw ?? null;
      const serialNumber = value('21')?.raw ?? null;
      const barcode = gtin ? await this.items.findByBarcode(ctx, gtin.raw) : null;
      const itemId = barcode?.item.id ?? null;
      // With a GTIN but no item known for it, a lot or serial number names nothing here.
      const lots = seeInventory && lotNumber && (itemId || !gtin) ? await this.lots(ctx, lotNumber, itemId) : [];
      const serials = seeInventory && serialNumber && (itemId || !gtin) ? await this.serials(ctx, serialNumber, itemId) : [];
      const count = value('37') ?? value('30');
      const quantity = barcode ? toText(dec(barcode.quantity).times(count?.quantity ?? '1')) : serials.length === 1 && !count ? '1' : null;
      const kind = value('00') ? ScanKind.CARTON : gtin ? ScanKind.ITEM : serialNumber ? ScanKind.SERIAL : lotNumber ? ScanKind.LOT : ScanKind.UNKNOWN;
      return { ...head, kind, itemId: itemId ?? onlyItemOf(lots, serials), barcode, quantity, lots, serials, sscc: value('00')?.raw ?? null };
    }

    const head = { ...empty, raw, gs1: false, symbology: read.symbology, symbologyId: read.symbologyId };
    const text = read.text;
    if (text.length === 0) return { ...head, error: { code: 'EMPTY', position: 0, ai: null, message: 'The scan is empty.' }, kind: ScanKind.INVALID };
    const barcode = await this.items.findByBarcode(ctx, text);
    const location = hasScope(ctx.principal, Scope.WAREHOUSE_READ) ? await ctx.em.findOne(Location, { barcode: text }) : null;
    const lots = seeInventory ? await this.lots(ctx, text, null) : [];
    const serials = seeInventory ? await this.serials(ctx, text, null) : [];
    const kind = barcode ? ScanKind.ITEM : location ? ScanKind.LOCATION : serials.length ? ScanKind.SERIAL : lots.length ? ScanKind.LOT : ScanKind.UNKNOWN;
    if (kind === ScanKind.UNKNOWN && looksLikeGtin(text)) {
      // Digits of a GTIN's length that match nothing: a mistyped or misread GTIN is the likely story.
      const check = checkGtin(text);
      if (!check.ok) {
        const position = raw.indexOf(text) + text.length - 1;
        return { ...head, kind: ScanKind.INVALID, error: { code: 'INVALID_CHECK_DIGIT', position, ai: null, message: `${text} is not a valid GTIN: ${check.reason}.` } };
      }
    }
    const itemId = barcode ? barcode.item.id : onlyItemOf(lots, serials);
    const quantity = barcode ? toText(barcode.quantity) : kind === ScanKind.SERIAL && serials.length === 1 ? '1' : null;
    return { ...head, kind, itemId, barcode, quantity, lots, serials, location };
  }

  /** Lots by number (case-insensitive, as `lotByNumber`): of one item, or of any item. */
  private lots(ctx: ServiceContext, lotNumber: string, itemId: string | null): Promise<Lot[]> {
    return ctx.em.find(Lot, { lotNumber: { $ilike: escapeLike(lotNumber) }, ...(itemId ? { item: itemId } : {}) }, { orderBy: { id: 'asc' }, limit: MAX_NUMBER_MATCHES });
  }

  private serials(ctx: ServiceContext, serialNumber: string, itemId: string | null): Promise<Serial[]> {
    return ctx.em.find(Serial, { serialNumber, ...(itemId ? { item: itemId } : {}) }, { orderBy: { id: 'asc' }, limit: MAX_NUMBER_MATCHES });
  }
}

/** The item when every lot and serial found belongs to the same one. */
function onlyItemOf(lots: readonly Lot[], serials: readonly Serial[]): string | null {
  const ids = new Set([...lots.map((l) => l.item.id), ...serials.map((s) => s.item.id)]);
  return ids.size === 1 ? ([...ids][0] as string) : null;
}
