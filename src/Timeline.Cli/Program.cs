using System.Text;
using Annals.Cli;

// Standard output is buffered (the console's own writer flushes on every write, which is slow for large renders);
// it is flushed when the tool ends.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var exitCode = TimelineApp.Run(args, stdout, Console.Error);
stdout.Flush();
return exitCode;
