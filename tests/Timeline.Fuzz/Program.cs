using System.Diagnostics;
using System.Globalization;
using Annals.Fuzz;
using SharpFuzz;

// Usage:
//   Annals.Fuzz <edtf|load|phrase>                   run under afl-fuzz (see docs/reliability.md)
//   Annals.Fuzz <edtf|load|phrase> FILE...           run the target once on each file and report any crash
//   Annals.Fuzz <edtf|load|phrase> --time PATH...    time the target on each file (or each file of a folder, such as
//                                                    AFL's queue) and list the slowest, to find inputs that are slow
//                                                    without being hangs
// The last two need a build that SharpFuzz did not instrument (dotnet run --project tests/Timeline.Fuzz -c Release):
// instrumented code only runs under Fuzzer.Run.
if (args.Length == 0 || Targets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine("usage: Annals.Fuzz <" + string.Join('|', Targets.Names) + "> [FILE... | --time PATH...]");
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

if (args[1] == "--time")
{
    return Time(target, args.Skip(2).SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path) : [path]).ToList());
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

// Runs every input once to compile the code it reaches, then 20 times on the clock, and lists the ten slowest with
// their sizes: an input much slower than others of its size is a slow path that afl-fuzz's time-out does not catch.
static int Time(Action<byte[]> target, List<string> files)
{
    const int Runs = 20;
    var inputs = files.Select(file => (File: file, Bytes: File.ReadAllBytes(file))).ToList();
    foreach (var input in inputs)
    {
        Run(target, input.Bytes);
    }

    var times = new List<(double Milliseconds, string File, int Size)>();
    foreach (var input in inputs)
    {
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < Runs; run++)
        {
            Run(target, input.Bytes);
        }

        times.Add((clock.Elapsed.TotalMilliseconds / Runs, input.File, input.Bytes.Length));
    }

    foreach (var (milliseconds, file, size) in times.OrderByDescending(time => time.Milliseconds).Take(10))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{milliseconds,9:F3} ms {size,8} bytes  {file}"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputs.Count} inputs, {times.Sum(time => time.Milliseconds) * Runs / 1000:F1} s on the clock"));
    return 0;
}

// A crash is reported by the plain FILE mode; here it only must not stop the timing.
static void Run(Action<byte[]> target, byte[] bytes)
{
    try
    {
        target(bytes);
    }
    catch (Exception)
    {
    }
}
