using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Annals.Serialization;

/// <summary>Reads UTF-8 JSON into a <see cref="JsonSyntax"/> tree that remembers where each value is, or says why it
/// cannot: invalid UTF-8, malformed JSON, too deep, or empty.</summary>
internal static partial class JsonSyntaxParser
{
    /// <summary>The reader options of every file: comments and trailing commas allowed, and one level more than
    /// <see cref="ChronologyJson.MaxDepth"/>, so that a file one level too deep is reported as such.</summary>
    public static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = ChronologyJson.MaxDepth + 1,
    };

    public static JsonSyntax? Parse(ReadOnlyMemory<byte> text, TextPositions positions, out SyntaxFailure? failure)
    {
        var bom = positions.ByteOrderMarkLength;
        var span = text.Span[bom..];
        failure = Precheck(span, bom);
        if (failure is not null)
        {
            return null;
        }

        var context = new Context(bom);
        var reader = new Utf8JsonReader(span, Options);
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

    /// <summary>Checks what must hold before the text is read as JSON: UTF-8 (not UTF-16), valid, and not blank.</summary>
    /// <param name="span">The text after any byte order mark.</param>
    /// <param name="bom">The length of the byte order mark, to report offsets in the whole file.</param>
    /// <returns>Why the text cannot be read, or <see langword="null"/>.</returns>
    public static SyntaxFailure? Precheck(ReadOnlySpan<byte> span, int bom)
    {
        if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
        {
            return new SyntaxFailure(
                LoadProblemCodes.InvalidUtf8,
                "the file is UTF-16, not UTF-8; save it as UTF-8",
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

        return IsBlank(span) ? EmptyFile(bom) : null;
    }

    /// <summary>Reads again one value of a file that has already been read without error, such as one record, from
    /// its byte range: the tree has the same offsets and paths as when the whole file is read.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="start">The offset of the value's first byte.</param>
    /// <param name="end">The offset just past its last byte.</param>
    /// <param name="path">The value's path.</param>
    /// <returns>The value.</returns>
    public static JsonSyntax ParseAt(ReadOnlyMemory<byte> text, int start, int end, string path)
    {
        var reader = new Utf8JsonReader(text.Span[start..end], Options);
        reader.Read();
        var context = new Context(start);
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
                if (depth > ChronologyJson.MaxDepth)
                {
                    context.Failure = TooDeep(start, path);
                    return null;
                }

                var node = new JsonObjectSyntax(start);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = context.Offset + (int)reader.TokenStartIndex;
                    context.TokenStart = nameStart;
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
                if (depth > ChronologyJson.MaxDepth)
                {
                    context.Failure = TooDeep(start, path);
                    return null;
                }

                var node = new JsonArraySyntax(start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
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

    private static SyntaxFailure TooDeep(int offset, string path) => new(
        LoadProblemCodes.TooDeep,
        string.Create(
            CultureInfo.InvariantCulture,
            $"the JSON nests more than {ChronologyJson.MaxDepth} levels deep here; a timeline file never needs that many"),
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

    /// <summary>Where reading is: the offset of the reader's first byte in the file, the last token's offset, the
    /// path of the value being read, and why reading stopped.</summary>
    internal sealed class Context(int offset)
    {
        public int Offset { get; } = offset;

        public int TokenStart { get; set; } = offset;

        public string Path { get; set; } = JsonPath.Root;

        public SyntaxFailure? Failure { get; set; }
    }
}

/// <summary>Why a file could not be read as JSON, and where.</summary>
internal sealed record SyntaxFailure(string Code, string Message, int Offset, string Path = JsonPath.Root);
