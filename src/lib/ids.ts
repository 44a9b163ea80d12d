/** A short random id, unique enough for messages and conversations in one browser. */
export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let id = '';
  for (const byte of bytes) id += byte.toString(36).padStart(2, '0');
  return prefix ? `${prefix}_${id}` : id;
}
