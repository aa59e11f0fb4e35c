using System.Text.Json;

namespace Annals.Serialization;

/// <summary>A JSON value as read from a file, with the byte offsets of its first and past-its-last bytes, so that
/// problems can be reported at their line and column.</summary>
internal abstract class JsonSyntax
{
    protected JsonSyntax(int start)
    {
        Start = start;
    }

    /// <summary>Gets the offset of the value's first byte (the quote of a string, the brace of an object).</summary>
    public int Start { get; }

    /// <summary>Gets or sets the offset just past the value's last byte.</summary>
    public int End { get; set; }

    public abstract JsonValueKind Kind { get; }

    /// <summary>Gets the kind as a phrase for messages: "a string", "an object", "null".</summary>
    public string Description => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}

/// <summary>A JSON object: its members in the order written, duplicates included.</summary>
internal sealed class JsonObjectSyntax(int start) : JsonSyntax(start)
{
    public List<JsonPropertySyntax> Properties { get; } = [];

    public override JsonValueKind Kind => JsonValueKind.Object;
}

/// <summary>One member of a JSON object: its name, the offset of the name's opening quote, and its value.</summary>
internal sealed record JsonPropertySyntax(string Name, int NameStart, JsonSyntax Value);

/// <summary>A JSON array.</summary>
internal sealed class JsonArraySyntax(int start) : JsonSyntax(start)
{
    public List<JsonSyntax> Items { get; } = [];

    public override JsonValueKind Kind => JsonValueKind.Array;
}

/// <summary>A JSON string, unescaped.</summary>
internal sealed class JsonStringSyntax(int start, string value, bool isEscaped) : JsonSyntax(start)
{
    public string Value { get; } = value;

    /// <summary>Gets a value indicating whether the string was written with escape sequences.</summary>
    public bool IsEscaped { get; } = isEscaped;

    public override JsonValueKind Kind => JsonValueKind.String;
}

/// <summary>A JSON number, as written.</summary>
internal sealed class JsonNumberSyntax(int start, string text, double? value) : JsonSyntax(start)
{
    public string Text { get; } = text;

    /// <summary>Gets the value, or <see langword="null"/> when it does not fit a finite double.</summary>
    public double? Value { get; } = value;

    public override JsonValueKind Kind => JsonValueKind.Number;
}

/// <summary>true, false or null.</summary>
internal sealed class JsonLiteralSyntax(int start, JsonValueKind kind) : JsonSyntax(start)
{
    public override JsonValueKind Kind { get; } = kind;
}
