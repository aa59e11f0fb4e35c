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

    /// <summary>The deepest nesting of JSON objects and arrays that loading accepts by default
    /// (<see cref="LoadOptions.MaxDepth"/>).</summary>
    public const int MaxDepth = 64;

    /// <summary>Loads a timeline file from a stream of UTF-8 JSON, with the default limits
    /// (<see cref="LoadOptions.Default"/>).</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LoadResult Load(Stream utf8Json) => Load(utf8Json, null);

    /// <summary>Loads a timeline file from a stream of UTF-8 JSON, within limits.</summary>
    /// <param name="utf8Json">The stream, read to its end or to one byte past <see cref="LoadOptions.MaxFileSize"/>,
    /// whichever comes first (a seekable stream longer than the limit is not read at all); it is not closed.</param>
    /// <param name="options">The limits; <see cref="LoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LoadResult Load(Stream utf8Json, LoadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= LoadOptions.Default;
        if (RemainingLength(utf8Json) > options.MaxFileSize)
        {
            return ChronologyReader.TooLarge(options);
        }

        var buffer = new BoundedBuffer(utf8Json, options.MaxFileSize);
        while (buffer.Space.Length > 0)
        {
            var read = utf8Json.Read(buffer.Space);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
        }

        return buffer.IsOverLimit ? ChronologyReader.TooLarge(options) : Parse(buffer.Content, options);
    }

    /// <summary>Loads a timeline file from a stream of UTF-8 JSON, reading it asynchronously, with the default limits
    /// (<see cref="LoadOptions.Default"/>).</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<LoadResult> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        LoadAsync(utf8Json, null, cancellationToken);

    /// <summary>Loads a timeline file from a stream of UTF-8 JSON, reading it asynchronously, within limits.</summary>
    /// <param name="utf8Json">The stream, read to its end or to one byte past <see cref="LoadOptions.MaxFileSize"/>,
    /// whichever comes first (a seekable stream longer than the limit is not read at all); it is not closed.</param>
    /// <param name="options">The limits; <see cref="LoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<LoadResult> LoadAsync(Stream utf8Json, LoadOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= LoadOptions.Default;
        if (RemainingLength(utf8Json) > options.MaxFileSize)
        {
            return ChronologyReader.TooLarge(options);
        }

        var buffer = new BoundedBuffer(utf8Json, options.MaxFileSize);
        while (buffer.Space.Length > 0)
        {
            var read = await utf8Json.ReadAsync(buffer.SpaceMemory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
        }

        return buffer.IsOverLimit ? ChronologyReader.TooLarge(options) : Parse(buffer.Content, options);
    }

    /// <summary>Loads a timeline file from text, with the default limits (<see cref="LoadOptions.Default"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static LoadResult Parse(string json) => Parse(json, null);

    /// <summary>Loads a timeline file from text, within limits.</summary>
    /// <param name="json">The JSON text; <see cref="LoadOptions.MaxFileSize"/> applies to its length in UTF-8.</param>
    /// <param name="options">The limits; <see cref="LoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static LoadResult Parse(string json, LoadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= LoadOptions.Default;

        // A character takes at least one byte in UTF-8, so a text longer than the limit is too large in any case.
        return json.Length > options.MaxFileSize || Encoding.UTF8.GetByteCount(json) > options.MaxFileSize
            ? ChronologyReader.TooLarge(options)
            : Parse(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Loads a timeline file from UTF-8 bytes, which may start with a byte order mark, with the default limits
    /// (<see cref="LoadOptions.Default"/>).</summary>
    /// <param name="utf8Json">The bytes. They are read, not copied, so they must not change while this runs.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    public static LoadResult Parse(ReadOnlyMemory<byte> utf8Json) => Parse(utf8Json, null);

    /// <summary>Loads a timeline file from UTF-8 bytes, which may start with a byte order mark, within limits.</summary>
    /// <param name="utf8Json">The bytes. They are read, not copied, so they must not change while this runs.</param>
    /// <param name="options">The limits; <see cref="LoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, or the problems that prevent loading it, and any warnings.</returns>
    public static LoadResult Parse(ReadOnlyMemory<byte> utf8Json, LoadOptions? options)
    {
        options ??= LoadOptions.Default;
        return utf8Json.Length > options.MaxFileSize ? ChronologyReader.TooLarge(options) : ChronologyReader.Read(utf8Json, options);
    }

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

    /// <summary>The bytes a seekable stream has left, or -1 when that is not known.</summary>
    private static long RemainingLength(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return -1;
        }

        try
        {
            return Math.Max(0, stream.Length - stream.Position);
        }
        catch (NotSupportedException)
        {
            return -1;
        }
    }

    /// <summary>A growing buffer that takes at most one byte more than a limit, so that a stream longer than the
    /// limit is never read further.</summary>
    private sealed class BoundedBuffer
    {
        private const int FirstCapacity = 1 << 16;

        private readonly long capacityLimit;
        private byte[] bytes;
        private int length;

        public BoundedBuffer(Stream stream, long limit)
        {
            capacityLimit = limit + 1;
            var remaining = RemainingLength(stream);

            // A seekable stream is read into one buffer of its size, plus the byte that would show it grew.
            var first = remaining >= 0 ? remaining + 1 : FirstCapacity;
            bytes = new byte[Math.Min(first, capacityLimit)];
        }

        public bool IsOverLimit => length >= capacityLimit;

        public ReadOnlyMemory<byte> Content => bytes.AsMemory(0, length);

        /// <summary>Gets the free space, grown when full; empty once the limit has been passed.</summary>
        public Span<byte> Space => SpaceMemory.Span;

        public Memory<byte> SpaceMemory
        {
            get
            {
                if (length == bytes.Length && bytes.Length < capacityLimit)
                {
                    Array.Resize(ref bytes, (int)Math.Min(Math.Max(bytes.Length * 2L, FirstCapacity), capacityLimit));
                }

                return bytes.AsMemory(length);
            }
        }

        public void Advance(int count) => length += count;
    }
}
