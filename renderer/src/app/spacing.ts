import { theme } from 'antd';
import { appTheme } from './theme';

const token = theme.getDesignToken(appTheme);

/**
 * antd's spacing scale for the app's theme (the same values `theme.useToken()` gives inside a
 * component), for inline styles: gaps, margins, paddings and list indents step along this scale
 * instead of each screen picking its own pixel counts. A test rejects other numbers.
 */
export const space = {
  xxs: token.marginXXS,
  xs: token.marginXS,
  sm: token.marginSM,
  md: token.margin,
  lg: token.marginLG,
} as const;
