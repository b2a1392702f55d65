import type { Finding, InputIssue } from '@diemmac/core';
import { createContext, useContext } from 'react';
import type { Doc } from './doc.js';

/** What every field of the editor reads: the document, how to change it, and what the core says. */
export interface EditorState {
  doc: Doc;
  readOnly: boolean;
  /** Sets (or, for undefined, removes) the value at a path. */
  change(path: (string | number)[], value: unknown): void;
  /** Replaces the document with a function of it (adding or removing rows). */
  update(fn: (doc: Doc) => Doc): void;
  issuesAt: Map<string, InputIssue[]>;
  findingsAt: Map<string, Finding[]>;
  /** Every finding of the last check, for the panels beside each figure block. */
  findings: Finding[];
  /** Scroll target set by the findings panel. */
  focus?: string | undefined;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const state = useContext(EditorContext);
  if (!state) throw new Error('useEditor outside EditorContext');
  return state;
}
