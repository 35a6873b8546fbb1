import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';
import { ItemBarcodeType } from '../catalog/catalog.types';
import type { Gs1ErrorCode, ScanSymbology as ParsedSymbology } from '../catalog/gs1-elements';
import { ScanKind } from './scan.service';

/** AIM symbology identifiers, named (see catalog/gs1-elements.ts). */
export enum ScanSymbology {
  GS1_128 = 'GS1_128',
  GS1_DATAMATRIX = 'GS1_DATAMATRIX',
  GS1_QR = 'GS1_QR',
  GS1_DATABAR = 'GS1_DATABAR',
  GS1_DOTCODE = 'GS1_DOTCODE',
  CODE_128 = 'CODE_128',
  EAN_UPC = 'EAN_UPC',
  DATAMATRIX = 'DATAMATRIX',
  QR = 'QR',
  OTHER = 'OTHER',
  /** No symbology identifier was sent. */
  NONE = 'NONE',
}

export enum ScanErrorCode {
  EMPTY = 'EMPTY',
  /** Parenthesised form: an AI not in (2-4 digits). */
  MALFORMED = 'MALFORMED',
  UNKNOWN_AI = 'UNKNOWN_AI',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  /** Not a digit in a numeric AI, or outside GS1 character set 82. */
  INVALID_CHARACTER = 'INVALID_CHARACTER',
  INVALID_CHECK_DIGIT = 'INVALID_CHECK_DIGIT',
  INVALID_DATE = 'INVALID_DATE',
  /** The same AI twice with different values. */
  CONFLICTING_AI = 'CONFLICTING_AI',
}

// The GraphQL enums name exactly the parser's values (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _symbologies: Same<`${ScanSymbology}`, ParsedSymbology> = true;
const _errorCodes: Same<`${ScanErrorCode}`, Gs1ErrorCode> = true;

registerEnumType(ScanKind, {
  name: 'ScanKind',
  description: 'What a scan identifies first; the other fields of the result say what else it resolved to.',
  valuesConfig: {
    ITEM: { description: 'An item barcode or a GTIN (AI 01 or 02), known here or not (then `item` is null).' },
    LOCATION: { description: 'A location label.' },
    LOT: { description: 'A lot number: plain, or AI 10 without a GTIN.' },
    SERIAL: { description: 'A serial number: plain, or AI 21 without a GTIN.' },
    CARTON: { description: 'An SSCC (AI 00): a carton or pallet.' },
    UNKNOWN: { description: 'Nothing known here matches (or nothing the key may see).' },
    INVALID: { description: 'The scan is malformed: see `error`.' },
  },
});
registerEnumType(ScanSymbology, { name: 'ScanSymbology' });
registerEnumType(ScanErrorCode, { name: 'ScanErrorCode' });

@ObjectType('ScanElement', { simpleResolvers: true, description: 'One GS1 Application Identifier and its value, decoded.' })
export class ScanElementType {
  @Field(() => String, { description: 'The Application Identifier, e.g. "01", "3103".' })
  ai!: string;

  @Field(() => String, { description: 'The GS1 data title, e.g. "BATCH/LOT".' })
  title!: string;

  @Field(() => String, { description: 'The value as encoded.' })
  raw!: string;

  @Field(() => Int, { description: "Offset of the AI's first digit in the raw scan (0-based)." })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Date AIs (11, 13, 15, 17): YYYY-MM-DD, day 00 read as the last day of the month.' })
  date!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Counts (30, 37).' })
  quantity!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Measures (310n net weight, 330n gross weight) with their n decimals.' })
  measure!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of `measure`, e.g. "kg".' })
  measureUnit!: string | null;

  @Field(() => String, { nullable: true, description: '01 and 02: the GTIN-14.' })
  gtin!: string | null;
}

@ObjectType('ScanError', { simpleResolvers: true, description: 'Why a scan cannot be read, and where.' })
export class ScanErrorType {
  @Field(() => ScanErrorCode)
  code!: ScanErrorCode;

  @Field(() => String)
  message!: string;

  @Field(() => Int, { description: 'Offset of the offending character in the raw scan (0-based, counting any symbology identifier).' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'The AI the error is in, when one was read.' })
  ai!: string | null;
}

@ObjectType('ScanParseResult', { description: 'What a scan means here, before anyone acts on it.' })
export class ScanParseResultType {
  @Field(() => String)
  raw!: string;

  @Field(() => Boolean, { description: 'Read as GS1 data (element string or parenthesised form).' })
  gs1!: boolean;

  @Field(() => ScanSymbology)
  symbology!: ScanSymbology;

  @Field(() => String, { nullable: true, description: 'The AIM symbology identifier as sent, e.g. "]C1".' })
  symbologyId!: string | null;

  @Field(() => ScanKind)
  kind!: ScanKind;

  @Field(() => [ScanElementType], { description: 'GS1 elements in scan order (those read before an error, when there is one); empty for a plain scan.' })
  elements!: unknown[];

  @Field(() => ScanErrorType, { nullable: true })
  error!: unknown;

  @Field(() => ItemBarcodeType, { nullable: true, description: 'The item barcode that matched.' })
  barcode!: unknown;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Base units the scan stands for: the barcode's pack quantity (12 for a case of twelve) times the count in AI 37 or 30 when given; 1 for one serial.",
  })
  quantity!: string | null;

  @Field(() => String, { nullable: true, description: 'AI 00: the SSCC of a carton or pallet (cartons are not recorded yet).' })
  sscc!: string | null;
}
