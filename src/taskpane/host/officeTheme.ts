import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Follows Office's theme when the host tells us one (Office.context.officeTheme): a dark body background
 * gets the dark Fluent theme. Anything else, or no Office at all, gets the light theme.
 */
export function themeFor(bodyBackground: string | undefined): Theme {
  if (!bodyBackground) return webLightTheme;
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackground.trim());
  if (!match) return webLightTheme;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
