using System.CommandLine;
using System.Globalization;
using Annals.Cli.Input;
using Annals.Cli.Output;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime.Text;

namespace Annals.Cli.Commands;

/// <summary>
/// <c>timeline render [FILE|-] [--format …] [filters] [-o FILE]</c>: loads a timeline (the built-in sample when no file
/// is given), selects events with the filters, and writes them in a format. <c>timeline</c> with no command does the
/// same with the defaults.
/// </summary>
internal static class RenderCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "render";

    /// <summary>Builds the <c>render</c> command.</summary>
    /// <param name="progress">Shows how far long loads have got, or <see langword="null"/>.</param>
    /// <returns>The command.</returns>
    public static Command Create(LoadProgress? progress = null)
    {
        var command = new Command(
            Name,
            "Render a chronology: the built-in El Salvador–United States sample, or a timeline file, filtered and written "
            + "as Markdown, Mermaid, JSON, TimelineJS, iCalendar or HTML. Exits with 1 when the file has problems (one line each, "
            + "FILE:LINE:COL: message) and 2 for a bad option value.");
        var options = new RenderOptions();
        options.AddTo(command);
        command.SetAction(parseResult => Run(parseResult, options, progress));
        return command;
    }

    /// <summary>Adds the render arguments and options to the root command, so that <c>timeline</c> alone renders.</summary>
    /// <param name="root">The root command.</param>
    /// <param name="progress">Shows how far long loads have got, or <see langword="null"/>.</param>
    public static void AddDefaultTo(Command root, LoadProgress? progress = null)
    {
        var options = new RenderOptions();
        options.AddTo(root, withFileArgument: false);
        root.SetAction(parseResult => Run(parseResult, options, progress));
    }

    private static int Run(ParseResult parseResult, RenderOptions options, LoadProgress? progress)
    {
        var stdout = parseResult.InvocationConfiguration.Output;
        var stderr = parseResult.InvocationConfiguration.Error;
        var commandName = parseResult.CommandResult.Command.Name == Name ? "timeline render" : "timeline";

        var usage = new List<string>();
        var filters = options.Query.Read(parseResult).ToQuery();
        usage.AddRange(filters.Problems);
        var limits = options.Limits.Read(parseResult, usage);

        if (!CultureName.TryRead(parseResult.GetValue(options.Culture), out var culture, out var cultureProblem))
        {
            usage.Add(cultureProblem!);
        }

        NodaTime.LocalDate? asOf = null;
        if (parseResult.GetValue(options.AsOf) is { Length: > 0 } asOfText)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOfText);
            if (parsed.Success)
            {
                asOf = parsed.Value;
            }
            else
            {
                usage.Add($"--as-of: '{asOfText}' is not a day; write it as yyyy-MM-dd, e.g. 2025-04-01");
            }
        }

        if (usage.Count > 0)
        {
            foreach (var line in usage)
            {
                stderr.Write(commandName + ": " + InvariantText.OneLine(line) + "\n");
            }

            return ExitCodes.UsageError;
        }

        var file = options.File is null ? null : parseResult.GetValue(options.File);
        var document = TimelineInput.Load(file, Console.OpenStandardInput, stderr, limits, progress);
        if (document is null)
        {
            return ExitCodes.InvalidInput;
        }

        var timeline = document.Timeline;
        foreach (var actor in filters.Query!.Actors.Where(id => timeline.FindActor(id) is null))
        {
            // Not an error (the filter is well formed), but an empty chronology with no word of why would mislead.
            var hint = Annals.Model.Vocabulary.TrySuggest(actor, timeline.Actors.Select(a => a.Id), out var suggestion)
                ? $" (did you mean '{suggestion}'?)"
                : string.Empty;
            stderr.Write($"{commandName}: warning: --actor: the timeline has no actor {InvariantText.QuoteShort(actor)}{hint}, so no event matches it\n");
        }

        var selection = asOf is { } day ? timeline.AsOf(day) : timeline;
        selection = selection.Query(filters.Query!);
        var isWhole = asOf is null && filters.Query!.IsEmpty;

        var settings = new RenderFormats.Settings(
            parseResult.GetValue(options.GroupBy) switch
            {
                "month" => TimelineGrouping.Month,
                "none" => TimelineGrouping.None,
                _ => TimelineGrouping.Year,
            },
            parseResult.GetValue(options.Order) == "desc" ? ChronologyOrder.Descending : ChronologyOrder.Ascending,
            parseResult.GetValue(options.Style) == "table" ? MarkdownStyle.Table : MarkdownStyle.List,
            culture,
            parseResult.GetValue(options.TableOfContents),
            parseResult.GetValue(options.Mermaid),
            parseResult.GetValue(options.TimelineJsGroup) switch
            {
                "kind" => TimelineJsGrouping.Kind,
                "actor" => TimelineJsGrouping.Actor,
                _ => TimelineJsGrouping.None,
            });
        var format = parseResult.GetValue(options.Format) ?? "markdown";

        if (parseResult.GetValue(options.Output) is { Length: > 0 } outputPath)
        {
            try
            {
                AtomicFile.Write(outputPath, writer => RenderFormats.Write(format, document, selection, isWhole, settings, writer));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.Write($"{commandName}: cannot write {InvariantText.Quote(outputPath)}: {AtomicFile.Describe(outputPath, exception)}\n");
                return ExitCodes.InvalidInput;
            }
        }
        else
        {
            RenderFormats.Write(format, document, selection, isWhole, settings, stdout);
        }

        return ExitCodes.Success;
    }

    /// <summary>The arguments and options of <c>render</c>.</summary>
    private sealed class RenderOptions
    {
        public Argument<string?>? File { get; private set; }

        public Option<string> Format { get; } = Choice("--format", "The output format.", "markdown", RenderFormats.Names);

        public Option<string> GroupBy { get; } = Choice("--group-by", "Group events under headings by year, by month, or not at all.", "year", "year", "month", "none");

        public Option<string> Order { get; } = Choice("--order", "Oldest first (asc) or newest first (desc).", "asc", "asc", "desc");

        public Option<string> Style { get; } = Choice("--style", "Markdown as a list or as tables.", "list", "list", "table");

        public Option<string> TimelineJsGroup { get; } = Choice("--timelinejs-group", "How TimelineJS groups slides: none, by kind, or by the first participant.", "none", "none", "kind", "actor");

        public Option<string?> Culture { get; } = new("--culture") { Description = "Month names, date order and words in this culture (en-US, en-GB, es-SV, fr-FR…); invariant English by default." };

        public Option<bool> TableOfContents { get; } = new("--toc") { Description = "Add a table of contents (Markdown)." };

        public Option<bool> Mermaid { get; } = new("--mermaid") { Description = "Add a Mermaid timeline diagram at the top (Markdown)." };

        public Option<string?> AsOf { get; } = new("--as-of") { Description = "Show the chronology as it was known on this day (yyyy-MM-dd)." };

        public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };

        public QueryOptions Query { get; } = new();

        public LoadLimitOptions Limits { get; } = new();

        public void AddTo(Command command, bool withFileArgument = true)
        {
            if (withFileArgument)
            {
                File = new Argument<string?>("FILE")
                {
                    Description = "A timeline file (JSON format v1), or - for standard input; the built-in sample when omitted.",
                    Arity = ArgumentArity.ZeroOrOne,
                };
                command.Arguments.Add(File);
            }

            command.Options.Add(Format);
            command.Options.Add(GroupBy);
            command.Options.Add(Order);
            command.Options.Add(Style);
            command.Options.Add(TimelineJsGroup);
            command.Options.Add(Culture);
            command.Options.Add(TableOfContents);
            command.Options.Add(Mermaid);
            command.Options.Add(AsOf);
            command.Options.Add(Output);
            Query.AddTo(command);
            Limits.AddTo(command);
        }

        private static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
        {
            var option = new Option<string>(name)
            {
                Description = description + " One of: " + string.Join(", ", values) + " (default " + defaultValue + ").",
                DefaultValueFactory = _ => defaultValue,
            };
            option.AcceptOnlyFromAmong(values);
            return option;
        }
    }
}
