import { describe, expect, it } from 'vitest';
import { userContent } from '@/api/user-content';
import type { ImageRef } from '@/domain/conversation';

const cat: ImageRef = { id: 'img_1', name: 'cat.png', mimeType: 'image/png', width: 10, height: 10, bytes: 99 };
const dog: ImageRef = { id: 'img_2', name: 'dog.jpg', mimeType: 'image/jpeg', width: 10, height: 10, bytes: 99 };
const urls = new Map([
  ['img_1', 'data:image/png;base64,AAAA'],
  ['img_2', 'data:image/jpeg;base64,BBBB'],
]);

describe('userContent', () => {
  it('is plain text without images', () => {
    expect(userContent({ text: 'Hi', images: [] }, { canSee: true, imageUrls: urls })).toBe('Hi');
  });

  it('puts the text first, then one image_url part per image with detail auto', () => {
    expect(userContent({ text: 'Compare', images: [cat, dog] }, { canSee: true, imageUrls: urls })).toEqual([
      { type: 'text', text: 'Compare' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'auto' } },
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,BBBB', detail: 'auto' } },
    ]);
  });

  it('sends an image-only prompt as image parts alone', () => {
    expect(userContent({ text: '  ', images: [cat] }, { canSee: true, imageUrls: urls })).toEqual([
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'auto' } },
    ]);
  });

  it('gives the text model a note instead of the image', () => {
    expect(userContent({ text: 'What is this?', images: [cat, dog] }, { canSee: false, imageUrls: urls })).toBe(
      'What is this?\n\n[image omitted: cat.png]\n[image omitted: dog.jpg]',
    );
    expect(userContent({ text: '', images: [cat] }, { canSee: false })).toBe('[image omitted: cat.png]');
  });

  it('says when an image’s bytes are gone rather than failing', () => {
    expect(userContent({ text: 'Look', images: [cat, dog] }, { canSee: true, imageUrls: new Map([['img_2', 'data:image/jpeg;base64,BBBB']]) })).toEqual([
      { type: 'text', text: 'Look\n\n[image unavailable: cat.png]' },
      { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,BBBB', detail: 'auto' } },
    ]);
  });
});
