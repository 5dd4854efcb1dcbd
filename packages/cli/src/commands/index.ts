export { COMMAND_LIST, commandHead } from "./command-list.js";
export type { CommandEntry, CommandHead } from "./command-list.js";
