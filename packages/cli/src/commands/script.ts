import type { Command } from './index.js';
import { UsageError } from '../core/exit.js';

// Placeholder until its issue lands; the owner of this command replaces this file.
const command: Command = {
  name: 'script',
  summary: '',
  async run() {
    throw new UsageError('this command is not available yet');
  },
};
export default command;
