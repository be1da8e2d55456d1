/**
 * Formats a number to `digits` significant digits, scientific when very small or large, as the server's
 * Numbers does: the exact binary value rounded half away from zero (what toPrecision and toExponential do),
 * plain for 1e-4 ≤ |value| < 1e6 without trailing zeros. The cases both must agree on are in
 * src/test/resources/format-cases.json.
 */
export function formatNumber(value: number, digits: number): string {
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? '∞' : '−∞';
  }
  if (value === 0) {
    return '0';
  }
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e-4 && magnitude < 1e6
      ? plain(value.toPrecision(digits))
      : value.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return text.replaceAll('-', '−');
}

/**
 * toPrecision's text written plainly without trailing zeros: "0.10000000000000001" keeps its digits (reading it
 * back as a number would lose them), "1.20e+5" becomes "120000".
 */
function plain(precise: string): string {
  if (precise.includes('e')) {
    // Only whole numbers up to 1e6 get here, which a double holds and writes exactly.
    return String(Number(precise));
  }
  return precise.includes('.') ? precise.replace(/0+$/, '').replace(/\.$/, '') : precise;
}

/**
 * A value as a person would type it, to full precision: the shortest decimal that reads back to the same
 * double (`8`, not Java's `8.0`; `1e-7`, not `1.0E-7`), with −0 kept.
 */
export function editText(javaDouble: string): string {
  const v = Number(javaDouble);
  if (!Number.isFinite(v)) return javaDouble;
  return Object.is(v, -0) ? '-0' : String(v);
}
