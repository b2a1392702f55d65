import type { Lang } from '@diemmac/core';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.js';
import { type Messages, vi } from './vi.js';

const CATALOGS: Record<Lang, Messages> = { vi, en };

interface I18n {
  lang: Lang;
  t: Messages;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n>({ lang: 'vi', t: vi, setLang: () => {} });

function initialLang(): Lang {
  try {
    return localStorage.getItem('diemmac.lang') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Vietnamese by default; the choice is remembered in this browser. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: CATALOGS[lang],
      setLang: (l) => {
        setLangState(l);
        try {
          localStorage.setItem('diemmac.lang', l);
        } catch {
          // private mode: the choice lasts for this page only
        }
      },
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
