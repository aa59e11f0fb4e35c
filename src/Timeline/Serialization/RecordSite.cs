using System.Globalization;

namespace Annals.Serialization;

/// <summary>Where an actor or event is in the file, what was built from it, and how the positions of its built
/// list items map back to the file's (items with errors are left out, so they can differ).</summary>
/// <remarks>A site keeps only the byte range of its record, not the record's syntax tree: the tree, needed only to
/// point at a problem found after reading (a duplicate id, a builder problem), is read again from the bytes then. So
/// loading a large file holds one small site per record, not a tree of the whole file.</remarks>
/// <param name="isEvent">Whether the record is in the <c>events</c> array, rather than <c>actors</c>.</param>
/// <param name="recordIndex">The record's position in that array.</param>
/// <param name="start">The offset of the record's first byte.</param>
/// <param name="end">The offset just past the record's last byte.</param>
/// <param name="reader">Reads the record's syntax tree again from its byte range and path.</param>
internal sealed class RecordSite(bool isEvent, int recordIndex, int start, int end, ChronologyReader reader)
{
    private Dictionary<(string List, int Built), int>? fileIndexes;
    private string? path;
    private object? extensions;

    /// <summary>Gets the offset of the record's first byte.</summary>
    public int Start { get; } = start;

    /// <summary>Gets the record's syntax tree, read again from the file.</summary>
    public JsonSyntax Node => reader.Reparse(Start, end, Path);

    /// <summary>Gets the record's path, such as <c>$.events[2]</c>.</summary>
    public string Path => path ??= JsonPath.Index(JsonPath.Property(JsonPath.Root, isEvent ? FieldNames.Events : FieldNames.Actors), recordIndex);

    /// <summary>Gets the record's id: that of the actor or event built from it, or <see langword="null"/> when none was
    /// built (a record is built exactly when its id is valid).</summary>
    public string? Id => Record switch
    {
        Model.Event e => e.Id,
        Model.Actor a => a.Id,
        _ => null,
    };

    /// <summary>Gets or sets the actor or event built from the record.</summary>
    public object? Record { get; set; }

    /// <summary>Gets or sets a value indicating whether the event's date is unknown because of an error: it is bad or
    /// missing, and not given relative to another event.</summary>
    public bool HasUnknownDate { get; set; }

    public ActorExtensions? ActorExtensions
    {
        get => extensions as ActorExtensions;
        set => extensions = value;
    }

    public EventExtensions? EventExtensions
    {
        get => extensions as EventExtensions;
        set => extensions = value;
    }

    /// <summary>Records that the built item at <paramref name="builtIndex"/> of a list came from the file's item at
    /// <paramref name="fileIndex"/>. The list is named by its path inside the record, with built indexes, such as
    /// <c>participants</c> or <c>history[0].sources</c>.</summary>
    public void Map(string list, int builtIndex, int fileIndex)
    {
        // Only items after a left-out one move; the rest map to themselves, which needs no entry.
        if (builtIndex != fileIndex || fileIndexes is not null)
        {
            (fileIndexes ??= [])[(list, builtIndex)] = fileIndex;
        }
    }

    /// <summary>Finds the JSON value that a builder problem's field, such as <c>participants[1].actor</c>, names,
    /// and its path; when the value is not in the file (an omitted field), the nearest enclosing one.</summary>
    public (JsonSyntax Node, string Path) Locate(string field)
    {
        var node = Node;
        var path = Path;
        var found = true;
        var builtPrefix = string.Empty; // the path so far, with the builder's indexes, as Map was given it
        foreach (var segment in field.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var listKey = builtPrefix + name;
            builtPrefix = builtPrefix + segment + ".";
            path = JsonPath.Property(path, name);
            if (found && node is JsonObjectSyntax obj && obj.Properties.FirstOrDefault(p => p.Name == name) is { } property)
            {
                node = property.Value;
            }
            else
            {
                found = false;
            }

            if (bracket < 0 || !int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                continue;
            }

            var fileIndex = fileIndexes is not null && fileIndexes.TryGetValue((listKey, index), out var mapped) ? mapped : index;
            path = JsonPath.Index(path, fileIndex);
            if (found && node is JsonArraySyntax array && fileIndex < array.Items.Count)
            {
                node = array.Items[fileIndex];
            }
            else
            {
                found = false;
            }
        }

        return (node, path);
    }
}
