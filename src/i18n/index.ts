export * from "./language";
export * from "./describeIssue";
export * from "./outcomeText";
