using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Annals.Cli.Output;
using Annals.Dates;
using NodaTime;

namespace Annals.Cli.Commands;

/// <summary>
/// <c>timeline date EXPR [--json]</c>: parses one EDTF expression with <see cref="EdtfDate.Parse(string?)"/> and prints
/// what the library makes of it.
/// </summary>
internal static class DateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "date";

    /// <summary>What the human output prints for a bound that is open or unknown.</summary>
    public const string NoBound = "open or unknown";

    /// <summary>Builds the <c>date</c> command.</summary>
    /// <returns>The command, ready to be added to the root command.</returns>
    public static Command Create()
    {
        var expression = new Argument<string>("EXPR")
        {
            Description =
                "An EDTF (ISO 8601-2) date, interval or set, for example 2025-04~, 2025-03-15/2025-03-16, "
                + "2025-04/.., [1667,1668] or -0044-03-15. Quote it in the shell when it holds [ ] { } ? or %. "
                + "A negative year works as is (timeline date -0044-03-15); any other expression that starts with '-' "
                + "needs '--' before it, after the options (timeline date --json -- -XXXX).",
        };

        var json = new Option<bool>("--json")
        {
            Description =
                "Print one JSON object instead of text: input, edtf, kind, precision, earliest, latest "
                + "(yyyy-MM-dd, or null when open or unknown), approximate, uncertain, reading.",
        };

        var command = new Command(
            Name,
            "Read an EDTF date: print its canonical form, a plain-English reading, its precision and its earliest "
            + "and latest possible days. Exits with 1, and one line on standard error, when the date is invalid.")
        {
            expression,
            json,
        };

        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(expression),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));

        return command;
    }

    /// <summary>Parses <paramref name="expression"/> and prints the result, or the error.</summary>
    /// <param name="expression">The EDTF text, as given on the command line.</param>
    /// <param name="json">Whether to print JSON rather than text.</param>
    /// <param name="stdout">Where the result goes.</param>
    /// <param name="stderr">Where the error goes.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.InvalidInput"/> when the date is invalid.</returns>
    private static int Run(string expression, bool json, TextWriter stdout, TextWriter stderr)
    {
        Annals.ParseResult<EdtfDate> parsed = EdtfDate.Parse(expression);
        if (!parsed.Success)
        {
            stderr.Write(
                "timeline date: invalid EDTF " + InvariantText.Quote(expression) + " "
                + InvariantText.OneLine(parsed.Error.ToString()) + "\n");
            return ExitCodes.InvalidInput;
        }

        // The whole text is built before anything is written, so that a failure leaves standard output empty.
        string text = json ? Json(expression, parsed.Value) : Human(parsed.Value);
        stdout.Write(text);
        return ExitCodes.Success;
    }

    private static string Human(EdtfDate date)
    {
        var text = new StringBuilder();
        Line(text, "edtf:      ", date.ToString());
        Line(text, "reading:   ", date.Describe());
        Line(text, "kind:      ", InvariantText.Kind(date.Kind));
        Line(text, "precision: ", InvariantText.Precision(date.Precision));
        Line(text, "earliest:  ", Bound(date.Earliest));
        Line(text, "latest:    ", Bound(date.Latest));
        Line(text, "qualifier: ", Qualifiers(date));
        return text.ToString();

        static void Line(StringBuilder text, string label, string value) =>
            text.Append(label).Append(InvariantText.OneLine(value)).Append('\n');

        static string Bound(LocalDate? bound) => bound is { } day ? InvariantText.Date(day) : NoBound;

        static string Qualifiers(EdtfDate date) => (date.IsApproximate, date.IsUncertain) switch
        {
            (true, true) => "approximate, uncertain",
            (true, false) => "approximate",
            (false, true) => "uncertain",
            _ => "none",
        };
    }

    private static string Json(string expression, EdtfDate date)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("input", expression);
            writer.WriteString("edtf", date.ToString());
            writer.WriteString("kind", InvariantText.Kind(date.Kind));
            writer.WriteString("precision", InvariantText.Precision(date.Precision));
            WriteBound(writer, "earliest", date.Earliest);
            WriteBound(writer, "latest", date.Latest);
            writer.WriteBoolean("approximate", date.IsApproximate);
            writer.WriteBoolean("uncertain", date.IsUncertain);
            writer.WriteString("reading", date.Describe());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";

        static void WriteBound(Utf8JsonWriter writer, string name, LocalDate? bound)
        {
            if (bound is { } day)
            {
                writer.WriteString(name, InvariantText.Date(day));
            }
            else
            {
                writer.WriteNull(name);
            }
        }
    }
}
