import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Lang, type Translate, translator } from '@/lib/i18n';

const I18nContext = createContext<{ lang: Lang; t: Translate }>({
  lang: 'en',
  t: translator('en'),
});

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
