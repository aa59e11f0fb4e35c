using Annals.Fuzz;
using SharpFuzz;

// Usage:
//   Annals.Fuzz <edtf|load|phrase>              run under afl-fuzz (see docs/reliability.md)
//   Annals.Fuzz <edtf|load|phrase> FILE...      run the target once on each file and report any crash
if (args.Length == 0 || Targets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine("usage: Annals.Fuzz <" + string.Join('|', Targets.Names) + "> [FILE...]");
    return 2;
}

if (args.Length == 1)
{
    // In-process fork server: each input runs in this process, so an uncaught exception is reported as a crash.
    Fuzzer.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}

var crashes = 0;
foreach (var file in args.Skip(1))
{
    try
    {
        target(File.ReadAllBytes(file));
    }
    catch (Exception exception)
    {
        crashes++;
        Console.Error.WriteLine($"{file}: {exception.GetType().Name}: {exception.Message}");
        Console.Error.WriteLine(exception.StackTrace);
    }
}

Console.WriteLine($"{args.Length - 1} inputs, {crashes} crashes");
return crashes == 0 ? 0 : 1;
