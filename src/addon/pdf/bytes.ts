/**
 * Bytes between pdf-lib and Apps Script. pdf-lib reads and writes Uint8Array (0..255);
 * Apps Script's Byte[] (HTTPResponse.getContent, Blob.getBytes, Utilities.newBlob) is a
 * plain array of signed bytes (-128..127). The conversion is explicit both ways, so a byte
 * such as 0xE2 never reaches either side as the wrong number.
 */

/** Apps Script bytes (signed, or unsigned from elsewhere) as a Uint8Array. */
export function fromGasBytes(bytes: readonly number[]): Uint8Array {
  const out = new Uint8Array(bytes.length);
  // `& 255` maps -1 to 255 and leaves 0..255 as they are.
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes[i] ?? 0) & 255;
  return out;
}

/** A Uint8Array as the signed byte array Utilities.newBlob takes. */
export function toGasBytes(bytes: Uint8Array): number[] {
  return Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** "%PDF-": the first bytes of every PDF file. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Whether the bytes start like a PDF (a sign-in page or an error page does not). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((b, i) => bytes[i] === b);
}
