using System.CommandLine;
using Annals.Cli.Input;
using Annals.Cli.Output;
using Annals.Serialization;

namespace Annals.Cli.Commands;

/// <summary>
/// <c>timeline validate FILE...</c>: loads each file and reports every problem as <c>FILE:LINE:COL: message</c>, or
/// <c>FILE: ok: N events</c>.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "validate";

    /// <summary>Builds the <c>validate</c> command.</summary>
    /// <param name="progress">Shows how far long loads have got, or <see langword="null"/>.</param>
    /// <returns>The command.</returns>
    public static Command Create(LoadProgress? progress = null)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "One or more timeline files (JSON format v1); - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var limits = new LoadLimitOptions();
        var command = new Command(
            Name,
            "Check timeline files. Prints 'FILE: ok: N events' for each valid file and exits with 0; otherwise prints "
            + "one line per problem, FILE:LINE:COL: severity code path: message, and exits with 1.")
        {
            files,
        };
        limits.AddTo(command);
        command.SetAction(parseResult =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var problems = new List<string>();
            var options = limits.Read(parseResult, problems);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    stderr.Write("timeline validate: " + InvariantText.OneLine(problem) + "\n");
                }

                return ExitCodes.UsageError;
            }

            return Run(parseResult.GetRequiredValue(files), options, parseResult.InvocationConfiguration.Output, stderr, progress);
        });
        return command;
    }

    private static int Run(string[] files, LoadOptions options, TextWriter stdout, TextWriter stderr, LoadProgress? progress)
    {
        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var name = TimelineInput.DisplayName(file);
            var result = TimelineInput.TryLoad(file, Console.OpenStandardInput, stderr, options, progress);
            if (result is { Success: true })
            {
                var count = result.Timeline.Count;
                stdout.Write($"{name}: ok: {count} {(count == 1 ? "event" : "events")}\n");
            }
            else
            {
                exitCode = ExitCodes.InvalidInput;
            }
        }

        return exitCode;
    }
}
