// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  handleShortcutKeydown,
  isTypingTarget,
  listShortcuts,
  registerShortcut,
} from '@/lib/shortcuts';

const removers: (() => void)[] = [];
afterEach(() => removers.splice(0).forEach((remove) => remove()));

function press(key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  handleShortcutKeydown(event);
  return event;
}

describe('shortcuts registry', () => {
  it('runs the matching shortcut once and prevents the default', () => {
    const run = vi.fn();
    removers.push(
      registerShortcut({
        id: 'q',
        keys: '?',
        description: 'help',
        group: 'G',
        matches: (e) => e.key === '?',
        run,
      }),
    );
    const event = press('?');
    expect(run).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    press('x');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('leaves plain keys to text fields unless the shortcut works while typing', () => {
    const plain = vi.fn();
    const modified = vi.fn();
    removers.push(
      registerShortcut({
        id: 'p',
        keys: '→',
        description: '',
        group: 'G',
        matches: (e) => e.key === 'ArrowRight',
        run: plain,
      }),
    );
    removers.push(
      registerShortcut({
        id: 'm',
        keys: 'Alt+N',
        description: '',
        group: 'G',
        whileTyping: true,
        matches: (e) => e.altKey,
        run: modified,
      }),
    );
    const box = document.createElement('textarea');
    expect(press('ArrowRight', box).defaultPrevented).toBe(false);
    expect(plain).not.toHaveBeenCalled();
    press('n', box, { altKey: true });
    expect(modified).toHaveBeenCalledTimes(1);
  });

  it('lists what is registered, and forgets on removal', () => {
    const remove = registerShortcut({
      id: 'z',
      keys: 'Z',
      description: 'zed',
      group: 'G',
      matches: () => false,
      run: () => {},
    });
    expect(listShortcuts().map((s) => s.id)).toContain('z');
    remove();
    expect(listShortcuts().map((s) => s.id)).not.toContain('z');
  });

  it('knows a typing target', () => {
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});
