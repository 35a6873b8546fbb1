import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DecimalScalar, parseDecimalInput } from '../../src/graphql/scalars';
import { Decimal } from '../../src/shared/decimal';

describe('Decimal scalar', () => {
  it.each([
    ['12.50', '12.5'],
    ['-0.125', '-0.125'],
    ['0012', '12'],
    ['-0', '0'],
    ['0.000000000001', '0.000000000001'],
    ['999999999999999999.999999', '999999999999999999.999999'],
  ])('parses %j as %s', (input, expected) => {
    expect(parseDecimalInput(input)).toBe(expected);
  });

  it.each([
    ['NaN', /not a decimal/],
    ['Infinity', /not a decimal/],
    ['1e5', /not a decimal/],
    ['1E2', /not a decimal/],
    [' 7 ', /not a decimal/],
    ['+3', /not a decimal/],
    ['.5', /not a decimal/],
    ['5.', /not a decimal/],
    ['1\u00002', /not a decimal/],
    [42, /string/],
    ['1000000000000000000', /out of range/],
    ['-1000000000000000000', /out of range/],
    ['0.' + '1'.repeat(30), /30 decimal places; at most 12/],
    ['0.0000000000001', /13 decimal places/],
    ['12,50', /not a decimal/],
    ['', /not a decimal/],
    ['0x10', /not a decimal/],
  ])('rejects %j', (input, message) => {
    expect(() => parseDecimalInput(input)).toThrow(message);
    try {
      parseDecimalInput(input);
    } catch (err) {
      expect(err).toBeInstanceOf(GraphQLError);
      expect((err as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses floats: they have lost precision before the server sees them', () => {
    expect(() => parseDecimalInput(0.1)).toThrow(/string/);
    expect(() => parseDecimalInput(2 ** 60)).toThrow(/string/);
  });

  it('serializes exactly, in plain notation', () => {
    expect(DecimalScalar.serialize('1.500000')).toBe('1.5');
    expect(DecimalScalar.serialize(new Decimal('1e-7'))).toBe('0.0000001');
    expect(DecimalScalar.serialize('0.000000')).toBe('0');
    expect(DecimalScalar.serialize('123456789012345678.123456')).toBe('123456789012345678.123456');
  });
});
