import type { Lang } from '@diemmac/core';
import { en } from './en.js';
import type { CliMessages } from './types.js';
import { vi } from './vi.js';

export type { CliMessages, HelpWording } from './types.js';

/** The CLI's wording in each language. */
export const CLI_MESSAGES: Record<Lang, CliMessages> = { vi, en };
