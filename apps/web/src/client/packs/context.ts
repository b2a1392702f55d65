import type { ResolvedPack } from '@diemmac/core';
import { createContext } from 'react';

/**
 * The pack the open supervision is checked under (undefined: the built-in default pack): the
 * editor's live check and the findings' wording read it.
 */
export const PackContext = createContext<ResolvedPack | undefined>(undefined);
