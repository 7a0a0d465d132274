import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appTheme } from './theme';
import type { Locale } from '../../../contract/domain';
import { saveLanguage } from '../i18n';
import { AppShell } from './AppShell';

/** Language state and the antd locale/theme around the shell. */
export function App() {
  const { i18n } = useTranslation();
  const [lang, setLang] = useState<Locale>(i18n.language === 'en' ? 'en' : 'zh');

  const changeLanguage = useCallback(
    (next: Locale) => {
      void i18n.changeLanguage(next);
      saveLanguage(next);
      setLang(next);
    },
    [i18n],
  );

  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={appTheme} componentSize="small">
      <AppShell lang={lang} onLanguageChange={changeLanguage} />
    </ConfigProvider>
  );
}
