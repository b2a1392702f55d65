/**
 * Fields of the model that hold codes, not prose (ids, keys, kinds, numbers, statuses…): the
 * readers of text (terms of law, names) skip them.
 */
export const CODE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'key',
  'kind',
  'framework',
  'category',
  'symbol',
  'number',
  'role',
  'authority',
  'status',
  'level',
  'type',
  'group',
  'unit',
]);
