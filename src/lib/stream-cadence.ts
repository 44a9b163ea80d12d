// How often a streaming answer changes on screen. Each render of it has a fixed cost whatever it
// adds (the store update and React's pass over the message, the growing block rendered again, its
// style and layout): ~1.9 ms at full speed on a 2-core VM, against ~0.1 ms per token added.
// 20 updates a second still read as a stream (a few words at a time at 100 tokens/s), and frames
// keep coming at the display's rate: only the text waits, at most two frames.
export const streamUpdateIntervalMs = 1000 / 20;
