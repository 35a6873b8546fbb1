import { describe, expect, it } from 'vitest';
import { positional, shaped, shapedValues, statement } from '../../src/db/sql';

describe('positional placeholders', () => {
  it('numbers every ? in order', () => {
    expect(positional('select * from t where a = ? and b in (?, ?)')).toBe('select * from t where a = $1 and b in ($2, $3)');
  });

  it('leaves ? alone inside strings, quoted identifiers, comments and dollar-quoted bodies', () => {
    expect(positional(`select '?', 'it''s ?', "col?" from t where x = ? -- what?\nand y = ?`)).toBe(`select '?', 'it''s ?', "col?" from t where x = $1 -- what?\nand y = $2`);
    expect(positional('select $$ ? $$ as a, $tag$ ? $tag$ as b, ? as c')).toBe('select $$ ? $$ as a, $tag$ ? $tag$ as b, $1 as c');
  });
});

describe('statements', () => {
  it('names a statement by its text, so equal texts share one prepared statement and others never collide', () => {
    expect(statement('select 1').name).toBe(statement('select 1').name);
    expect(statement('select 1').name).not.toBe(statement('select 2').name);
    expect(statement('select 1').name).toMatch(/^lh_[0-9a-f]{20}$/);
  });

  it('builds a shaped statement once per shape, numbering named parameters by first use', () => {
    let built = 0;
    const build = (p: (name: string) => string) => {
      built++;
      return `select ${p('a')}::int + ${p('b')}::int + ${p('a')}::int`;
    };
    const one = shaped('test-shape-1', build);
    const again = shaped('test-shape-1', build);
    expect(again).toBe(one);
    expect(built).toBe(1);
    expect(one.statement.text).toBe('select $1::int + $2::int + $1::int');
    expect(shapedValues(one, { b: 2, a: 1, unused: 9 })).toEqual([1, 2]);
    expect(() => shapedValues(one, { a: 1 })).toThrow(/no value for parameter b/);
  });
});
