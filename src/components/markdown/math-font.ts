// The math font (math.css) is fetched only once a formula asks for it, so the first formulas
// were drawn in a fallback font and redrawn a moment later in their own. Formulas wait for it
// instead, as they wait for the typesetter, but never long: after `longestWaitMs` they show with
// whatever font there is, and swap when it comes (font-display: swap).

/** The family math.css declares. */
const family = 'Playground Math';
const longestWaitMs = 1_500;

/** Resolves once the math font is ready, failed, or took too long; at once without a DOM. */
export async function loadMathFont(): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, longestWaitMs);
  });
  const loaded = fonts.load(`1em "${family}"`).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([loaded, tooLong]);
  clearTimeout(timer);
}
