// Which link targets from untrusted text may become a live href: absolute `http:`, `https:` and
// `mailto:` only. Allow-list, not block-list: `javascript:`, `data:`, `vbscript:`, `file:`,
// relative paths and every obfuscated spelling of them fail because they are not on the list.
import { decodeCharacterReferences } from '@/lib/character-references';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);
const allowedScheme = /^(?:https?|mailto):/i;
/* eslint-disable no-control-regex -- matching control characters is the point here */
// C0 controls, DEL, C1 controls and invisible formatting characters: never in an honest URL,
// often in an attack (`java\0script:`, `jav&#x09;ascript:`, zero-width joiners).
const hiddenCharacters =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/;
// What the URL parser strips from the ends and from inside before it reads a scheme.
const strippedByParser = /[\u0000-\u0020\u007f-\u009f]/g;
/* eslint-enable no-control-regex */
const maxLength = 16_384;

export interface SafeHrefOptions {
  /** Resolve character references first (true for markdown link destinations, as CommonMark does). */
  decodeReferences?: boolean;
}

/** The canonical form of `href` when it is safe to link to, otherwise null. */
export function safeHref(href: string, options: SafeHrefOptions = {}): string | null {
  const { decodeReferences = true } = options;
  if (typeof href !== 'string' || href.length === 0 || href.length > maxLength) return null;

  const candidate = (decodeReferences ? decodeCharacterReferences(href) : href).trim();
  if (hiddenCharacters.test(candidate) || !allowedScheme.test(candidate)) return null;

  // Paranoid second look: decode again (double-encoded references) and strip what the URL parser
  // would strip; the scheme must still be an allowed one.
  let paranoid = candidate;
  for (let pass = 0; pass < 3; pass++) paranoid = decodeCharacterReferences(paranoid);
  if (!allowedScheme.test(paranoid.replace(strippedByParser, ''))) return null;

  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!allowedProtocols.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}

/** True when `href` may be rendered as a live link (absolute http, https or mailto). */
export function isSafeHref(href: string): boolean {
  return safeHref(href) !== null;
}

/** Like `safeHref`, for images: only http and https. */
export function safeImageSrc(src: string): string | null {
  const href = safeHref(src);
  return href && /^https?:/i.test(href) ? href : null;
}
