/** Formats a number to `digits` significant digits, scientific when very small or large (as the server's Numbers). */
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
      ? String(Number(value.toPrecision(digits)))
      : value.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return text.replaceAll('-', '−');
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
