using System.Text.Json;

namespace Annals.Serialization;

/// <summary>Reading a file in one pass, record by record, so that no syntax tree of the whole file is ever held.</summary>
/// <remarks>
/// <para>The root object's members are read in order. The first <c>actors</c> and <c>events</c> arrays are read item by
/// item: each record is read straight from the bytes into an actor or event (<see cref="RecordReader"/>) when it holds
/// only fields this fast reader knows, with valid values; any other record (an extension field, a history, a bad value,
/// anything unusual) is read as a small syntax tree by the same code that reads a whole tree, which reports its
/// problems. Every other member of the root is read as a tree too. Then the document is checked as a whole, exactly as
/// when the file is read as one tree, so the outcome (the document, or the problems with their lines, columns and
/// paths) is the same either way.</para>
/// <para>A record keeps only its byte range (<see cref="RecordSite"/>); when a problem found later must point into it,
/// that record alone is read again.</para>
/// </remarks>
internal sealed partial class ChronologyReader
{
    /// <summary>How deep a plain record nests, counting the root object: an event's participant or source objects.</summary>
    private const int PlainRecordDepth = 5;

    /// <summary>The length of the longest field name the fast reader knows (<c>participants</c>).</summary>
    private const int LongestFieldName = 12;

    /// <summary>Reads the file record by record.</summary>
    /// <param name="result">The outcome, when the file could be read this way.</param>
    /// <returns><see langword="false"/> when the file is not a JSON object, or when reading it as JSON fails (too deep,
    /// a string too long, too many events); the caller then reads it as a whole tree, which reports why.</returns>
    /// <exception cref="JsonException">The file is not well-formed JSON.</exception>
    /// <exception cref="InvalidOperationException">A string holds an escape that is not valid UTF-16.</exception>
    private bool TryReadStreaming(out LoadResult result)
    {
        result = null!;
        if (options.MaxDepth < PlainRecordDepth || options.MaxStringLength < LongestFieldName)
        {
            // Limits so tight that a plain record could pass them: the fast reader does not check them.
            return false;
        }

        var bom = positions.ByteOrderMarkLength;
        var json = new Utf8JsonReader(text.Span[bom..], JsonSyntaxParser.ReaderOptions(options));
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var context = new JsonSyntaxParser.Context(bom, options);
        var root = new JsonObjectSyntax(bom + (int)json.TokenStartIndex);
        var records = new RecordReader(options.MaxStringLength);
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = bom + (int)json.TokenStartIndex;
            if (json.ValueSpan.Length > options.MaxStringLength)
            {
                return false;
            }

            var name = json.GetString()!;
            json.Read();
            var isRecordList = name is FieldNames.Actors or FieldNames.Events;
            if (isRecordList && json.TokenType == JsonTokenType.StartArray && !root.Properties.Exists(p => p.Name == name))
            {
                // The first actors or events array: read its records one at a time.
                var array = new JsonArraySyntax(bom + (int)json.TokenStartIndex);
                var index = 0;
                var maxItems = name == FieldNames.Events ? options.MaxEvents : int.MaxValue;
                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    if (index == maxItems || !ReadRecord(ref json, name, index, records, context))
                    {
                        return false;
                    }

                    index++;
                }

                array.End = bom + (int)json.BytesConsumed;
                root.Properties.Add(new JsonPropertySyntax(name, nameStart, array));
                continue;
            }

            var value = JsonSyntaxParser.ReadValue(ref json, 2, context, JsonPath.Property(JsonPath.Root, name));
            if (value is null)
            {
                return false;
            }

            root.Properties.Add(new JsonPropertySyntax(name, nameStart, value));
        }

        root.End = bom + (int)json.BytesConsumed;

        // Anything but white space and comments after the root is an error, which the reader throws.
        json.Read();
        result = ReadDocument(root, recordsRead: true);
        return true;
    }

    /// <summary>Reads one item of the actors or events array, whose first token the reader is on.</summary>
    /// <returns><see langword="false"/> when the item cannot be read as JSON (it nests too deep).</returns>
    private bool ReadRecord(ref Utf8JsonReader json, string list, int index, RecordReader records, JsonSyntaxParser.Context context)
    {
        var bom = positions.ByteOrderMarkLength;
        var start = bom + (int)json.TokenStartIndex;
        var isEvent = list == FieldNames.Events;
        if (json.TokenType == JsonTokenType.StartObject)
        {
            var saved = json;
            object? record = isEvent ? records.TryReadEvent(ref json) : records.TryReadActor(ref json);
            if (record is not null)
            {
                var site = NewSite(list, index, start, bom + (int)json.BytesConsumed);
                site.Record = record;
                if (isEvent)
                {
                    site.EventExtensions = EventExtensions.Empty;
                    eventSites.Add(site);
                }
                else
                {
                    site.ActorExtensions = ActorExtensions.Empty;
                    actorSites.Add(site);
                }

                return true;
            }

            // Not a plain record: read it again, as a tree.
            json = saved;
        }

        var path = JsonPath.Index(JsonPath.Property(JsonPath.Root, list), index);
        var node = JsonSyntaxParser.ReadValue(ref json, 3, context, path);
        if (node is null)
        {
            return false;
        }

        if (isEvent)
        {
            ReadEvent(node, index);
        }
        else
        {
            ReadActor(node, index);
        }

        return true;
    }

    private RecordSite NewSite(string list, int index, int start, int end) =>
        new(list == FieldNames.Events, index, start, end, this);

    /// <summary>Reads a record's syntax tree again, for a problem found after it was read.</summary>
    /// <param name="start">The offset of its first byte.</param>
    /// <param name="end">The offset just past its last byte.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The tree.</returns>
    internal JsonSyntax Reparse(int start, int end, string path) => JsonSyntaxParser.ParseAt(text, start, end, path, options);
}
