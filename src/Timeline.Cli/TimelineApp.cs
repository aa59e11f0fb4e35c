using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text.RegularExpressions;
using Annals.Cli.Commands;
using Annals.Cli.Input;
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
internal static partial class TimelineApp
{
    /// <summary>The tool's name, as typed on the command line.</summary>
    public const string ToolName = "timeline";

    /// <summary>The width that help text is wrapped to, whatever the terminal, so that help reads the same everywhere.</summary>
    private const int HelpWidth = 100;

    /// <summary>
    /// The name of the option, valid on every command, that shows the full details (with the stack trace) of an
    /// unexpected error.
    /// </summary>
    private const string VerboseOptionName = "--verbose";

    /// <summary>Runs the tool as the command line <c>timeline <paramref name="args"/></c> would.</summary>
    /// <param name="args">The arguments after the tool's name.</param>
    /// <param name="stdout">Where results go (standard output).</param>
    /// <param name="stderr">Where errors go (standard error).</param>
    /// <param name="progress">Shows how far long loads have got on the terminal; <see langword="null"/> (the default,
    /// and what in-process runs use) shows nothing.</param>
    /// <returns>The process exit code: one of the <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, LoadProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        using var output = new LineFeedWriter(stdout);
        using var error = new LineFeedWriter(stderr);

        ParseResult parseResult;
        try
        {
            parseResult = CreateRootCommand(progress).Parse(args);
        }
        catch (Exception exception)
        {
            // Parsing runs the options' validators; a failure there is a bug, reported like any other.
            WriteUnexpectedError(exception, args.Contains(VerboseOptionName, StringComparer.Ordinal), error);
            return ExitCodes.InternalError;
        }

        List<string> usageErrors = UsageErrors(parseResult);
        if (usageErrors.Count > 0)
        {
            WriteUsageErrors(CommandPath(parseResult.CommandResult), usageErrors, error);
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
            WriteUnexpectedError(exception, parseResult.GetValue<bool>(VerboseOptionName), error);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Builds the command tree: the root command, its global options and every subcommand.</summary>
    /// <returns>The root command.</returns>
    /// <remarks>
    /// <para>Each call builds a new tree (symbols are not shared), so that concurrent in-process runs are independent.</para>
    /// <para>
    /// The root is a plain <see cref="Command"/> named <see cref="ToolName"/>, rather than a <see cref="RootCommand"/>,
    /// whose name and version would come from the process's entry assembly (the test host, when run in-process).</para>
    /// </remarks>
    internal static Command CreateRootCommand(LoadProgress? progress = null)
    {
        var root = new Command(
            ToolName,
            "Read, validate and render diplomatic-event chronologies with imprecise (EDTF) dates.")
        {
            new HelpOption { Recursive = true, Action = new HelpAction { MaxWidth = HelpWidth } },
            new VersionOption { Action = new VersionAction() },
            new Option<bool>(VerboseOptionName)
            {
                Description = "Show the full details of an unexpected error, with its stack trace.",
                Recursive = true,
            },
            DateCommand.Create(),
            ResolveCommand.Create(),
            RenderCommand.Create(progress),
            ValidateCommand.Create(progress),
            DiffCommand.Create(progress),
            GenerateCommand.Create(),
        };

        // 'timeline' alone is 'timeline render': it prints the built-in sample as Markdown.
        RenderCommand.AddDefaultTo(root, progress);
        return root;
    }

    /// <summary>
    /// Lists what is wrong with the command line; empty when it is fine, or when help or the version was asked for.
    /// </summary>
    /// <remarks>
    /// The parser takes an unknown <c>--opt</c> for an argument when the command has room for one, and otherwise
    /// blames the next argument. So any argument that looks like an option (see <see cref="LooksLikeOption"/>) and does
    /// not follow <c>--</c> is reported as an unknown option first; the parser's own errors only when there is none.
    /// </remarks>
    private static List<string> UsageErrors(ParseResult parseResult)
    {
        bool failed = parseResult.Action is ParseErrorAction;
        if (!failed && !ReferenceEquals(parseResult.Action, parseResult.CommandResult.Command.Action))
        {
            return [];
        }

        var errors = new List<string>();
        foreach (Token token in parseResult.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value))
            {
                errors.Add("Unrecognized option '" + token.Value + "'.");
            }
        }

        if (errors.Count == 0 && failed)
        {
            errors.AddRange(parseResult.Errors.Select(parseError => Describe(parseError, parseResult)).Distinct(StringComparer.Ordinal));
        }

        return errors;
    }

    /// <summary>
    /// Makes a parser error say where and what to do: a bad value names its option (<c>--format: Argument 'pdf' not
    /// recognized…</c>), a missing argument or option is named and described (<c>missing EXPR: An EDTF (ISO 8601-2)
    /// date…</c>), and a value of the wrong type says what is expected rather than a .NET type name.
    /// </summary>
    private static string Describe(System.CommandLine.Parsing.ParseError error, ParseResult parseResult)
    {
        var message = error.Message;
        var command = parseResult.CommandResult.Command;
        if (message.StartsWith("Required argument missing for command", StringComparison.Ordinal)
            && command.Arguments.FirstOrDefault(argument =>
                argument.Arity.MinimumNumberOfValues > 0 && parseResult.GetResult(argument) is not { Tokens.Count: > 0 }) is { } missing)
        {
            return "missing " + missing.Name + Explained(missing.Description);
        }

        if (RequiredOption().Match(message) is { Success: true } required)
        {
            var name = required.Groups[1].Value;
            return "missing " + name + Explained(command.Options.FirstOrDefault(o => o.Name == name)?.Description);
        }

        if (OptionWithoutValue().Match(message) is { Success: true } empty)
        {
            var name = empty.Groups[1].Value;
            return name + " needs a value" + Explained(command.Options.FirstOrDefault(o => o.Name == name)?.Description);
        }

        if (WrongType().Match(message) is { Success: true } wrong)
        {
            var expected = wrong.Groups[3].Value switch
            {
                "System.Int32" => "a whole number",
                "System.Boolean" => "true or false",
                var type => "a value of type " + type,
            };
            return $"{wrong.Groups[2].Value}: '{wrong.Groups[1].Value}' is not {expected}";
        }

        var option = error.SymbolResult switch
        {
            OptionResult result => result.Option,
            ArgumentResult { Parent: OptionResult result } => result.Option,
            _ => null,
        };
        return option is not null && !message.Contains(option.Name, StringComparison.Ordinal)
            ? option.Name + ": " + message
            : message;
    }

    /// <summary>The first sentence of a description, after a colon: <c>: An EDTF date, …</c>; empty for none.</summary>
    private static string Explained(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return string.Empty;
        }

        // A sentence ends at ". " that does not close an abbreviation such as "e.g." or "i.e.".
        for (var end = description.IndexOf(". ", StringComparison.Ordinal); end >= 0; end = description.IndexOf(". ", end + 1, StringComparison.Ordinal))
        {
            if (end < 3 || (description[end - 2] != '.' && !description.AsSpan(0, end).EndsWith("etc", StringComparison.Ordinal)))
            {
                return ": " + description[..(end + 1)];
            }
        }

        return ": " + description;
    }

    [GeneratedRegex("^Option '([^']+)' is required\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredOption();

    [GeneratedRegex("^Required argument missing for option: '([^']+)'\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionWithoutValue();

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '([^']+)' as expected type '([^']+)'\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex WrongType();

    /// <summary>
    /// Whether an argument looks like an option: it starts with <c>-</c>, and the next character is not a digit
    /// (so <c>-0044-03-15</c> and a lone <c>-</c> are values, while <c>--jsno</c> and <c>-x</c> are not).
    /// </summary>
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]);

    /// <summary>Reports a malformed command line: one line per problem, then where to find help.</summary>
    private static void WriteUsageErrors(string commandPath, IEnumerable<string> messages, TextWriter stderr)
    {
        foreach (string message in messages)
        {
            stderr.Write(commandPath + ": " + InvariantText.OneLine(message) + "\n");
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
                names.Push(command.Name);
            }
        }

        return string.Join(' ', names);
    }

    /// <summary>Prints the tool's own version (the informational version of this assembly) for <c>--version</c>.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        /// <inheritdoc />
        public override bool ClearsParseErrors => true;

        /// <inheritdoc />
        public override int Invoke(ParseResult parseResult)
        {
            ArgumentNullException.ThrowIfNull(parseResult);
            string version = typeof(TimelineApp).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? typeof(TimelineApp).Assembly.GetName().Version?.ToString()
                ?? "unknown";
            parseResult.InvocationConfiguration.Output.Write(version + "\n");
            return ExitCodes.Success;
        }
    }
}
