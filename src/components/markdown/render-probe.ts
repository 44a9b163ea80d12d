// A test hook: lets a test count block renders to prove that streaming re-renders only the last
// block. Nothing sets it outside tests; the cost is one null check per block render.
export const blockRenderProbe: { onRender: ((index: number) => void) | null } = { onRender: null };
