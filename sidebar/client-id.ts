/**
 * The id an entry carries from the moment it is begun. The server saves an id once: if the
 * answer to a save is lost (a time-out on a slow hotspot), pressing "Coba lagi" sends the same
 * id and the server returns the row it already wrote instead of adding a second one.
 */
export function newClientId(): string {
  const c = window.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not. Same format (RFC 4122 v4).
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
