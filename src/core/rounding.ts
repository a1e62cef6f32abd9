/**
 * Rounding as Excel's ROUND does it: the binary value is first taken to 15 significant digits,
 * then rounded half up (away from zero) in decimal. So 97/100×20 → 19.40 and 1.005 → 1.01,
 * where Number.prototype.toFixed gives 1.00.
 */
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  const negative = x < 0;
  const abs = Math.abs(x);
  // fast path: away from a half, the nearest integer of the scaled value is the answer
  if (Number.isInteger(abs)) return x;
  const factor = 10 ** decimals;
  const scaled = abs * factor;
  if (scaled < 1e15) {
    const frac = scaled - Math.floor(scaled);
    if (Math.abs(frac - 0.5) > 1e-6) {
      const n = Math.round(scaled) / factor;
      return negative && n !== 0 ? -n : n;
    }
  }
  const digits = decimalDigits(abs);
  const rounded = roundDigits(digits, decimals);
  const n = Number(rounded);
  return negative && n !== 0 ? -n : n;
}

/** |x| to 15 significant digits as a plain decimal string (no exponent). */
function decimalDigits(x: number): string {
  const p = x.toPrecision(15); // may be "1.23000000000000e+21" or "1.00000000000000e-7"
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(p);
  if (!m) return p;
  const mantissa = m[1] + (m[2] ?? "");
  const exp = parseInt(m[3], 10);
  if (exp >= 0) {
    const intLen = exp + 1;
    return mantissa.length <= intLen
      ? mantissa + "0".repeat(intLen - mantissa.length)
      : mantissa.slice(0, intLen) + "." + mantissa.slice(intLen);
  }
  return "0." + "0".repeat(-exp - 1) + mantissa;
}

function roundDigits(s: string, decimals: number): string {
  const [intPart, frac = ""] = s.split(".");
  if (frac.length <= decimals) return s;
  const keep = intPart + frac.slice(0, decimals);
  const next = frac.charCodeAt(decimals) - 48;
  let out = keep;
  if (next >= 5) {
    const chars = keep.split("");
    let i = chars.length - 1;
    for (; i >= 0; i--) {
      if (chars[i] === "9") chars[i] = "0";
      else {
        chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
        break;
      }
    }
    out = (i < 0 ? "1" : "") + chars.join("");
  }
  const cut = out.length - decimals;
  return decimals === 0 ? out : out.slice(0, cut) + "." + out.slice(cut);
}
