// Bytes ⇄ base64 data URLs, without FileReader (works the same in the browser, workers and tests).

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  // btoa takes a binary string; building it in chunks avoids call-stack limits on big images.
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function bytesToDataUrl(bytes: Uint8Array, mimeType: string): string {
  return `data:${mimeType};base64,${bytesToBase64(bytes)}`;
}

export async function blobToDataUrl(blob: Blob, mimeType = blob.type): Promise<string> {
  return bytesToDataUrl(new Uint8Array(await blob.arrayBuffer()), mimeType);
}

/** A base64 data URL's type and bytes; undefined for anything else. */
export function parseDataUrl(url: string): { mimeType: string; bytes: Uint8Array<ArrayBuffer> } | undefined {
  const match = /^data:([^;,]+)(?:;[^,]*)?;base64,/i.exec(url);
  if (!match) return undefined;
  try {
    const binary = atob(url.slice(match[0].length));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { mimeType: match[1]!.toLowerCase(), bytes };
  } catch {
    return undefined;
  }
}
