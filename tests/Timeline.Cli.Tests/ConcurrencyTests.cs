using System.Collections.Concurrent;

namespace Annals.Cli.Tests;

/// <summary>In-process runs of the tool on many threads at once are independent: each gives what it gives alone.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Run_OnManyThreadsAtOnce_GivesTheSingleThreadedOutput()
    {
        string[][] commands =
        [
            ["render", "--format", "markdown", "--style", "table"],
            ["render", "--format", "mermaid", "--culture", "es-SV"],
            ["render", "--format", "json", "--actor", "bukele"],
            ["render", "--format", "ics"],
            ["render", "--format", "html"],
            ["render", "--format", "timelinejs"],
            ["date", "--json", "2025-01-2X~"],
            ["resolve", "a few days after 20 January 2025", "--anchor", "2025-03-28"],
            ["diff", "--from-date", "2025-03-01", "--to-date", "2025-05-01"],
            ["render", "--status", "ocurred"],
        ];
        var expected = commands.Select(args => Cli.Run(args)).ToArray();
        var failures = new ConcurrentQueue<string>();

        Parallel.For(0, commands.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var which = i % commands.Length;
            if (Cli.Run(commands[which]) != expected[which])
            {
                failures.Enqueue(string.Join(' ', commands[which]));
            }
        });

        failures.Should().BeEmpty();
    }
}
