// Entry of the built CLI (dist/cli/chitieu.mjs, what `chitieu` runs once installed): the same runCli the source launcher calls.
import { runCli } from "./main";

await runCli(process.argv.slice(2));
