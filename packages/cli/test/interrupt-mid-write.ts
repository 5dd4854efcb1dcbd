// Child process for write-file-atomic.test.ts: starts writing an output whose content
// never finishes, says so on stdout, and waits for the parent's Ctrl-C (SIGINT).
import { writeFileAtomic } from "../src/files/write-file-atomic.js";

async function* endless(): AsyncGenerator<string> {
  yield "<tmx>\n";
  process.stdout.write("writing\n");
  await new Promise((resolve) => setTimeout(resolve, 60_000));
}

await writeFileAtomic(process.argv[2]!, endless());
