// Work for right after the current frame has been rendered. Called from a rAF callback: a
// message posted there is handled once the frame's style, layout and paint are done. One
// channel serves every caller, in order.

let channel: MessageChannel | null = null;
const queue: (() => void)[] = [];

/** Runs `callback` once the current frame has been rendered (call it from a rAF callback). */
export function afterFrame(callback: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  queue.push(callback);
  channel.port2.postMessage(0);
}
