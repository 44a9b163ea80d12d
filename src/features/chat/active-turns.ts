// The abort controllers of running turns. Kept outside the store: they are not data, and
// they must never be persisted.
const controllers = new Map<string, AbortController>();

export function beginTurn(conversationId: string): AbortController {
  controllers.get(conversationId)?.abort();
  const controller = new AbortController();
  controllers.set(conversationId, controller);
  return controller;
}

export function endTurn(conversationId: string, controller: AbortController): void {
  if (controllers.get(conversationId) === controller) controllers.delete(conversationId);
}

export function stopTurn(conversationId: string): void {
  controllers.get(conversationId)?.abort();
}
