// Test images drawn in the browser, so the repo holds no binary fixtures.
import type { Page } from '@playwright/test';

export interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A solid-colour image of the given size and type, as a file for `setInputFiles`. */
export async function drawImage(
  page: Page,
  name: string,
  width: number,
  height: number,
  color: string,
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<FileSpec> {
  const base64 = await page.evaluate(
    async ({ width, height, color, type }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.fillStyle = color;
      context.fillRect(0, 0, width, height);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type })).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { width, height, color, type },
  );
  return { name, mimeType: type, buffer: Buffer.from(base64, 'base64') };
}
