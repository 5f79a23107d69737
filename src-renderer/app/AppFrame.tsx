import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A focused box is outlined in blue, not in the signage red: with red, the first field of every form
 * (focused as the form opens, nothing typed yet) looked like a field in error. Red stays for buttons,
 * links and the errors themselves.
 */
function fieldFocusTokens() {
  const border = { activeBorderColor: '#1677ff', hoverBorderColor: '#4096ff' };
  const shadow = { activeShadow: '0 0 0 2px rgba(5, 145, 255, 0.1)' };
  return {
    Input: { ...border, ...shadow },
    InputNumber: { ...border, ...shadow },
    DatePicker: { ...border, ...shadow },
    Select: { ...border, activeOutlineColor: 'rgba(5, 145, 255, 0.1)' },
  };
}

/**
 * Red of the practice-station signage; the rest is antd's default theme. Zero-runtime: the component styles
 * come from antd's prebuilt stylesheet (imported in main.tsx) instead of being generated in the page, which
 * cost most of the first render and part of every later one; our tokens still apply as CSS variables.
 */
const THEME = {
  zeroRuntime: true,
  token: { colorPrimary: '#c8161d', borderRadius: 4 },
  components: fieldFocusTokens(),
};

/** The theme, the language's antd locale and dayjs locale, and antd's App context: shared by the station's app and the city's dashboard. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
