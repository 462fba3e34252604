/* global require, module, process, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads this file as CommonJS */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { addinBaseUrl, DEV_BASE_URL, rewriteManifest } = require("./scripts/addinBaseUrl");
const { checkedCatalogJson, parsedCatalog } = require("./scripts/parsedCatalog");
const { BasicValuesOnlyPlugin } = require("./scripts/functionsMetadata");

const src = (...parts) => path.resolve(__dirname, "src", ...parts);

/**
 * One build for Excel on every platform. `functions` is the shared runtime's own code (custom functions and
 * ribbon commands, no React); `taskpane` is the React pane; both load from taskpane.html, the one page the
 * manifest's shared runtime names. `--mode production` writes dist/ with the manifest pointing at
 * ADDIN_BASE_URL; `npm start` serves the same over HTTPS on localhost:3000.
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const baseUrl = production ? addinBaseUrl(process.env) : DEV_BASE_URL;
  const taskpaneEntry = env.taskpaneEntry ?? src("taskpane", "index.tsx");
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: production ? "source-map" : "inline-source-map",
    entry: {
      functions: src("runtime", "runtime.ts"),
      taskpane: taskpaneEntry,
      notice: src("runtime", "notice.ts"),
    },
    output: {
      path: path.resolve(__dirname, env.outputPath ?? "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: {
        // Node reads and checks src/criteria at run time; the browser gets the catalog checked at build time.
        [src("criteria", "shippedCatalog")]: src("criteria", "shippedCatalog.webpack.ts"),
        // The functions read the catalog parsed at build time, so their bundle carries no schema library.
        [src("functions", "functionCatalog")]: src("functions", "functionCatalog.webpack.ts"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules so webpack can tree-shake and split import() into chunks (tsconfig says commonjs for Node).
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      // Parsed once when webpack starts (restart `npm start` after editing criteria JSON); invalid data fails here.
      // The pane's criteria data chunk gets the whole checked catalog, as JSON text (checkedCatalogData.webpack.ts).
      new webpack.DefinePlugin({
        OCOP_PARSED_CATALOG: JSON.stringify(parsedCatalog()),
        OCOP_CHECKED_CATALOG_JSON: JSON.stringify(checkedCatalogJson()),
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Data-type cells reach OCOP.* as their plain value, not as an object the functions cannot read.
      new BasicValuesOnlyPlugin("functions.json"),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: src("runtime", "taskpane.html"),
        // Order matters: the runtime registers functions and commands before the pane renders.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: src("runtime", "notice.html"),
        chunks: ["notice"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    performance: {
      // The pane carries React and Fluent UI; the functions bundle has its own, stricter test.
      hints: false,
    },
    devServer: {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: production ? undefined : { type: "https", options: await devCertificates(env) },
      static: false,
    },
  };
};

/**
 * The trusted localhost certificate Office requires, created and installed on first `npm start`. Where it
 * cannot be installed (no sudo on Linux, a locked-down PC), the dev server makes its own self-signed one and
 * the browser asks once to accept it — enough for Excel on the web.
 */
async function devCertificates(env) {
  if (!env.WEBPACK_SERVE) return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `office-addin-dev-certs could not set up a trusted certificate (${error.message}); using a self-signed one.`,
    );
    return undefined;
  }
}
