// Tripwires for the XSS spec, armed on a whole browser context (popups included) before any app
// script runs: `alert`/`confirm`/`prompt`/`print` set `window.__xss`, CSP violations are kept in
// `window.__cspViolations`, and dialogs, CSP console reports, page errors and requests to any
// host but the app and the fake API are recorded. A link may only be a new-tab http(s)/mailto
// `<a>`; clicking it opens a stub page (no real network), where the same tripwires hold.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

declare global {
  interface Window {
    __xss?: string;
    __cspViolations?: string[];
  }
}

/** Runs in every page of the context before its own scripts (serialized: no closures). */
function installTripwires() {
  window.__cspViolations = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    const original = window[name] as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]) => {
      if (window.__xss === undefined)
        window.__xss = `${name}(${args.map(String).join(', ')}) at ${location.href}`;
      return original.apply(window, args);
    };
    Object.defineProperty(window, name, { value: wrapped, writable: true, configurable: true });
  }
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}: ${event.sample}`,
      );
    },
    true,
  );
}

const stubPage = '<!doctype html><title>Stub</title><p>Not the real site.</p>';

function isForeign(url: URL): boolean {
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  // The fixtures already block the real provider; that is not this spec's business.
  const provider = /(^|\.)aimlapi\.com$/.test(url.hostname);
  return /^https?:$/.test(url.protocol) && !local && !provider;
}

export interface TripwireReport {
  /** `window.__xss` of every open page: what ran. */
  executed: string[];
  /** `securitypolicyviolation` events and CSP console reports. */
  cspViolations: string[];
  dialogs: string[];
  pageErrors: string[];
  /** Requests to other hosts that are not the page of a link the test clicked. */
  leaks: string[];
}

export class Tripwires {
  private readonly dialogs: string[] = [];
  private readonly cspConsole: string[] = [];
  private readonly pageErrors: string[] = [];
  private readonly foreign: { url: string; navigation: boolean }[] = [];
  /** The link targets clicked so far. */
  private readonly clicked = new Set<string>();

  private constructor(private readonly context: BrowserContext) {}

  static async arm(context: BrowserContext): Promise<Tripwires> {
    const tripwires = new Tripwires(context);
    await context.addInitScript(installTripwires);
    context.on('dialog', (dialog) => {
      tripwires.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    context.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        tripwires.cspConsole.push(message.text());
    });
    context.on('weberror', (error) => tripwires.pageErrors.push(String(error.error())));
    await context.route(isForeign, async (route) => {
      const request = route.request();
      tripwires.foreign.push({ url: request.url(), navigation: request.isNavigationRequest() });
      if (request.resourceType() === 'document')
        await route.fulfill({ status: 200, contentType: 'text/html', body: stubPage });
      else await route.abort('blockedbyclient');
    });
    return tripwires;
  }

  /** What every tripwire caught so far, in every open page. */
  async report(): Promise<TripwireReport> {
    const executed: string[] = [];
    const violations: string[] = [];
    // A mailto: click may leave an empty tab behind: nothing of ours is in it.
    const pages = this.context.pages().filter((page) => /^https?:/.test(page.url()));
    for (const page of pages) {
      const caught = await page.evaluate(() => ({
        executed: window.__xss,
        violations: window.__cspViolations ?? ['tripwires missing in this page'],
      }));
      if (caught.executed !== undefined) executed.push(caught.executed);
      violations.push(...caught.violations);
    }
    return {
      executed,
      cspViolations: [...violations, ...this.cspConsole],
      dialogs: [...this.dialogs],
      pageErrors: [...this.pageErrors],
      leaks: this.foreign
        .filter((request) => !(request.navigation && this.wasClicked(request.url)))
        .map((request) => request.url),
    };
  }

  /** Whether a navigation to `url` is one a click asked for (requests carry no #fragment). */
  private wasClicked(url: string): boolean {
    return [...this.clicked].some((href) => href.replace(/#.*$/s, '') === url);
  }

  /** Fails with `label` and everything caught when any tripwire went off. */
  async expectQuiet(label: string): Promise<void> {
    const report = await this.report();
    expect(report, `tripwires after ${label}`).toEqual({
      executed: [],
      cspViolations: [],
      dialogs: [],
      pageErrors: [],
      leaks: [],
    });
  }

  /**
   * Checks every link inside `scope` and clicks it. Each must be an `<a>` with nothing but an
   * http(s) or mailto `href`, `target="_blank"`, `rel="noopener noreferrer"`, a title and a
   * class, so two links to the same target behave the same: a target already clicked in this
   * test is not clicked again. An http(s) link opens a stub page in a new tab, checked and
   * closed; mailto: and a dead `<a>` leave the app where it is. Returns how many links.
   */
  async clickEveryLink(page: Page, scope: Locator): Promise<number> {
    const links = scope.locator('a, [href]');
    const count = await links.count();
    for (let index = 0; index < count; index += 1) {
      const link = links.nth(index);
      const { tag, attributes } = await link.evaluate((element) => ({
        tag: element.localName,
        attributes: Object.fromEntries(
          element.getAttributeNames().map((name) => [name, element.getAttribute(name)]),
        ),
      }));
      const { href = null, target, rel, title: _title, class: _class, ...others } = attributes;
      const label = `link ${JSON.stringify({ tag, ...attributes })}`;
      expect(tag, label).toBe('a');
      expect(others, label).toEqual({});
      if (href !== null) {
        expect(href, label).toMatch(/^(https?:\/\/|mailto:)/i);
        expect(target, label).toBe('_blank');
        expect(rel?.split(/\s+/).sort(), label).toEqual(['noopener', 'noreferrer']);
      }
      const key = href ?? '(no href)';
      if (this.clicked.has(key)) continue;
      this.clicked.add(key);

      const url = page.url();
      if (href !== null && /^https?:/i.test(href)) {
        const opened = this.context.waitForEvent('page', {
          predicate: (popup) => popup.url() === href,
          timeout: 10_000,
        });
        await link.click();
        const popup = await opened;
        await popup.waitForLoadState('domcontentloaded');
        const caught = await popup.evaluate(() => [
          window.__xss,
          ...(window.__cspViolations ?? []),
        ]);
        expect(caught, `the page opened by ${href}`).toEqual([undefined]);
        await popup.close();
      } else {
        // mailto: goes to the system (at most an empty tab opens), a dead `<a>` nowhere.
        await link.click();
      }
      expect(page.url(), 'the app stays where it is').toBe(url);
    }
    for (const other of this.context.pages()) if (other !== page) await other.close();
    return count;
  }
}
