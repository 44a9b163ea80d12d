// Playwright `test` with two fixtures: `fakeApi` (the fake AI/ML API's recorded requests) and
// `playground` (a page object that drives the app ONLY through the names of ui-contract.md).
import { randomUUID } from 'node:crypto';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { fakeBaseUrl, fakeOrigin } from './fake-aiml/config.ts';
import type { RecordedRequest } from './fake-aiml/recorder.ts';

export { expect };

export const models = {
  text: 'alibaba/qwen3-32b',
  vision: 'alibaba/qwen3-vl-32b-instruct',
} as const;

export const testApiKey = 'test-key-123';

/** A token unique to one test, markdown-safe (letters and digits), to find its own requests. */
export function uniqueToken(prefix = 'tok'): string {
  return `${prefix}${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/**
 * Matches the number `n` on its own (not inside 1234 or 12.3), with or without thousands
 * separators (`1,234`, `1 234`), however the app formats it.
 */
export function exactNumber(n: number): RegExp {
  const digits = String(Math.trunc(Math.abs(n)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  const body = groups.join("[,.'\\s\\u00a0\\u202f]?");
  return new RegExp(`(?<![\\d.,])${n < 0 ? '-' : ''}${body}(?![\\d]|[.,]\\d)`);
}

/** The JSON body the app sends to /chat/completions, as far as the specs look at it. */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: unknown }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  enable_thinking?: boolean;
  [key: string]: unknown;
}

export class FakeApi {
  /** What the app's `Base URL` is set to. */
  readonly baseUrl = fakeBaseUrl;
  readonly origin = fakeOrigin;

  /** Every recorded request to /v1/chat/completions whose body contains `token`. */
  async requestsContaining(token: string): Promise<RecordedRequest[]> {
    const response = await fetch(
      `${this.origin}/__fake/requests?contains=${encodeURIComponent(token)}`,
    );
    if (!response.ok) throw new Error(`fake server answered ${response.status}`);
    return (await response.json()) as RecordedRequest[];
  }

  /** The POSTed chat requests containing `token`, oldest first. */
  async chatRequestsContaining(token: string): Promise<RecordedRequest[]> {
    return (await this.requestsContaining(token)).filter((entry) => entry.method === 'POST');
  }

  /** Polls until the `count`-th chat request containing `token` arrived; returns it. */
  async waitForRequest(
    token: string,
    { count = 1, timeout = 10_000 } = {},
  ): Promise<RecordedRequest> {
    await expect
      .poll(async () => (await this.chatRequestsContaining(token)).length, {
        message: `a chat request containing ${token} reaches the fake API`,
        timeout,
      })
      .toBeGreaterThanOrEqual(count);
    const entries = await this.chatRequestsContaining(token);
    return entries[count - 1] as RecordedRequest;
  }

  /** Polls until the fake finished answering the `count`-th request containing `token`. */
  async waitForAnswered(
    token: string,
    { count = 1, timeout = 15_000 } = {},
  ): Promise<RecordedRequest> {
    await expect
      .poll(
        async () =>
          (await this.chatRequestsContaining(token))[count - 1]?.response?.outcome ?? 'none',
        { message: `the fake API finished answering ${token}`, timeout },
      )
      .not.toMatch(/^(none|pending)$/);
    return (await this.chatRequestsContaining(token))[count - 1] as RecordedRequest;
  }

  static body(entry: RecordedRequest): ChatRequestBody {
    return entry.body as ChatRequestBody;
  }
}

const exact = { exact: true } as const;

export class Playground {
  constructor(
    readonly page: Page,
    readonly fake: FakeApi,
  ) {}

  // ── Locators (ui-contract.md) ──────────────────────────────────────────────
  get messageBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Message', ...exact });
  }
  get sendButton(): Locator {
    return this.page.getByRole('button', { name: 'Send', ...exact });
  }
  get stopButton(): Locator {
    return this.page.getByRole('button', { name: 'Stop', ...exact });
  }
  get modelSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Model', ...exact });
  }
  get thinkingToggle(): Locator {
    return this.page
      .getByRole('checkbox', { name: 'Thinking', ...exact })
      .or(this.page.getByRole('switch', { name: 'Thinking', ...exact }));
  }
  get settingsButton(): Locator {
    return this.page.getByRole('button', { name: 'Settings', ...exact });
  }
  get settingsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Settings', ...exact });
  }
  /** The visible `Demo` badge shown while no API key is set. */
  get demoBadge(): Locator {
    return this.page.getByText('Demo', exact);
  }
  get conversations(): Locator {
    return this.page.getByRole('navigation', { name: 'Conversations', ...exact });
  }
  /**
   * The `New chat` action. A fresh conversation may itself be titled "New chat" in the list, so
   * this takes the first match: the action sits above the list.
   */
  get newChatButton(): Locator {
    return this.page.getByRole('button', { name: 'New chat', ...exact }).first();
  }
  /**
   * Every named link or button of the Conversations nav except `Delete` and `Undo`: the entries
   * (named by their titles), plus the `New chat` action when it lives in the nav. Compare counts
   * before and after, or filter by a title.
   */
  get conversationItems(): Locator {
    const name = /^(?!(Delete|Undo)$)\S/;
    return this.conversations
      .getByRole('button', { name })
      .or(this.conversations.getByRole('link', { name }));
  }
  /** The nav entry of the conversation whose title contains `title`. */
  conversationEntry(title: string): Locator {
    return this.conversationItems.filter({ hasText: title });
  }
  get userTurns(): Locator {
    return this.page.getByRole('article', { name: /^You/ });
  }
  get assistantTurns(): Locator {
    return this.page.getByRole('article', { name: /^Assistant/ });
  }
  lastUser(): Locator {
    return this.userTurns.last();
  }
  lastAssistant(): Locator {
    return this.assistantTurns.last();
  }
  reasoning(article: Locator): Locator {
    return article.getByTestId('reasoning');
  }
  /** The reasoning panel's toggle: a button with aria-expanded, or a <summary>. */
  reasoningToggle(article: Locator): Locator {
    return this.reasoning(article).locator('button[aria-expanded], summary').first();
  }
  answer(article: Locator): Locator {
    return article.getByTestId('answer');
  }
  metrics(article: Locator): Locator {
    return article.getByTestId('metrics');
  }
  alert(article: Locator): Locator {
    return article.getByRole('alert');
  }
  retryButton(article: Locator): Locator {
    return article.getByRole('button', { name: 'Retry', ...exact });
  }

  // ── Actions ────────────────────────────────────────────────────────────────
  /** Opens the app on a fresh page (each test has its own browser context and storage). */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.messageBox).toBeVisible();
  }

  async openSettings(): Promise<Locator> {
    await this.settingsButton.click();
    await expect(this.settingsDialog).toBeVisible();
    return this.settingsDialog;
  }

  async closeSettings(): Promise<void> {
    await this.settingsDialog.getByRole('button', { name: 'Close', ...exact }).click();
    await expect(this.settingsDialog).toBeHidden();
  }

  async connect(apiKey: string, baseUrl: string): Promise<void> {
    const dialog = await this.openSettings();
    await dialog.getByLabel('API key', exact).fill(apiKey);
    await dialog.getByLabel('Base URL', exact).fill(baseUrl);
    await this.closeSettings();
  }

  /** Settings → API key `test-key-123`, Base URL the fake API → Close. */
  async connectToFake(): Promise<void> {
    await this.connect(testApiKey, this.fake.baseUrl);
  }

  async chooseModel(id: string): Promise<void> {
    await this.modelSelect.selectOption(id);
    await expect(this.modelSelect).toHaveValue(id);
  }

  async setThinking(on: boolean): Promise<void> {
    await this.thinkingToggle.setChecked(on);
    await expect(this.thinkingToggle).toBeChecked({ checked: on });
  }

  /** Fills `Message` and presses Enter. */
  async send(text: string): Promise<void> {
    await this.messageBox.fill(text);
    await this.messageBox.press('Enter');
  }

  async stop(): Promise<void> {
    await this.stopButton.click();
  }

  async newChat(): Promise<void> {
    await this.newChatButton.click();
  }

  /** Waits until the answer of `article` contains `text` and nothing streams any more. */
  async waitForAnswer(article: Locator, text: string | RegExp): Promise<void> {
    await expect(this.answer(article)).toContainText(text);
    await expect(this.stopButton).toBeHidden();
  }
}

export const test = base.extend<{ fakeApi: FakeApi; playground: Playground }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern here
  fakeApi: async ({}, provide) => {
    await provide(new FakeApi());
  },
  playground: async ({ page, fakeApi }, provide) => {
    // A test never reaches the real provider, whatever the app does.
    await page
      .context()
      .route(/^https:\/\/([a-z0-9-]+\.)*aimlapi\.com\//, (route) => route.abort('blockedbyclient'));
    await provide(new Playground(page, fakeApi));
  },
});
