/* global module, URL */
/**
 * Where the add-in is hosted: ONE setting, ADDIN_BASE_URL, read when building. The manifest template names
 * the dev server (https://localhost:3000/) everywhere; a production build swaps that prefix, so the same
 * source deploys to any static host (IIS, SharePoint, Azure Static Web Apps, GitHub Pages…).
 */
const DEV_BASE_URL = "https://localhost:3000/";

function addinBaseUrl(env) {
  const raw = (env.ADDIN_BASE_URL ?? "").trim();
  if (raw === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL must be an absolute URL like https://addins.example.gov.vn/ocop/, not "${raw}".`,
    );
  }
  // Office loads add-ins only over HTTPS.
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must start with https:// (got "${raw}").`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment (got "${raw}").`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, rewriteManifest };
