/** `npm run schema`: regenerate docs/schema/*.schema.json and docs/scenario-reference.md from the validators. */
import { main } from './main.js';

await main(['schema', '--write']);
