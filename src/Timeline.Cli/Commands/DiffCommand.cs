using System.CommandLine;
using System.Text;
using System.Text.Json;
using Annals.Cli.Input;
using Annals.Cli.Output;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime;
using NodaTime.Text;

namespace Annals.Cli.Commands;

/// <summary>
/// <c>timeline diff [FILE] --from-date DAY --to-date DAY [--format markdown|json]</c>: what changed in a chronology
/// between two as-of days.
/// </summary>
internal static class DiffCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "diff";

    /// <summary>Builds the <c>diff</c> command.</summary>
    /// <param name="progress">Shows how far long loads have got, or <see langword="null"/>.</param>
    /// <returns>The command.</returns>
    public static Command Create(LoadProgress? progress = null)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A timeline file, or - for standard input; the built-in sample when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var from = new Option<string>("--from-date") { Description = "The earlier as-of day (yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to-date") { Description = "The later as-of day (yyyy-MM-dd).", Required = true };
        var format = new Option<string>("--format") { Description = "markdown (default) or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var culture = new Option<string?>("--culture") { Description = "Culture for dates and words in Markdown." };
        var limits = new LoadLimitOptions();

        var command = new Command(Name, "List the events added, removed and changed between two as-of days of a chronology.")
        {
            file, from, to, format, culture,
        };
        limits.AddTo(command);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var fromDay = Day(parseResult.GetRequiredValue(from), "--from-date", stderr);
            var toDay = Day(parseResult.GetRequiredValue(to), "--to-date", stderr);
            if (fromDay is null || toDay is null)
            {
                return ExitCodes.UsageError;
            }

            if (!CultureName.TryRead(parseResult.GetValue(culture), out var cultureInfo, out var cultureProblem))
            {
                stderr.Write("timeline diff: " + InvariantText.OneLine(cultureProblem!) + "\n");
                return ExitCodes.UsageError;
            }

            var limitProblems = new List<string>();
            var loadOptions = limits.Read(parseResult, limitProblems);
            if (limitProblems.Count > 0)
            {
                foreach (var problem in limitProblems)
                {
                    stderr.Write("timeline diff: " + InvariantText.OneLine(problem) + "\n");
                }

                return ExitCodes.UsageError;
            }

            var document = TimelineInput.Load(parseResult.GetValue(file), Console.OpenStandardInput, stderr, loadOptions, progress);
            if (document is null)
            {
                return ExitCodes.InvalidInput;
            }

            var diff = document.Timeline.DiffBetween(fromDay.Value, toDay.Value);
            if (parseResult.GetValue(format) == "json")
            {
                stdout.Write(Json(diff, fromDay.Value, toDay.Value));
            }
            else
            {
                DiffMarkdown.Write(diff, stdout, cultureInfo);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static LocalDate? Day(string text, string option, TextWriter stderr)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        stderr.Write($"timeline diff: {option}: {InvariantText.QuoteShort(text)} is not a day; write it as yyyy-MM-dd, e.g. 2025-04-01\n");
        return null;
    }

    private static string Json(TimelineDiff diff, LocalDate from, LocalDate to)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("from", InvariantText.Date(from));
            writer.WriteString("to", InvariantText.Date(to));
            writer.WriteStartArray("added");
            foreach (var e in diff.Added)
            {
                writer.WriteStringValue(e.Id);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("removed");
            foreach (var e in diff.Removed)
            {
                writer.WriteStringValue(e.Id);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("changed");
            foreach (var change in diff.Changed)
            {
                writer.WriteStartObject();
                writer.WriteString("id", change.After.Id);
                writer.WriteStartArray("fields");
                foreach (var field in change.Changes)
                {
                    writer.WriteStartObject();
                    writer.WriteString("field", field.Field);
                    writer.WriteString("old", field.OldValue);
                    writer.WriteString("new", field.NewValue);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
