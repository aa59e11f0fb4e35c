using System.CommandLine;
using Annals.Cli.Output;
using Annals.Serialization;

namespace Annals.Cli.Commands;

/// <summary><c>timeline generate --events N [--seed S] [-o FILE]</c>: writes a synthetic timeline file, for load
/// tests and benchmarks of the tool.</summary>
internal static class GenerateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "generate";

    /// <summary>Builds the <c>generate</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var events = new Option<int>("--events") { Description = "How many events (0 to 10,000,000).", DefaultValueFactory = _ => 1000 };
        events.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens is [{ Value: var text }]
                && int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var count)
                && count is < 0 or > 10_000_000)
            {
                result.AddError("--events must be between 0 and 10000000.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed gives the same file.", DefaultValueFactory = _ => 2025 };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };
        var command = new Command(Name, "Write a synthetic timeline file (see SyntheticTimeline in the library) for load tests.")
        {
            events, seed, output,
        };
        command.SetAction(parseResult =>
        {
            var timeline = Annals.SyntheticTimeline.Generate(parseResult.GetValue(events), parseResult.GetValue(seed));
            if (parseResult.GetValue(output) is { Length: > 0 } path)
            {
                try
                {
                    AtomicFile.Write(path, writer => ChronologyJson.Save(timeline, writer));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    parseResult.InvocationConfiguration.Error.Write(
                        $"timeline generate: cannot write {InvariantText.Quote(path)}: {AtomicFile.Describe(path, exception)}\n");
                    return ExitCodes.InvalidInput;
                }
            }
            else
            {
                ChronologyJson.Save(timeline, parseResult.InvocationConfiguration.Output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
