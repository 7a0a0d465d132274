import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/domain';
import { saveLanguage } from '../i18n';
import { AppShell } from './AppShell';

const FONT = "'Noto Sans', 'Noto Sans SC', -apple-system, 'Segoe UI', sans-serif";

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
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      // Darker primary and secondary text than antd's defaults: its #1677ff on #e6f4ff and #8c8c8c
      // on white fail WCAG AA (4.5 : 1) for the small text of a dense desktop tool.
      theme={{
        token: {
          fontFamily: FONT,
          borderRadius: 4,
          colorPrimary: '#0958d9',
          // Link buttons follow colorLink, not colorPrimary; its default #1677ff is 4.1 : 1 on white.
          colorLink: '#0958d9',
          colorLinkHover: '#003eb3',
          colorLinkActive: '#002c8c',
          colorTextSecondary: '#595959',
          colorTextDescription: '#595959',
        },
      }}
      componentSize="small"
    >
      <AppShell lang={lang} onLanguageChange={changeLanguage} />
    </ConfigProvider>
  );
}
