// Its own module so the dark theme's tokens load only in an Excel that is dark (officeTheme.ts).
export { webDarkTheme } from "@fluentui/react-components";
