import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { editText, formatNumber } from '../../../frontend/components/bpl-format.ts';

interface FormatCase {
  value: string;
  digits: number;
  text: string;
  why: string;
}

const table = JSON.parse(readFileSync(new URL('../resources/format-cases.json', import.meta.url), 'utf8')) as {
  cases: FormatCase[];
};

describe('formatNumber writes every case of the table the server shares', () => {
  for (const c of table.cases) {
    test(`${c.value} to ${c.digits} digits is ${c.text} (${c.why})`, () => {
      assert.equal(formatNumber(Number(c.value), c.digits), c.text);
    });
  }
});

describe('editText gives a value as a person would type it', () => {
  test('whole numbers lose Java’s ".0"', () => assert.equal(editText('8.0'), '8'));
  test('Java’s exponent becomes a plain "e"', () => assert.equal(editText('1.0E-7'), '1e-7'));
  test('−0 is kept', () => assert.equal(editText('-0.0'), '-0'));
  test('full precision is kept', () => assert.equal(editText('0.30000000000000004'), '0.30000000000000004'));
  test('text that is not a finite number is left as it is', () => {
    assert.equal(editText('NaN'), 'NaN');
    assert.equal(editText('Infinity'), 'Infinity');
    assert.equal(editText('abc'), 'abc');
  });
});
