import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CityError } from './couch/errors';
import { messages } from './messages';

export const ADMIN_PASSWORD_ENV = 'CITY_ADMIN_PASSWORD';

/**
 * The admin password comes from CITY_ADMIN_PASSWORD or from a prompt that does not echo what is typed;
 * never from an argument, where the shell history and the process list would keep it.
 */
export async function readAdminPassword(username: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env[ADMIN_PASSWORD_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) throw new CityError(messages.noPassword());
  return promptHidden(messages.passwordPrompt(username));
}

/** Asks on the terminal without echoing what is typed (passwords, ID numbers). */
export function promptHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve, reject) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      if (answer === '') reject(new CityError(messages.noPassword()));
      else resolve(answer);
    });
    muted = true;
  });
}
