/** Launch arguments for a browser Playwright did not install (harmless for its own one). */
export declare const chromiumArgs: string[];
/** The system locations probed after CHROMIUM_PATH and Playwright's own download. */
export declare const systemChromiumPaths: string[];
/** An executable Chromium path, or null when none is found. */
export declare function findChromium(): string | null;
