// Judge one answer from the command line:
//   npm run check-answer -- --expected "122 tysiące" --given "122 000"
// Prints the verdict as JSON; exit 0 = accepted, 1 = rejected, 2 = wrong usage.
import { checkAnswerCli } from './cli/check-answer';
import { processIo } from './cli/io';

process.exitCode = checkAnswerCli(process.argv.slice(2), processIo);
