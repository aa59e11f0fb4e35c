using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Annals.Serialization;

/// <summary>Reads UTF-8 JSON into a <see cref="JsonSyntax"/> tree that remembers where each value is, or says why it
/// cannot: invalid UTF-8, malformed JSON, too deep, or empty.</summary>
internal static partial class JsonSyntaxParser
{
    /// <summary>The path of the top-level <c>events</c> array, whose length <see cref="LoadOptions.MaxEvents"/> limits.</summary>
    private static readonly string EventsPath = JsonPath.Property(JsonPath.Root, FieldNames.Events);

    /// <summary>The reader options of a file: comments and trailing commas allowed, and one level more than
    /// <see cref="LoadOptions.MaxDepth"/>, so that a file one level too deep is reported as such.</summary>
    /// <param name="options">The limits.</param>
    /// <returns>The reader options.</returns>
    public static JsonReaderOptions ReaderOptions(LoadOptions options) => new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = options.MaxDepth + 1,
    };

    public static JsonSyntax? Parse(ReadOnlyMemory<byte> text, TextPositions positions, LoadOptions options, out SyntaxFailure? failure)
    {
        var bom = positions.ByteOrderMarkLength;
        var span = text.Span[bom..];
        failure = Precheck(span, bom);
        if (failure is not null)
        {
            return null;
        }

        var context = new Context(bom, options);
        var reader = new Utf8JsonReader(span, ReaderOptions(options));
        var readAny = false;
        try
        {
            if (!reader.Read())
            {
                failure = EmptyFile(bom);
                return null;
            }

            readAny = true;
            var root = ReadValue(ref reader, 1, context, JsonPath.Root);
            if (root is null)
            {
                failure = context.Failure;
                return null;
            }

            // Anything but white space and comments after the value is an error, which the reader throws.
            reader.Read();
            return root;
        }
        catch (JsonException e)
        {
            var offset = positions.OffsetOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            failure = !readAny && offset >= text.Length
                ? EmptyFile(bom) // only comments
                : new SyntaxFailure(LoadProblemCodes.MalformedJson, Describe(e.Message, offset >= text.Length), offset, context.Path);
            return null;
        }
        catch (InvalidOperationException e)
        {
            // Thrown when a string holds an escape sequence that is not valid UTF-16, such as a lone "\uD800".
            failure = new SyntaxFailure(LoadProblemCodes.MalformedJson, Describe(e.Message, atEnd: false), context.TokenStart, context.Path);
            return null;
        }
    }

    /// <summary>Checks what can be checked before reading the JSON: that the file is UTF-8 and not blank.</summary>
    /// <param name="span">The bytes after the byte order mark.</param>
    /// <param name="bom">The length of the byte order mark.</param>
    /// <returns>Why the file cannot be read, or <see langword="null"/>.</returns>
    public static SyntaxFailure? Precheck(ReadOnlySpan<byte> span, int bom)
    {
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return new SyntaxFailure(LoadProblemCodes.InvalidUtf8, "the file is UTF-32, not UTF-8; save it as UTF-8", bom);
        }

        if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
        {
            return new SyntaxFailure(
                LoadProblemCodes.InvalidUtf8,
                "the file is UTF-16, not UTF-8; save it as UTF-8",
                bom);
        }

        if (span.Length >= 2 && (span[0] == 0 || span[1] == 0))
        {
            // JSON starts with an ASCII character, which UTF-16 and UTF-32 write next to a zero byte.
            return new SyntaxFailure(
                LoadProblemCodes.InvalidUtf8,
                "the file is UTF-16 or UTF-32 (it has zero bytes between its characters), not UTF-8; save it as UTF-8",
                bom);
        }

        if (FirstInvalidUtf8(span) is { } invalid)
        {
            return new SyntaxFailure(
                LoadProblemCodes.InvalidUtf8,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the file is not valid UTF-8: the byte 0x{span[invalid]:X2} cannot appear here (was the file saved as Latin-1 or Windows-1252?); save it as UTF-8"),
                bom + invalid);
        }

        if (IsBlank(span))
        {
            return EmptyFile(bom);
        }

        return null;
    }

    /// <summary>Reads again one value of a file that has already been read without error, such as one record, from
    /// its byte range: the tree has the same offsets and paths as when the whole file is read.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="start">The offset of the value's first byte.</param>
    /// <param name="end">The offset just past its last byte.</param>
    /// <param name="path">The value's path.</param>
    /// <param name="options">The limits the file was read with.</param>
    /// <returns>The value.</returns>
    public static JsonSyntax ParseAt(ReadOnlyMemory<byte> text, int start, int end, string path, LoadOptions options)
    {
        var reader = new Utf8JsonReader(text.Span[start..end], ReaderOptions(options));
        reader.Read();
        var context = new Context(start, options);
        return ReadValue(ref reader, 1, context, path)
            ?? throw new InvalidOperationException("A value that was read once could not be read again: " + path);
    }

    /// <summary>Reads the value whose first token the reader is on. <see cref="Context.Path"/> follows the reading, so
    /// that a reader error names the value being read, or the object or array between whose members it occurred.</summary>
    public static JsonSyntax? ReadValue(ref Utf8JsonReader reader, int depth, Context context, string path)
    {
        var start = context.Offset + (int)reader.TokenStartIndex;
        context.TokenStart = start;
        context.Path = path;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                if (depth > context.Options.MaxDepth)
                {
                    context.Failure = TooDeep(start, path, context.Options);
                    return null;
                }

                var node = new JsonObjectSyntax(start);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = context.Offset + (int)reader.TokenStartIndex;
                    context.TokenStart = nameStart;
                    if (IsTooLong(ref reader, context.Options))
                    {
                        context.Failure = StringTooLong(nameStart, path, "field name", context.Options);
                        return null;
                    }

                    var name = reader.GetString()!;
                    context.Path = JsonPath.Property(path, name);
                    reader.Read();
                    var value = ReadValue(ref reader, depth + 1, context, context.Path);
                    if (value is null)
                    {
                        return null;
                    }

                    node.Properties.Add(new JsonPropertySyntax(name, nameStart, value));
                    context.Path = path;
                }

                node.End = context.Offset + (int)reader.BytesConsumed;
                return node;
            }

            case JsonTokenType.StartArray:
            {
                if (depth > context.Options.MaxDepth)
                {
                    context.Failure = TooDeep(start, path, context.Options);
                    return null;
                }

                var node = new JsonArraySyntax(start);
                var maxItems = depth == 2 && path == EventsPath ? context.Options.MaxEvents : int.MaxValue;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (node.Items.Count == maxItems)
                    {
                        context.Failure = TooManyEvents(context.Offset + (int)reader.TokenStartIndex, JsonPath.Index(path, maxItems), context.Options);
                        return null;
                    }

                    var item = ReadValue(ref reader, depth + 1, context, JsonPath.Index(path, node.Items.Count));
                    if (item is null)
                    {
                        return null;
                    }

                    node.Items.Add(item);
                    context.Path = path;
                }

                node.End = context.Offset + (int)reader.BytesConsumed;
                return node;
            }

            case JsonTokenType.String:
                if (IsTooLong(ref reader, context.Options))
                {
                    context.Failure = StringTooLong(start, path, "string", context.Options);
                    return null;
                }

                return new JsonStringSyntax(start, reader.GetString()!, reader.ValueIsEscaped)
                {
                    End = context.Offset + (int)reader.BytesConsumed,
                };

            case JsonTokenType.Number:
                return new JsonNumberSyntax(
                    start,
                    Encoding.UTF8.GetString(reader.ValueSpan),
                    reader.TryGetDouble(out var number) && double.IsFinite(number) ? number : null)
                {
                    End = context.Offset + (int)reader.BytesConsumed,
                };

            case JsonTokenType.True:
            case JsonTokenType.False:
            case JsonTokenType.Null:
                return new JsonLiteralSyntax(
                    start,
                    reader.TokenType switch
                    {
                        JsonTokenType.True => JsonValueKind.True,
                        JsonTokenType.False => JsonValueKind.False,
                        _ => JsonValueKind.Null,
                    })
                {
                    End = context.Offset + (int)reader.BytesConsumed,
                };

            default:
                // The reader never yields other tokens where a value is expected; treat it as malformed all the same.
                context.Failure = new SyntaxFailure(LoadProblemCodes.MalformedJson, "malformed JSON: expected a value", start, path);
                return null;
        }
    }

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return null;
        }

        var i = 0;
        while (i < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> span)
    {
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static SyntaxFailure EmptyFile(int offset) => new(
        LoadProblemCodes.EmptyFile,
        "the file is empty; a timeline file holds one object, such as {\"timeline\": 1, \"title\": \"…\"}",
        offset);

    /// <summary>Whether the string or name the reader is on is longer than the limit, in UTF-16 code units; measured
    /// without unescaping or copying it when it can be.</summary>
    private static bool IsTooLong(ref Utf8JsonReader reader, LoadOptions options)
    {
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var limit = options.MaxStringLength;

        // Every UTF-16 code unit takes at least one byte, and at most six when escaped (\uXXXX).
        if (bytes <= limit)
        {
            return false;
        }

        if (reader.ValueIsEscaped)
        {
            return bytes > 6L * limit || reader.GetString()!.Length > limit;
        }

        return reader.HasValueSequence
            ? reader.GetString()!.Length > limit
            : Encoding.UTF8.GetCharCount(reader.ValueSpan) > limit;
    }

    private static SyntaxFailure TooDeep(int offset, string path, LoadOptions options) => new(
        LoadProblemCodes.TooDeep,
        string.Create(
            CultureInfo.InvariantCulture,
            $"the JSON nests more than {options.MaxDepth} levels deep here, the limit; a timeline file never needs that many, but for deeper extension data {LoadOptions.HowToRaise(nameof(LoadOptions.MaxDepth), "--max-depth")}"),
        offset,
        path);

    private static SyntaxFailure StringTooLong(int offset, string path, string what, LoadOptions options) => new(
        LoadProblemCodes.StringTooLong,
        string.Create(
            CultureInfo.InvariantCulture,
            $"this {what} is longer than the limit of {options.MaxStringLength:N0} characters; shorten it, or {LoadOptions.HowToRaise(nameof(LoadOptions.MaxStringLength), "--max-string-length")}"),
        offset,
        path);

    private static SyntaxFailure TooManyEvents(int offset, string path, LoadOptions options) => new(
        LoadProblemCodes.TooManyEvents,
        string.Create(
            CultureInfo.InvariantCulture,
            $"the file has more than {options.MaxEvents:N0} {(options.MaxEvents == 1 ? "event" : "events")}, the limit; split it into several files, or {LoadOptions.HowToRaise(nameof(LoadOptions.MaxEvents), "--max-events")}"),
        offset,
        path);

    private static string Describe(string readerMessage, bool atEnd)
    {
        var message = ReaderPosition().Replace(readerMessage, string.Empty).Trim().TrimEnd('.');
        if (message.Length > 1 && char.IsAsciiLetterUpper(message[0]) && !char.IsAsciiLetterUpper(message[1]))
        {
            message = char.ToLowerInvariant(message[0]) + message[1..];
        }

        return atEnd
            ? "malformed JSON: the file ends too early (" + message + ")"
            : "malformed JSON: " + message;
    }

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderPosition();

    /// <summary>Where reading is: the offset of the reader's first byte in the file, the limits, the last token's
    /// offset, the path of the value being read, and why reading stopped.</summary>
    internal sealed class Context(int offset, LoadOptions options)
    {
        public int Offset { get; } = offset;

        public LoadOptions Options { get; } = options;

        public int TokenStart { get; set; } = offset;

        public string Path { get; set; } = JsonPath.Root;

        public SyntaxFailure? Failure { get; set; }
    }
}

/// <summary>Why a file could not be read as JSON, and where.</summary>
internal sealed record SyntaxFailure(string Code, string Message, int Offset, string Path = JsonPath.Root);
