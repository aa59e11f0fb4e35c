using System.Globalization;

namespace Annals.Serialization;

/// <summary>Where an actor or event is in the file, what was built from it, and how the positions of its built
/// list items map back to the file's (items with errors are left out, so they can differ).</summary>
internal sealed class RecordSite(JsonSyntax node, string path)
{
    private readonly Dictionary<(string List, int Built), int> fileIndexes = [];

    public JsonSyntax Node { get; } = node;

    public string Path { get; } = path;

    public string? Id { get; set; }

    public object? Record { get; set; }

    /// <summary>Gets or sets a value indicating whether the event's date is unknown because of an error: it is bad or
    /// missing, and not given relative to another event.</summary>
    public bool HasUnknownDate { get; set; }

    public ActorExtensions? ActorExtensions { get; set; }

    public EventExtensions? EventExtensions { get; set; }

    /// <summary>Records that the built item at <paramref name="builtIndex"/> of a list came from the file's item at
    /// <paramref name="fileIndex"/>. The list is named by its path inside the record, with built indexes, such as
    /// <c>participants</c> or <c>history[0].sources</c>.</summary>
    public void Map(string list, int builtIndex, int fileIndex) => fileIndexes[(list, builtIndex)] = fileIndex;

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

            var fileIndex = fileIndexes.TryGetValue((listKey, index), out var mapped) ? mapped : index;
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
