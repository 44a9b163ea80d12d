// Start-up does one thing first: read the stored conversations and render them. Code that is
// fetched ahead of use (the streaming client, the plain-text copy, closed dialogs) waits until
// the app has rendered and the browser is idle; arriving earlier, it was evaluated between
// reading storage and the first render (bench/: start-up).
import { whenIdle } from '@/lib/idle-callback';

type Task = () => void;

const waiting: Task[] = [];
let rendered = false;

/**
 * Runs `task` at once after start-up; during it (before the app's first render is done), in idle
 * time. For code a component asks for when it mounts: a dialog opened later loads without delay.
 */
export function soonUnlessStartingUp(task: Task): void {
  if (rendered) task();
  else whenIdle(task);
}

/** Runs `task` in idle time once the app's first render is on screen. */
export function afterFirstRender(task: Task): void {
  if (rendered) whenIdle(task);
  else waiting.push(task);
}

/** The app's first render has been committed (called from its first effect). */
export function firstRenderDone(): void {
  if (rendered) return;
  rendered = true;
  for (const task of waiting.splice(0)) whenIdle(task);
}
