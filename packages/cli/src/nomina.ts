#!/usr/bin/env node
import { processIO } from './core/io.js';
import { main } from './main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
