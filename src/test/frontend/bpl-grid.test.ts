import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatNumber } from '../../../frontend/components/bpl-format.ts';
import {
  clampCell,
  copyText,
  drawnSpan,
  drawsPlaceholder,
  sameCells,
  editChanges,
  editingKey,
  editorText,
  inBlock,
  isBlockPaste,
  type Keys,
  navigationKey,
  sameSpan,
  selectionBlock,
  shownText,
  unpackValues,
} from '../../../frontend/components/bpl-grid.ts';

const key = (k: string, mods: Partial<Keys> = {}): Keys => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('selection', () => {
  test('a cursor alone selects its cell', () => {
    assert.deepEqual(selectionBlock({ r: 1, c: 2 }, null), { r0: 1, r1: 1, c0: 2, c1: 2 });
  });
  test('an anchor spans the block to the cursor in any direction', () => {
    assert.deepEqual(selectionBlock({ r: 0, c: 3 }, { r: 2, c: 1 }), { r0: 0, r1: 2, c0: 1, c1: 3 });
  });
  test('no cursor, no selection', () => {
    assert.equal(selectionBlock(null, { r: 1, c: 1 }), null);
    assert.equal(inBlock(null, 0, 0), false);
  });
  test('a cell is in the block up to and including its edges', () => {
    const b = { r0: 1, r1: 2, c0: 0, c1: 1 };
    assert.equal(inBlock(b, 1, 0), true);
    assert.equal(inBlock(b, 2, 1), true);
    assert.equal(inBlock(b, 0, 0), false);
    assert.equal(inBlock(b, 3, 1), false);
    assert.equal(inBlock(b, 1, 2), false);
  });
  test('a move past the edge stops at the last row or column', () => {
    assert.deepEqual(clampCell(-1, 5, 2, 3), { r: 0, c: 2 });
    assert.deepEqual(clampCell(7, -2, 2, 3), { r: 1, c: 0 });
    assert.deepEqual(clampCell(1, 1, 2, 3), { r: 1, c: 1 });
  });
});

describe('keys of a table that is not editing', () => {
  const cur = { r: 1, c: 1 };
  test('arrows move by one cell, and extend the selection with Shift', () => {
    assert.deepEqual(navigationKey(key('ArrowUp'), cur, 3, 3, true), { kind: 'move', dr: -1, dc: 0, extend: false });
    assert.deepEqual(navigationKey(key('ArrowDown'), cur, 3, 3, true), { kind: 'move', dr: 1, dc: 0, extend: false });
    assert.deepEqual(navigationKey(key('ArrowLeft', { shiftKey: true }), cur, 3, 3, false), {
      kind: 'move',
      dr: 0,
      dc: -1,
      extend: true,
    });
    assert.deepEqual(navigationKey(key('ArrowRight'), cur, 3, 3, false), { kind: 'move', dr: 0, dc: 1, extend: false });
  });
  test('Home and End go to the ends of the row', () => {
    assert.deepEqual(navigationKey(key('Home'), cur, 3, 4, false), { kind: 'select', to: { r: 1, c: 0 } });
    assert.deepEqual(navigationKey(key('End'), cur, 3, 4, false), { kind: 'select', to: { r: 1, c: 3 } });
  });
  test('Tab walks row after row and leaves the table past either end', () => {
    assert.deepEqual(navigationKey(key('Tab'), { r: 0, c: 2 }, 2, 3, true), { kind: 'select', to: { r: 1, c: 0 } });
    assert.deepEqual(navigationKey(key('Tab', { shiftKey: true }), { r: 1, c: 0 }, 2, 3, true), {
      kind: 'select',
      to: { r: 0, c: 2 },
    });
    assert.equal(navigationKey(key('Tab'), { r: 1, c: 2 }, 2, 3, true), null);
    assert.equal(navigationKey(key('Tab', { shiftKey: true }), { r: 0, c: 0 }, 2, 3, true), null);
  });
  test('Enter and F2 open the editor on the value, Backspace and Delete on an empty text', () => {
    assert.deepEqual(navigationKey(key('Enter'), cur, 3, 3, true), { kind: 'edit', initial: null });
    assert.deepEqual(navigationKey(key('F2'), cur, 3, 3, true), { kind: 'edit', initial: null });
    assert.deepEqual(navigationKey(key('Backspace'), cur, 3, 3, true), { kind: 'edit', initial: '' });
    assert.deepEqual(navigationKey(key('Delete'), cur, 3, 3, true), { kind: 'edit', initial: '' });
  });
  test('typing a character opens the editor with it', () => {
    assert.deepEqual(navigationKey(key('7'), cur, 3, 3, true), { kind: 'edit', initial: '7' });
    assert.deepEqual(navigationKey(key('-'), cur, 3, 3, true), { kind: 'edit', initial: '-' });
  });
  test('shortcuts and other keys are left to the browser', () => {
    assert.equal(navigationKey(key('c', { ctrlKey: true }), cur, 3, 3, true), null);
    assert.equal(navigationKey(key('v', { metaKey: true }), cur, 3, 3, true), null);
    assert.equal(navigationKey(key('z', { altKey: true }), cur, 3, 3, true), null);
    assert.equal(navigationKey(key('PageDown'), cur, 3, 3, true), null);
  });
  test('a table that is not editable opens no editor', () => {
    for (const k of ['Enter', 'F2', 'Backspace', 'Delete', '7']) {
      assert.equal(navigationKey(key(k), cur, 3, 3, false), null, k);
    }
  });
  test('Escape drops the block, keeping the cursor', () => {
    assert.deepEqual(navigationKey(key('Escape'), cur, 3, 3, false), { kind: 'collapse' });
  });
});

describe('keys while editing', () => {
  test('Enter commits and moves down, Tab right, Shift+Tab left', () => {
    assert.deepEqual(editingKey(key('Enter')), { kind: 'commit', dr: 1, dc: 0 });
    assert.deepEqual(editingKey(key('Tab')), { kind: 'commit', dr: 0, dc: 1 });
    assert.deepEqual(editingKey(key('Tab', { shiftKey: true })), { kind: 'commit', dr: 0, dc: -1 });
  });
  test('Escape cancels; other keys type into the editor', () => {
    assert.deepEqual(editingKey(key('Escape')), { kind: 'cancel' });
    assert.equal(editingKey(key('ArrowLeft')), null);
    assert.equal(editingKey(key('a')), null);
  });
});

describe('paste', () => {
  const blocks = [
    ['spreadsheet rows (TSV)', '1\t2\n3\t4'],
    ['one spreadsheet row', '1\t2'],
    ['a column', '1\n2\n3'],
    ['Windows lines', '1\r\n2'],
    ['CSV', '1,2,3'],
    ['a NumPy literal', 'np.array([[1, 2], [3, 4]])'],
    ['a bare array call', 'array([[1.5]])'],
    ['a Python list', '[[1, 2], [3, 4]]'],
    ['a literal after blanks', '   [1]'],
  ];
  for (const [what, text] of blocks) {
    test(`${what} is a block`, () => assert.equal(isBlockPaste(text), true));
  }
  const values = [
    ['a number', '0.5'],
    ['a number with blanks and a final line', '  -3e-7\n'],
    ['text', 'abc'],
    ['empty', ''],
  ];
  for (const [what, text] of values) {
    test(`${what} is one value`, () => assert.equal(isBlockPaste(text), false));
  }
});

describe('copy', () => {
  const values = ['1.0', '2.0', '3.0', '4.0', '5.0', '6.0'];
  test('the block is copied as tab-separated lines of full-precision values', () => {
    assert.equal(copyText(values, 3, { r0: 0, r1: 1, c0: 1, c1: 2 }), '2.0\t3.0\n5.0\t6.0');
  });
  test('one cell is its value alone', () => {
    assert.equal(copyText(values, 3, { r0: 1, r1: 1, c0: 0, c1: 0 }), '4.0');
  });
});

describe('the edit handshake with the server', () => {
  const fmt = (v: number) => formatNumber(v, 5);
  test('a cell shows its value to the chosen digits', () => {
    assert.equal(shownText(undefined, undefined, '-0.0052887500000000004', fmt), '−0.0052888');
  });
  test('a sent edit shows the text sent until the server answers', () => {
    assert.equal(shownText(undefined, '1e-3', '0.5', fmt), '1e-3');
  });
  test('an invalid cell keeps what was typed, over anything pending', () => {
    assert.equal(shownText('abc', '1e-3', '0.5', fmt), 'abc');
  });
  test('the editor opens on the key typed, else the invalid text, else the pending text, else the value', () => {
    assert.equal(editorText('7', 'abc', '1', '0.5'), '7');
    assert.equal(editorText('', 'abc', '1', '0.5'), '');
    assert.equal(editorText(null, 'abc', '1', '0.5'), 'abc');
    assert.equal(editorText(null, undefined, '1', '0.5'), '1');
    assert.equal(editorText(null, undefined, undefined, '0.5'), '0.5');
  });
  test('an edit is sent only when it changes the text', () => {
    assert.equal(editChanges('0.5', undefined, '0.5'), false);
    assert.equal(editChanges('0.50', undefined, '0.5'), true);
    assert.equal(editChanges('abc', 'abc', '0.5'), false, 'the same invalid text again');
    assert.equal(editChanges('0.5', 'abc', '0.5'), true, 'the value the invalid cell had before');
  });
});

describe('packed values', () => {
  test('a packed list gives back every value, with the hidden cells as null', () => {
    assert.deepEqual(unpackValues('0.5 -1.0E-7 _ NaN -Infinity 4.9E-324'), [
      '0.5',
      '-1.0E-7',
      null,
      'NaN',
      '-Infinity',
      '4.9E-324',
    ]);
  });

  test('an empty table packs to the empty string', () => {
    assert.deepEqual(unpackValues(''), []);
  });
});

describe('drawing windowed tables', () => {
  test('a table keeps its cells only while its size, editability and windowing stay', () => {
    const table = { rows: 12, cols: 12, editable: true, windowed: false };
    assert.equal(sameCells(table, { ...table }), true);
    assert.equal(sameCells(table, { ...table, windowed: true }), false, 'windowed now: only the part in view');
    assert.equal(sameCells({ ...table, windowed: true }, { ...table, windowed: undefined }), false);
    assert.equal(sameCells(table, { ...table, windowed: undefined }), true, 'not sent: not windowed');
    assert.equal(sameCells(table, { ...table, cols: 13 }), false);
    assert.equal(sameCells(table, { ...table, editable: false }), false);
  });

  test('a windowed table is drawn only near the window, any other always', () => {
    assert.equal(drawsPlaceholder(false, false), false, 'not windowed, away from the window: drawn');
    assert.equal(drawsPlaceholder(true, false), true, 'windowed, away from the window: a placeholder');
    assert.equal(drawsPlaceholder(true, true), false, 'windowed, near the window: drawn');
  });
});

describe('drawing the part of a large table in view', () => {
  // dZ1 of 3-64-64-2 on 88 samples: 88 rows of 32 px, 64 columns of 110 px, in a window of 1,400 × 900.
  const dZ1 = {
    rows: 88,
    cols: 64,
    top: -1000,
    viewHeight: 900,
    scrollLeft: 0,
    viewWidth: 1318,
    rowHeight: 32,
    colWidth: 110,
    headWidth: 48,
  };

  test('the rows within half a window of the window and the columns within half a width of the scroller', () => {
    // In view: rows 31.25 to 59.4; half a window either side: rows 17.2 to 73.4, widened to blocks of 8.
    // Across: 0 to 1,270 px of values, 659 px either side: columns 0 to 17.5, widened to blocks of 4.
    assert.deepEqual(drawnSpan(dZ1, null), { r0: 16, r1: 80, c0: 0, c1: 20 });
  });

  test('scrolled sideways, the columns in view are drawn', () => {
    const s = drawnSpan({ ...dZ1, scrollLeft: 3000 }, null);
    assert.deepEqual([s.c0, s.c1], [20, 48], 'values 2,293 to 4,929 px: columns 20.8 to 44.8, in blocks of 4');
  });

  test('a table at the top of the window starts at row 0, and none is drawn past its end', () => {
    assert.deepEqual(drawnSpan({ ...dZ1, top: 100, scrollLeft: 6000 }, null), { r0: 0, r1: 40, c0: 48, c1: 64 });
  });

  test('a table below the window and its margin draws no row', () => {
    const s = drawnSpan({ ...dZ1, top: 2000 }, null);
    assert.equal(s.r1 - s.r0, 0);
  });

  test('the selected cell is drawn wherever it is, so that it keeps the focus', () => {
    assert.deepEqual(drawnSpan(dZ1, { r: 87, c: 63 }), { r0: 16, r1: 88, c0: 0, c1: 64 });
  });

  test('a scroll within a block draws nothing new', () => {
    assert.ok(sameSpan(drawnSpan(dZ1, null), drawnSpan({ ...dZ1, top: -1010, scrollLeft: 5 }, null)));
    assert.ok(!sameSpan(drawnSpan(dZ1, null), drawnSpan({ ...dZ1, top: -1400 }, null)));
    assert.ok(!sameSpan(null, drawnSpan(dZ1, null)), 'nothing drawn yet');
  });
});
