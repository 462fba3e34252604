import { webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Follows Office's theme when the host tells us one (Office.context.officeTheme): a dark body background
 * gets the dark Fluent theme, fetched then (most offices run Excel light). Anything else, or no Office at
 * all, gets the light theme.
 */
export async function themeFor(bodyBackground: string | undefined): Promise<Theme> {
  if (!isDark(bodyBackground)) return webLightTheme;
  const { webDarkTheme } = await import("./darkTheme");
  return webDarkTheme;
}

function isDark(bodyBackground: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackground?.trim() ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
