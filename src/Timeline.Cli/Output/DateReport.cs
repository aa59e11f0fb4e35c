using System.Buffers;
using System.Text;
using System.Text.Json;
using Annals.Dates;
using NodaTime;

namespace Annals.Cli.Output;

/// <summary>How the <c>date</c> and <c>resolve</c> commands print a date: as labelled lines or as one JSON object.</summary>
internal static class DateReport
{
    /// <summary>What the human output prints for a bound that is open or unknown.</summary>
    public const string NoBound = "open or unknown";

    /// <summary>The report for a person: one labelled line per fact.</summary>
    /// <param name="date">The date.</param>
    /// <param name="extra">Lines to add at the end, as label and value.</param>
    /// <returns>The text, each line ending with a line feed.</returns>
    public static string Human(EdtfDate date, params (string Label, string Value)[] extra)
    {
        var text = new StringBuilder();
        Line(text, "edtf:      ", date.ToString());
        Line(text, "reading:   ", date.Describe());
        Line(text, "kind:      ", InvariantText.Kind(date.Kind));
        Line(text, "precision: ", InvariantText.Precision(date.Precision));
        Line(text, "earliest:  ", Bound(date.Earliest));
        Line(text, "latest:    ", Bound(date.Latest));
        Line(text, "qualifier: ", Qualifiers(date));
        foreach (var (label, value) in extra)
        {
            Line(text, (label + ":").PadRight(11), value);
        }

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

    /// <summary>The report as one JSON object on one line: input, edtf, kind, precision, earliest, latest,
    /// approximate, uncertain, reading, then any extra string fields.</summary>
    /// <param name="input">The text the user gave.</param>
    /// <param name="date">The date.</param>
    /// <param name="extra">String fields to add at the end.</param>
    /// <returns>The JSON text and a line feed.</returns>
    public static string Json(string input, EdtfDate date, params (string Name, string Value)[] extra)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("input", input);
            writer.WriteString("edtf", date.ToString());
            writer.WriteString("kind", InvariantText.Kind(date.Kind));
            writer.WriteString("precision", InvariantText.Precision(date.Precision));
            WriteBound(writer, "earliest", date.Earliest);
            WriteBound(writer, "latest", date.Latest);
            writer.WriteBoolean("approximate", date.IsApproximate);
            writer.WriteBoolean("uncertain", date.IsUncertain);
            writer.WriteString("reading", date.Describe());
            foreach (var (name, value) in extra)
            {
                writer.WriteString(name, value);
            }

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
