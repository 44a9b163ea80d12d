// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import { useChatStore } from '@/store/chat-store';
import { putImageBlob } from '@/store/image-blobs';
import { useSettingsStore } from '@/store/settings-store';
import { buildExport, buildMarkdownExport } from '@/features/conversations/export-conversations';
import { importConversationsFile } from '@/features/conversations/import-conversations';

// jsdom's Blobs do not survive fake-indexeddb's cloning: image bytes live in a Map here.
vi.mock('@/store/image-blobs', () => {
  const blobs = new Map<string, Blob>();
  return {
    putImageBlob: (blob: Blob, id: string) => (blobs.set(id, blob), Promise.resolve(id)),
    getImageBlob: (id: string) => Promise.resolve(blobs.get(id)),
    deleteImageBlobs: (ids: string[]) => (ids.forEach((id) => blobs.delete(id)), Promise.resolve()),
  };
});

// jsdom's Blob has no arrayBuffer(); Node's is the browser's.
vi.stubGlobal('Blob', NodeBlob);

const key = 'sk-live-very-secret-0123456789';

describe('export', () => {
  it('never contains the API key or the base URL, as JSON or Markdown', async () => {
    useSettingsStore.getState().setApiKey(key);
    useSettingsStore.getState().setBaseUrl('https://private.example/v1');
    const store = useChatStore.getState();
    const id = store.newConversation();
    store.addUserMessage(id, 'Hello there');
    const json = JSON.stringify(await buildExport({ kind: 'all' }));
    const markdown = await buildMarkdownExport({ kind: 'all' });
    expect(json).toContain('Hello there');
    expect(markdown).toContain('Hello there');
    for (const text of [json, markdown]) {
      expect(text).not.toContain(key);
      expect(text).not.toContain('private.example');
    }
  });

  it('round-trips a conversation with its image through import, under fresh ids', async () => {
    const store = useChatStore.getState();
    const id = store.newConversation();
    const imageId = await putImageBlob(
      new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
      'img_test_1',
    );
    store.addUserMessage(id, 'With a picture', undefined, [
      { id: imageId, name: 'p.png', mimeType: 'image/png', width: 1, height: 1, bytes: 3 },
    ]);
    const exported = await buildExport({ kind: 'one', id });
    expect(exported.images[imageId]).toEqual({ mimeType: 'image/png', data: 'AQID' });

    const result = await importConversationsFile(new Blob([JSON.stringify(exported)]));
    if (!result.ok) throw new Error(result.reason);
    const imported = useChatStore.getState().conversations[result.firstId!]!;
    expect(imported.id).not.toBe(id);
    expect(imported.messages.map((message) => message.role === 'user' && message.text)).toEqual([
      'With a picture',
    ]);
    const again = await buildExport({ kind: 'one', id: imported.id });
    expect(Object.values(again.images)).toEqual([{ mimeType: 'image/png', data: 'AQID' }]);
  });

  it('rejects a hostile file and leaves the store untouched', async () => {
    const before = useChatStore.getState().conversations;
    const hostile =
      '{"format":"qwen-playground/conversations","version":1,"exportedAt":"x","__proto__":{"polluted":1},"conversations":[{"id":"c","constructor":{"prototype":{"polluted":1}}}]}';
    const result = await importConversationsFile(new Blob([hostile]));
    expect(result.ok).toBe(false);
    expect(useChatStore.getState().conversations).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
