using System.Text;
using Annals.Cli;

// Standard output is buffered (the console's own writer flushes on every write, which is slow for large renders);
// it is flushed when the tool ends.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
// Long loads show their progress on standard error, only when it is a terminal.
var exitCode = TimelineApp.Run(args, stdout, Console.Error, Annals.Cli.Input.LoadProgress.ForConsole());
stdout.Flush();
return exitCode;
