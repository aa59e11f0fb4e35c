using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Annals.Cli.Commands;
using Annals.Cli.Output;

namespace Annals.Cli;

/// <summary>
/// The <c>timeline</c> tool, runnable in-process: builds the command tree, parses the arguments, runs the chosen
/// command with the given writers, and turns every outcome into one of the <see cref="ExitCodes"/>.
/// </summary>
/// <remarks>
/// <para>To add a command, write a class in <c>Commands/</c> with a <c>Create()</c> method that returns its
/// <see cref="Command"/>, and add it in <see cref="CreateRootCommand"/>. An action writes to
/// <c>parseResult.InvocationConfiguration.Output</c> and <c>.Error</c> (never to <see cref="Console"/>) and returns
/// an exit code.</para>
/// <para>Output ends lines with <c>"\n"</c> on every platform. Nothing global (culture, console) is changed.</para>
/// </remarks>
internal static class TimelineApp
{
    /// <summary>The tool's name, as typed on the command line.</summary>
    public const string ToolName = "timeline";

    /// <summary>The width that help text is wrapped to, whatever the terminal, so that help reads the same everywhere.</summary>
    private const int HelpWidth = 100;

    /// <summary>
    /// The option, valid on every command, that shows the full details (with the stack trace) of an unexpected error.
    /// </summary>
    private static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Show the full details of an unexpected error, with its stack trace.",
        Recursive = true,
    };

    /// <summary>Runs the tool as the command line <c>timeline <paramref name="args"/></c> would.</summary>
    /// <param name="args">The arguments after the tool's name.</param>
    /// <param name="stdout">Where results go (standard output).</param>
    /// <param name="stderr">Where errors go (standard error).</param>
    /// <returns>The process exit code: one of the <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        using var output = new LineFeedWriter(stdout);
        using var error = new LineFeedWriter(stderr);

        ParseResult parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            WriteUsageErrors(parseResult, error);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception)
        {
            WriteUnexpectedError(exception, parseResult.GetValue(VerboseOption), error);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Builds the command tree: the root command, its global options and every subcommand.</summary>
    /// <returns>The root command.</returns>
    internal static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("timeline: read, validate and render diplomatic-event chronologies with imprecise (EDTF) dates.")
        {
            VerboseOption,
            DateCommand.Create(),
        };

        foreach (Option option in root.Options)
        {
            if (option.Action is HelpAction help)
            {
                help.MaxWidth = HelpWidth;
            }
        }

        root.SetAction(parseResult => RunWithoutCommand(
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));

        return root;
    }

    /// <summary>What <c>timeline</c> does when no command is given: for now, prints a one-line usage hint.</summary>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code.</returns>
    /// <remarks>This is the single place where rendering the built-in sample chronology will be hooked in.</remarks>
    internal static int RunWithoutCommand(TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        stdout.Write("usage: timeline date EXPR [--json]; run 'timeline --help' for all commands and options.\n");
        return ExitCodes.Success;
    }

    /// <summary>Reports a malformed command line: one line per problem, then where to find help.</summary>
    private static void WriteUsageErrors(ParseResult parseResult, TextWriter stderr)
    {
        string commandPath = CommandPath(parseResult.CommandResult);
        foreach (System.CommandLine.Parsing.ParseError parseError in parseResult.Errors)
        {
            stderr.Write(commandPath + ": " + InvariantText.OneLine(parseError.Message) + "\n");
        }

        stderr.Write("Run '" + commandPath + " --help' for usage.\n");
    }

    /// <summary>Reports a failure that is not the user's: one line, or the full exception with <c>--verbose</c>.</summary>
    private static void WriteUnexpectedError(Exception exception, bool verbose, TextWriter stderr)
    {
        if (verbose)
        {
            stderr.Write("error: " + exception + "\n");
            return;
        }

        stderr.Write(
            "error: " + InvariantText.OneLine(exception.Message) + " (" + exception.GetType().Name
            + "; run again with --verbose for the details)\n");
    }

    /// <summary>The words that name a command, from the tool's name down, for example <c>timeline date</c>.</summary>
    private static string CommandPath(CommandResult commandResult)
    {
        var names = new Stack<string>();
        for (SymbolResult? result = commandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var command })
            {
                names.Push(command is RootCommand ? ToolName : command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
