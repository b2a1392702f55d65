import * as z from 'zod';

// The rule packs' answers (server/routes/packs.ts).

export const InstalledPack = z.object({
  row: z.number().int(),
  id: z.string(),
  version: z.string(),
  name: z.string(),
  installedAt: z.string(),
  installedBy: z.string().nullable(),
  active: z.boolean(),
});
export type InstalledPack = z.infer<typeof InstalledPack>;
export const PackList = z.object({
  default: z.object({ id: z.string(), version: z.string(), name: z.string() }),
  active: z.number().int().nullable(),
  packs: z.array(InstalledPack),
});
export type PackList = z.infer<typeof PackList>;
export const PackInstalled = z.object({
  pack: z.object({ created: z.boolean(), row: z.number().int(), id: z.string(), version: z.string() }),
});
/** PUT /api/packs/active: the installed version now in use (null: the default pack). */
export const PackChosen = z.object({ active: z.number().int().nullable() });
/** PUT /api/supervisions/:id/pack: the version the supervision is pinned to (null: none). */
export const PackPinned = z.object({ pinned: z.number().int().nullable() });
