// The abort controllers of running column turns, one per column. Kept outside the store: they
// are not data and must never be persisted. Stopping one column never touches another.
const controllers = new Map<string, AbortController>();

const key = (conversationId: string, columnId: string) => `${conversationId}\u0000${columnId}`;

export function beginColumnTurn(conversationId: string, columnId: string): AbortController {
  controllers.get(key(conversationId, columnId))?.abort();
  const controller = new AbortController();
  controllers.set(key(conversationId, columnId), controller);
  return controller;
}

export function endColumnTurn(
  conversationId: string,
  columnId: string,
  controller: AbortController,
): void {
  if (controllers.get(key(conversationId, columnId)) === controller)
    controllers.delete(key(conversationId, columnId));
}

export function stopColumnTurn(conversationId: string, columnId: string): void {
  controllers.get(key(conversationId, columnId))?.abort();
}

/** Stop: every column of the comparison at once. */
export function stopAllColumnTurns(conversationId: string): void {
  const prefix = key(conversationId, '');
  for (const [id, controller] of controllers) if (id.startsWith(prefix)) controller.abort();
}
