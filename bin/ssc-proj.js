#!/usr/bin/env node
// The installed command runs the compiled library (npm ci builds dist/ through the prepare script).
import { main } from '../dist/cli/main.js';

await main();
