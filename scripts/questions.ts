// Print the ranked comprehension questions for an article:
//   npm run questions -- FILE [--json] [--max N]      (FILE may be "-" for standard input)
// Exit 0 = questions printed (possibly none), 2 = unusable input or wrong usage.
import { questionsCli } from './cli/questions';
import { processIo } from './cli/io';

process.exitCode = questionsCli(process.argv.slice(2), processIo);
