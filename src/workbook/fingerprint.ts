/**
 * A short, stable fingerprint of the inputs a result was computed from: FNV-1a 64-bit over canonical JSON
 * (object keys sorted, undefined dropped). Pure, so the browser and Node agree; not a security hash — it
 * only tells "same inputs" from "changed inputs".
 */
export function fingerprint(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}

/**
 * FNV-1a 64-bit in four 16-bit limbs. A BigInt multiply per byte made hashing a 300-product round a
 * fifth of a second; plain numbers stay exact here (every partial product is below 2^31). The prime is
 * 2^40 + 0x1b3, so multiplying is ×0x1b3 plus a 40-bit shift, which only reaches the two upper limbs.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, "0")).join("");
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (value === undefined) return "null";
    if (typeof value === "number" && !Number.isFinite(value)) return "null";
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  // Plain sort() orders keys by UTF-16 code units, as `<` does; one string built in a loop, because a round
  // of 300 products holds some 100,000 scores and their keys.
  const object = value as Record<string, unknown>;
  let json = "";
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    json += `${json ? "," : ""}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `{${json}}`;
}
