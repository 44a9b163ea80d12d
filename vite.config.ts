import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';

// Where the same-origin proxy forwards to. `/aiml-proxy/v1` in the app's Base URL field goes
// through it, for browsers or networks where a direct cross-origin call is refused.
const proxyTarget = process.env.AIML_PROXY_TARGET ?? 'https://api.aimlapi.com';

/** The Content-Security-Policy of the built app; `connect-src` stays wide so any Base URL works. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http: ws: wss:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The dev server's React refresh preamble is an inline script, so the CSP meta tag is added to
// the production build only; `frame-ancestors` is ignored in a meta tag, hence the preview headers.
function cspMetaTag(): Plugin {
  const metaPolicy = contentSecurityPolicy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const proxy = {
  '/aiml-proxy': {
    target: proxyTarget,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/aiml-proxy/, ''),
  },
};

export default defineConfig({
  plugins: [react(), tailwindcss(), cspMetaTag()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy },
  preview: {
    proxy,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every es2022 browser supports <link rel=modulepreload>: no polyfill in the initial JS.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    // Test data shared with the e2e specs (the XSS corpus); tests only, never the app build.
    alias: { '@e2e': fileURLToPath(new URL('./e2e', import.meta.url)) },
    environment: 'node',
    setupFiles: [],
  },
});
