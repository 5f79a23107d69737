import { runCli } from './run';

// npm runs scripts from the package folder; INIT_CWD is where the administrator typed the command,
// which is where set-up files go unless --out says otherwise.
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  env: process.env,
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
