/**
 * What google.script.run can carry: JSON-like values only. The preview refuses anything else
 * in a server result (a Date, a function, a class instance) instead of letting JSON quietly
 * change it, so a server function that would misbehave on Apps Script fails here too.
 */
export function untransportable(value: unknown, path = '$'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (value === undefined) return null; // dropped from objects, as on Apps Script
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = untransportable(value[i], `${path}[${i}]`);
      if (bad !== null) return bad;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  // Objects made in the vm context have that realm's Object.prototype: compare by shape.
  const plain = proto === null || Object.getPrototypeOf(proto) === null;
  if (!plain) return `${path} is a ${(value as object).constructor?.name ?? 'non-plain object'}`;
  for (const [k, v] of Object.entries(value)) {
    const bad = untransportable(v, `${path}.${k}`);
    if (bad !== null) return bad;
  }
  return null;
}
