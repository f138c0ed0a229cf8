/**
 * zod, configured: the only module that imports it (the lint enforces that). zod v4 compiles
 * object parsers with `new Function` unless told not to; Apps Script and a strict CSP forbid
 * that. An ES module runs its imports' bodies first, so every module that takes zod from
 * here gets it already jitless, whatever order the imports stand in.
 * Consumers use a namespace import (`import * as z from './zod'`) so esbuild still drops
 * what is unused.
 */
import * as zod from 'zod';

zod.config({ jitless: true });

export * from 'zod';
