// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '@/lib/clipboard';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
  vi.restoreAllMocks();
});

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

function setExecCommand(result: boolean | Error) {
  const execCommand = vi.fn(() => {
    if (result instanceof Error) throw result;
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

describe('copyText', () => {
  it('uses navigator.clipboard when it is there', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard(writeText);
    await expect(copyText('hello')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('falls back to a hidden textarea when navigator.clipboard is missing', async () => {
    let copied = '';
    const execCommand = setExecCommand(true);
    execCommand.mockImplementation(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? '';
      return true;
    });
    await expect(copyText('fallback text')).resolves.toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe('fallback text');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('falls back when navigator.clipboard refuses', async () => {
    setClipboard(vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')));
    setExecCommand(true);
    await expect(copyText('x')).resolves.toBe(true);
  });

  it('resolves false instead of throwing when nothing works', async () => {
    setExecCommand(new Error('not supported'));
    await expect(copyText('x')).resolves.toBe(false);
    setExecCommand(false);
    await expect(copyText('x')).resolves.toBe(false);
  });

  it('gives focus back to where it was', async () => {
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();
    setExecCommand(true);
    await copyText('x');
    expect(document.activeElement).toBe(button);
    button.remove();
  });
});
