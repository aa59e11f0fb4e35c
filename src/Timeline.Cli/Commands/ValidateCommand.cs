using System.CommandLine;
using Annals.Cli.Input;
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
        var command = new Command(
            Name,
            "Check timeline files. Prints 'FILE: ok: N events' for each valid file and exits with 0; otherwise prints "
            + "one line per problem, FILE:LINE:COL: severity code path: message, and exits with 1.")
        {
            files,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(files),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            progress));
        return command;
    }

    private static int Run(string[] files, TextWriter stdout, TextWriter stderr, LoadProgress? progress)
    {
        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var name = file == TimelineInput.StandardInput ? "<stdin>" : file;
            LoadResult result;
            try
            {
                result = TimelineInput.Read(
                    file == TimelineInput.StandardInput ? Console.OpenStandardInput() : File.OpenRead(file), name, progress);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                stderr.Write($"{name}: cannot read the file: {Output.InvariantText.OneLine(exception.Message)}\n");
                exitCode = ExitCodes.InvalidInput;
                continue;
            }

            TimelineInput.Report(name, result, stderr);
            if (result.Success)
            {
                var count = result.Timeline!.Count;
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
