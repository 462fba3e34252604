/*
 * Entry of the shared runtime's code that is not the React pane: the OCOP.* custom functions and the ribbon
 * commands. taskpane.html loads this bundle (functions.js) before the pane's, so functions and buttons work
 * while the pane is closed. Keep React and Fluent UI out of everything imported here: the bundle's size is
 * checked by a test.
 */
import "./customFunctionsFallback";
import "../functions/functions";
import { registerRibbonCommands } from "./ribbonCommands";

// Outside Office (the pane opened in a plain browser for tests) there is no Office and nothing to bind.
if (typeof Office !== "undefined")
  void Office.onReady(() => {
    // Office.actions exists only in hosts with SharedRuntime; elsewhere the buttons are not shown anyway.
    if (Office.actions) registerRibbonCommands();
  });
