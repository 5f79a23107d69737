import { z } from 'zod';

/**
 * What the city publishes down to every station (service fields, themes, published projects, notices).
 * Read-only at the station: it replicates from the city's `catalog` database and is never pushed.
 */
export const catalogEntryDocSchema = z.object({
  id: z.string().max(64),
  kind: z.enum(['field', 'theme', 'project', 'notice']),
  code: z.string().max(40),
  name: z.string().max(200),
  /** Free text: a theme's month, a notice's body, a published project's description. */
  body: z.string().max(5000),
  order: z.number().int(),
  updatedAt: z.string().max(40),
});
export type CatalogEntryDoc = z.infer<typeof catalogEntryDocSchema>;
