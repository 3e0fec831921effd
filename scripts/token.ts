import { join, resolve } from 'node:path';
import { addToken, readTokens, revokeTokens } from '../server/tokens';

/*
 * `npm run token -- add <editor name>`: prints a new token on its last line;
 * only its hash is kept, in DATA_DIR/tokens.json. `list` shows the editors,
 * `revoke <editor name>` removes every token of that editor.
 */

const file = join(resolve(process.env.DATA_DIR ?? 'data'), 'tokens.json');
const [command, ...rest] = process.argv.slice(2);
const name = rest.join(' ').trim();

if (command === 'add' && name) {
  const token = await addToken(file, name);
  console.log(`A token for ${name}, stored as a hash in ${file}. Give it to them; it is not shown again:`);
  console.log(token);
} else if (command === 'list') {
  const tokens = await readTokens(file);
  if (!tokens.length) console.log(`No tokens in ${file}`);
  for (const t of tokens) console.log(`${t.name}\tsince ${t.createdAt}`);
} else if (command === 'revoke' && name) {
  const removed = await revokeTokens(file, name);
  console.log(removed ? `Revoked ${removed} token(s) of ${name}` : `${name} has no token`);
  if (!removed) process.exitCode = 1;
} else {
  console.error('Usage: npm run token -- add <editor name> | list | revoke <editor name>');
  process.exitCode = 1;
}
