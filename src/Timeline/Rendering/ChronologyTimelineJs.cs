using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Exports a timeline as TimelineJS3 JSON (Knight Lab's "JSON format"), ready for <c>new TL.Timeline(id, data)</c>:
/// a title slide, one slide per event with its dates, date label, headline, text, group and id, and optionally one
/// era per year.
/// </summary>
/// <remarks>
/// <code>
/// File.WriteAllText("timeline.json", ChronologyTimelineJs.ToJson(Samples.ElSalvadorUnitedStates2025,
///     new TimelineJsOptions { Grouping = TimelineJsGrouping.Kind, IncludeEras = true }));
/// </code>
/// <para><b>Mapping.</b> <c>start_date</c> is the event's earliest possible day and <c>end_date</c> its latest, written
/// only when it differs, each as numbers <c>year</c>, <c>month</c>, <c>day</c> (and <c>hour</c>, <c>minute</c> for a
/// date with a time of day), so a slide spans exactly the days the date allows. <c>display_date</c> is the date label
/// with its status ("c. late January 2025", "April 2025 (planned)"), so TimelineJS never shows a bare bound such as
/// "1 April 2025". <c>text.headline</c> is the title with the certainty word; <c>text.text</c> the summary,
/// participants and sources as HTML; <c>unique_id</c> the event's id; <c>autolink</c> is <see langword="false"/>, so
/// TimelineJS makes no links of its own from the text. No <c>media</c> or <c>background</c> is written: a source is
/// an article, not an image, and TimelineJS would show a broken image for it. The full table is in
/// <c>docs/timelinejs.md</c>.</para>
/// <para><b>Skipped events.</b> TimelineJS needs a start year, so events with no known day at all (no bound, or only
/// unspecified digits such as <c>XXXX</c>) get no slide. An event with only one known bound (<c>../2021</c>,
/// <c>2025-04/..</c>) is placed at that bound. <see cref="FindSkipped"/> lists the events left out.</para>
/// <para><b>Escaping.</b> TimelineJS inserts headlines and text as HTML, so all user text is HTML-escaped
/// (<see cref="HtmlEscaper"/>); the only tags are the exporter's own, and links come only from <c>http</c> and
/// <c>https</c> source URLs (<see cref="Model.Source.IsWebUrl"/>), with the URL attribute-escaped.</para>
/// <para><b>Bytes.</b> The output is UTF-8 without a byte-order mark, properties always in the same order, numbers in
/// invariant form, indented with two spaces and <c>\n</c> line ends (or on one line), ending with one <c>\n</c>. Non-ASCII
/// letters are written as they are; <c>&lt; &gt; &amp; ' " +</c> and characters outside the Basic Multilingual Plane
/// (emoji) are written as <c>\uXXXX</c> escapes, so the document can also be pasted into an HTML <c>&lt;script&gt;</c>
/// block. The same timeline and options give the same bytes on every machine and under every current culture.</para>
/// <para>All members are thread-safe as long as each call has its own stream or writer.</para>
/// </remarks>
public static class ChronologyTimelineJs
{
    private const int FlushThreshold = 16 * 1024;

    /// <summary>Letters of every script as they are; HTML-sensitive characters, controls and supplementary characters
    /// as <c>\uXXXX</c>.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes a timeline as TimelineJS JSON, in UTF-8.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="stream">Where to write; it is flushed but not closed.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="TimelineJsOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static void Write(Timeline timeline, Stream stream, TimelineJsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= TimelineJsOptions.Default;
        using (var json = new Utf8JsonWriter(stream, WriterOptions(options)))
        {
            new TimelineJsRenderer(options).Render(timeline, json, () =>
            {
                if (json.BytesPending > FlushThreshold)
                {
                    json.Flush();
                }
            });
        }

        stream.Write("\n"u8);
        stream.Flush();
    }

    /// <summary>Writes a timeline as TimelineJS JSON to a text writer.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="writer">Where to write; it is neither flushed nor closed.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="TimelineJsOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(Timeline timeline, TextWriter writer, TimelineJsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= TimelineJsOptions.Default;
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            new TimelineJsRenderer(options).Render(timeline, json, () =>
            {
                if (json.BytesPending + buffer.WrittenCount > FlushThreshold)
                {
                    json.Flush();
                    Drain(buffer, decoder, writer, final: false);
                }
            });
            json.Flush();
        }

        Drain(buffer, decoder, writer, final: true);
        writer.Write('\n');
    }

    /// <summary>Exports a timeline as TimelineJS JSON.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">What to write; <see langword="null"/> for <see cref="TimelineJsOptions.Default"/>.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static string ToJson(Timeline timeline, TimelineJsOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(timeline, writer, options);
        return writer.ToString();
    }

    /// <summary>Finds the events that an export leaves out because TimelineJS cannot place them, so that a caller can
    /// say so.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>In timeline order, the events with no known day at all: no bound, or a year of unspecified digits only
    /// (<c>XXXX</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Event> FindSkipped(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var skipped = ImmutableArray.CreateBuilder<Event>();
        foreach (var e in timeline.Events)
        {
            if (!TimelineJsRenderer.HasSlide(e))
            {
                skipped.Add(e);
            }
        }

        return skipped.ToImmutable();
    }

    private static JsonWriterOptions WriterOptions(TimelineJsOptions options) => new()
    {
        Indented = options.Indented,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = Encoder,
    };

    private static void Drain(ArrayBufferWriter<byte> buffer, Decoder decoder, TextWriter writer, bool final)
    {
        var bytes = buffer.WrittenSpan;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, decoder.GetCharCount(bytes, final)));
        try
        {
            var count = decoder.GetChars(bytes, chars, final);
            writer.Write(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        buffer.ResetWrittenCount();
    }
}
