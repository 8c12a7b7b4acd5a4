/**
 * Imported (dynamically) before the query path's modules: a one-shot process validates each
 * zod schema about once, and zod's JIT (code generated per object schema) costs more than it
 * saves then. zod reads the flag when a schema is constructed — at module load — so this must
 * run before any module that builds schemas is imported; setting it later has no effect.
 */
import { config } from 'zod';

config({ jitless: true });
