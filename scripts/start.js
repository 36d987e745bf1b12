// `npm start`: the demo dev server on a fixed port, on the mocked backend.
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n  sales-hub-kit demo (mocked backend) running at ${url}\n  Press Ctrl+C to stop.\n`);
