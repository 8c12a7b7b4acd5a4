/** zod pieces shared by the service's config and each platform's own variables (adapters/<platform>/config.ts). */
import { z } from 'zod';

/** A text variable; empty or blank counts as unset. */
export const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

export const url = z.string().trim().url();

/** What a platform adds to the config: its variables, and the checks across them. */
export interface PlatformConfig<S extends z.ZodRawShape = z.ZodRawShape> {
  readonly shape: S;
  readonly check?: (values: z.infer<z.ZodObject<S>>, ctx: z.RefinementCtx) => void;
}

export function platformConfig<S extends z.ZodRawShape>(config: PlatformConfig<S>): PlatformConfig<S> {
  return config;
}
