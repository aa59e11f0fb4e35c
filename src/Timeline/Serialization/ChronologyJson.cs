using System.Text;
using Annals.Timelines;

namespace Annals.Serialization;

/// <summary>
/// Loads and saves timeline files: the JSON format described in <c>docs/format.md</c>, version 1.
/// </summary>
/// <remarks>
/// <para><b>Loading</b> never throws on bad input. It reports every problem it can find, each with a line, a column
/// and a JSON path (<see cref="LoadProblem"/>): malformed JSON, missing fields, wrong types, unknown names (with a
/// "did you mean" suggestion), invalid EDTF dates, unknown time zones, and everything the
/// <see cref="TimelineBuilder"/> checks (duplicate ids, unknown actors and events, bad links, relations that
/// contradict dates). Comments, trailing commas and a UTF-8 byte order mark are accepted. Fields the format does not
/// define are kept as extension data (<see cref="ChronologyExtensions"/>) and written back on saving.</para>
/// <code>
/// using var stream = File.OpenRead("chronology.json");
/// var result = ChronologyJson.Load(stream);
/// foreach (var problem in result.Problems)
/// {
///     Console.Error.WriteLine(problem);   // 12:15 error JS011 $.events[2].date: invalid date '2025-13' …
/// }
///
/// if (result.Success)
/// {
///     var timeline = result.Timeline;
/// }
/// </code>
/// <para><b>Saving</b> is deterministic and canonical: the same timeline always gives the same bytes, whatever the
/// current culture. The output is UTF-8 without a byte order mark, indented by two spaces, with <c>\n</c> line ends and
/// a final newline; fields come in the documented order, optional fields are left out when empty or default, actors are
/// ordered by id and events in timeline order.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class ChronologyJson
{
    /// <summary>The version of the format this library reads and writes, as the <c>timeline</c> field holds it.</summary>
    public const int FormatVersion = 1;

    /// <summary>The deepest nesting of JSON objects and arrays that loading accepts.</summary>
    public const int MaxDepth = 64;

    /// <summary>Loads a timeline file from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LoadResult Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = NewBuffer(utf8Json);
        utf8Json.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Loads a timeline file from a stream of UTF-8 JSON, reading it asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<LoadResult> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = NewBuffer(utf8Json);
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Loads a timeline file from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static LoadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Loads a timeline file from UTF-8 bytes, which may start with a byte order mark.</summary>
    /// <param name="utf8Json">The bytes. They are read, not copied, so they must not change while this runs.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    public static LoadResult Parse(ReadOnlyMemory<byte> utf8Json) => ChronologyReader.Read(utf8Json);

    /// <summary>Saves a timeline, with no extension data, as UTF-8 JSON.</summary>
    /// <param name="timeline">The timeline; it must have a title.</param>
    /// <param name="utf8Json">The stream to write to; it is flushed, not closed.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static void Save(Timeline timeline, Stream utf8Json, SaveOptions? options = null) =>
        Save(Document(timeline), utf8Json, options);

    /// <summary>Saves a document, its extension data included, as UTF-8 JSON.</summary>
    /// <param name="document">The document; its timeline must have a title.</param>
    /// <param name="utf8Json">The stream to write to; it is flushed, not closed.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static void Save(ChronologyDocument document, Stream utf8Json, SaveOptions? options = null)
    {
        ChronologyWriter.Check(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        ChronologyWriter.Write(document, options ?? SaveOptions.Default, utf8Json);
        utf8Json.Flush();
    }

    /// <summary>Saves a timeline, with no extension data, as JSON text.</summary>
    /// <param name="timeline">The timeline; it must have a title.</param>
    /// <param name="writer">Where to write; line ends are always <c>\n</c>, whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static void Save(Timeline timeline, TextWriter writer, SaveOptions? options = null) =>
        Save(Document(timeline), writer, options);

    /// <summary>Saves a document, its extension data included, as JSON text.</summary>
    /// <param name="document">The document; its timeline must have a title.</param>
    /// <param name="writer">Where to write; line ends are always <c>\n</c>, whatever its <see cref="TextWriter.NewLine"/>.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static void Save(ChronologyDocument document, TextWriter writer, SaveOptions? options = null)
    {
        ChronologyWriter.Check(document);
        ArgumentNullException.ThrowIfNull(writer);
        ChronologyWriter.Write(document, options ?? SaveOptions.Default, writer);
        writer.Flush();
    }

    /// <summary>Saves a timeline, with no extension data, to a string.</summary>
    /// <param name="timeline">The timeline; it must have a title.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static string ToJson(Timeline timeline, SaveOptions? options = null) => ToJson(Document(timeline), options);

    /// <summary>Saves a document, its extension data included, to a string.</summary>
    /// <param name="document">The document; its timeline must have a title.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static string ToJson(ChronologyDocument document, SaveOptions? options = null) =>
        ChronologyWriter.Write(document, options ?? SaveOptions.Default);

    /// <summary>Saves a timeline, with no extension data, to UTF-8 bytes (without a byte order mark).</summary>
    /// <param name="timeline">The timeline; it must have a title.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static byte[] ToUtf8Bytes(Timeline timeline, SaveOptions? options = null) => ToUtf8Bytes(Document(timeline), options);

    /// <summary>Saves a document, its extension data included, to UTF-8 bytes (without a byte order mark).</summary>
    /// <param name="document">The document; its timeline must have a title.</param>
    /// <param name="options">What to write; <see cref="SaveOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The timeline has no title.</exception>
    public static byte[] ToUtf8Bytes(ChronologyDocument document, SaveOptions? options = null) =>
        ChronologyWriter.ToUtf8Bytes(document, options ?? SaveOptions.Default);

    private static ChronologyDocument Document(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new ChronologyDocument(timeline);
    }

    private static MemoryStream NewBuffer(Stream stream)
    {
        var capacity = 0;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            capacity = remaining is > 0 and < int.MaxValue ? (int)remaining : 0;
        }

        return new MemoryStream(capacity);
    }
}
