// Images for the VL model: attached by picker, paste and drop; checked by their bytes; shrunk to
// the pixel budget; sent as image_url parts only to the model that can see; kept across reloads.
import { answerEnding } from './fake-aiml/answer.ts';
import { FakeApi, expect, models, test, uniqueToken, type Playground } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';
import { drawImage, type FileSpec } from './draw-image.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Dispatches a paste or drop of these files on `target`, the way the browser does. */
async function dispatchFiles(target: Locator, kind: 'paste' | 'drop', files: FileSpec[]) {
  const payload = files.map((file) => ({ ...file, buffer: file.buffer.toString('base64') }));
  await target.evaluate(
    (element, { kind, payload }) => {
      const data = new DataTransfer();
      for (const file of payload) {
        const bytes = Uint8Array.from(atob(file.buffer), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], file.name, { type: file.mimeType }));
      }
      const init = { bubbles: true, cancelable: true };
      if (kind === 'paste') element.dispatchEvent(new ClipboardEvent('paste', { ...init, clipboardData: data }));
      else {
        element.dispatchEvent(new DragEvent('dragenter', { ...init, dataTransfer: data }));
        element.dispatchEvent(new DragEvent('drop', { ...init, dataTransfer: data }));
      }
    },
    { kind, payload },
  );
}

const STANDARD_MAX_PIXELS = 1600 * 1024;

function attachInput(playground: Playground) {
  return playground.page.getByLabel('Attach image', { exact: true });
}

function removeButtons(playground: Playground) {
  return playground.page.getByRole('button', { name: 'Remove image', exact: true });
}

test.beforeEach(async ({ playground }) => {
  await playground.goto();
  await playground.connectToFake();
  await playground.chooseModel(models.vision);
});

test('attached images are shrunk to the budget, sent as image_url parts and kept across a reload', async ({
  playground,
  fakeApi,
  page,
}) => {
  const input = attachInput(playground);
  await expect(input).toHaveAttribute('type', 'file');
  await expect(input).toHaveAttribute('accept', 'image/*');
  await expect(input).toHaveAttribute('multiple', '');

  const big = await drawImage(page, 'big.png', 3000, 2000, '#d02020');
  const small = await drawImage(page, 'small.png', 64, 48, '#2040d0');
  const photo = await drawImage(page, 'photo.jpg', 200, 100, '#20a040', 'image/jpeg');
  await input.setInputFiles([big, small, photo]);

  await expect(removeButtons(playground)).toHaveCount(3);
  // What will be sent: the final size (shrunk, aspect kept), and what it was.
  await expect(page.getByText(/1567 × 1045 · PNG · .* · ≈ 1,617 tokens/)).toBeVisible();
  await expect(page.getByText('shrunk from 3000 × 2000')).toBeVisible();
  await expect(page.getByText(/64 × 48 · PNG/)).toBeVisible();

  // Remove the third one.
  await removeButtons(playground).nth(2).click();
  await expect(removeButtons(playground)).toHaveCount(2);
  await expect(page.getByText(/200 × 100 · JPEG/)).toHaveCount(0);

  const token = uniqueToken('img');
  await playground.send(`Describe these ${token}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.vision));
  await expect(removeButtons(playground)).toHaveCount(0);

  const body = FakeApi.body(await fakeApi.waitForRequest(token));
  expect(body.model).toBe(models.vision);
  const user = body.messages.at(-1)!;
  const parts = user.content as { type: string; text?: string; image_url?: { url: string; detail?: string } }[];
  expect(parts.map((part) => part.type)).toEqual(['text', 'image_url', 'image_url']);
  expect(parts[0]!.text).toBe(`Describe these ${token}`);
  const sizes = parts.slice(1).map((part) => {
    expect(part.image_url!.detail).toBe('auto');
    const match = /^data:(image\/png);base64,(.+)$/.exec(part.image_url!.url);
    expect(match, 'a base64 PNG data URL').not.toBeNull();
    return pngSize(Buffer.from(match![2]!, 'base64'));
  });
  expect(sizes[0]!.width * sizes[0]!.height).toBeLessThanOrEqual(STANDARD_MAX_PIXELS);
  expect(sizes[0]!.width / sizes[0]!.height).toBeCloseTo(1.5, 2);
  expect(sizes[1]).toEqual({ width: 64, height: 48 });

  // Sent images show in the user's turn and open full size; Escape closes.
  const turn = playground.lastUser();
  const thumbs = turn.getByRole('img');
  await expect(thumbs).toHaveCount(2);
  await turn.getByRole('button', { name: 'View image 1 of 2 full size' }).click();
  const lightbox = page.getByRole('dialog', { name: 'Image: big.png' });
  await expect(lightbox).toBeVisible();
  await expect(lightbox.getByText(/Sent as 1567 × 1045/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(lightbox).toBeHidden();

  await page.reload();
  const after = playground.lastUser().getByRole('img');
  await expect(after).toHaveCount(2);
  for (const img of await after.all())
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
});

test('images can be pasted into the message box and dropped on the conversation', async ({ playground, page }) => {
  const pasted = await drawImage(page, 'pasted.png', 120, 80, '#444444');
  await dispatchFiles(playground.messageBox, 'paste', [pasted]);
  await expect(removeButtons(playground)).toHaveCount(1);
  await expect(page.getByText(/120 × 80 · PNG/)).toBeVisible();

  const dropped = await drawImage(page, 'dropped.jpg', 90, 90, '#ffcc00', 'image/jpeg');
  // Onto the conversation area (the first element inside main), not the composer.
  await dispatchFiles(page.getByRole('main').locator('div').first(), 'drop', [dropped]);
  await expect(removeButtons(playground)).toHaveCount(2);
  await expect(page.getByText(/90 × 90 · JPEG/)).toBeVisible();
});

test('files that are not JPEG, PNG, GIF or WebP are refused with the reason, by their bytes', async ({
  playground,
  page,
}) => {
  await attachInput(playground).setInputFiles([
    { name: 'drawing.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>') },
    { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('These are my notes, not a picture.\n') },
  ]);
  const alert = page.getByRole('alert').filter({ hasText: 'drawing.svg' });
  await expect(alert).toContainText('“drawing.svg” can’t be attached: it is an SVG drawing');
  await expect(alert).toContainText('“notes.png” can’t be attached: it is a text file, not an image');
  await expect(alert).toContainText('only JPEG, PNG, GIF and WebP');
  await expect(removeButtons(playground)).toHaveCount(0);

  // The per-message limit is said, too.
  const dot = await drawImage(page, 'dot.png', 8, 8, '#000000');
  await attachInput(playground).setInputFiles(
    Array.from({ length: 9 }, (_, i) => ({ ...dot, name: `dot-${i + 1}.png` })),
  );
  await expect(removeButtons(playground)).toHaveCount(8);
  await expect(page.getByRole('alert')).toContainText('“dot-9.png” was not added: at most 8 images per message.');
});

test('the text model never receives image parts, not even from earlier turns', async ({
  playground,
  fakeApi,
  page,
}) => {
  await attachInput(playground).setInputFiles([await drawImage(page, 'chart.png', 300, 200, '#8040c0')]);
  const first = uniqueToken('vis');
  await playground.send(`What is this ${first}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.vision));

  // With an image attached and the text model chosen, the composer says so and offers a switch.
  await playground.chooseModel(models.text);
  await attachInput(playground).setInputFiles([await drawImage(page, 'second.png', 40, 40, '#00aa88')]);
  await expect(page.getByText(/can’t see images/)).toBeVisible();
  await expect(playground.sendButton).toBeDisabled();
  await removeButtons(playground).click();

  await playground.setThinking(false);
  const second = uniqueToken('txt');
  await playground.send(`And in words ${second}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.text));
  const entry = await fakeApi.waitForRequest(second);
  expect(entry.rawBody).not.toContain('image_url');
  expect(entry.rawBody).not.toContain('data:image');
  const body = FakeApi.body(entry);
  expect(body.model).toBe(models.text);
  expect(body.messages[0]).toEqual({ role: 'user', content: `What is this ${first}\n\n[image omitted: chart.png]` });

  // One click brings the vision model back.
  await attachInput(playground).setInputFiles([await drawImage(page, 'third.png', 40, 40, '#00aa88')]);
  await page.getByRole('button', { name: /^Switch to Qwen3 VL/ }).click();
  await expect(playground.modelSelect).toHaveValue(models.vision);
  await expect(page.getByText(/can’t see images/)).toBeHidden();
});

test('offline, the demo answer reports the image’s real size and dominant colour', async ({ playground, page }) => {
  const dialog = await playground.openSettings();
  await dialog.getByLabel('API key', { exact: true }).fill('');
  await playground.closeSettings();
  await expect(playground.demoBadge).toBeVisible();

  await attachInput(playground).setInputFiles([await drawImage(page, 'red.png', 640, 480, '#d02020')]);
  await playground.send('What is in this picture?');
  const answer = playground.answer(playground.lastAssistant());
  await expect(answer).toContainText('640 × 480 px', { timeout: 20_000 });
  await expect(answer).toContainText('#d02020');
});

/** How many image blobs the app keeps in IndexedDB. */
function storedImageCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('qwen-playground-images');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('blobs')) return resolve(0);
          const count = db.transaction('blobs').objectStore('blobs').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(new Error(String(count.error)));
        };
      }),
  );
}

test('deleting a conversation deletes its images once Undo has passed; Undo keeps them', async ({
  playground,
  page,
}) => {
  await page.clock.install();
  await playground.goto();
  await playground.chooseModel(models.vision);
  await attachInput(playground).setInputFiles([await drawImage(page, 'keep.png', 50, 50, '#123456')]);
  const token = uniqueToken('del');
  await playground.send(`Keep ${token}`);
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.vision));
  await expect.poll(() => storedImageCount(page)).toBe(1);

  const entry = playground.conversationEntry(`Keep ${token}`);
  const deleteButton = playground.conversations
    .getByRole('listitem')
    .filter({ hasText: `Keep ${token}` })
    .getByRole('button', { name: 'Delete', exact: true });
  await entry.hover();
  await deleteButton.click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(playground.lastUser().getByRole('img')).toBeVisible();
  await page.clock.fastForward(15_000);
  await expect(playground.lastUser().getByRole('img')).toBeVisible();
  expect(await storedImageCount(page)).toBe(1);

  await entry.hover();
  await deleteButton.click();
  await page.clock.fastForward(15_000);
  await expect.poll(() => storedImageCount(page)).toBe(0);
});

test('an image attached to a draft is still attached after a reload, and goes out with it', async ({
  playground,
  fakeApi,
  page,
}) => {
  await attachInput(playground).setInputFiles([await drawImage(page, 'draft.png', 64, 48, '#2060c0')]);
  await expect(removeButtons(playground)).toHaveCount(1);
  const token = uniqueToken('draft');
  await playground.messageBox.fill(`What is in this picture ${token}`);

  await page.reload();
  await expect(playground.messageBox).toHaveValue(`What is in this picture ${token}`);
  await expect(removeButtons(playground)).toHaveCount(1);
  await expect(page.getByText(/64 × 48 · PNG/)).toBeVisible();

  await playground.sendButton.click();
  await playground.waitForAnswer(playground.lastAssistant(), answerEnding(models.vision));
  const request = await fakeApi.waitForRequest(token);
  expect(request.rawBody).toContain('data:image/png;base64,');
  await expect(playground.lastUser().getByRole('img')).toHaveCount(1);
  await expect(removeButtons(playground)).toHaveCount(0);

  // Sent, it is no longer a draft: another reload brings back no attachment.
  await page.reload();
  await expect(playground.lastUser().getByRole('img')).toHaveCount(1);
  await expect(removeButtons(playground)).toHaveCount(0);
});
