using System.Globalization;

namespace Annals.Serialization;

/// <summary>A small JSON writer for the canonical layout of timeline files: two-space indentation, <c>\n</c> line ends,
/// one member or item per line, <c>": "</c> between a name and its value, empty objects and arrays as <c>{}</c> and
/// <c>[]</c>, and strings escaped by <see cref="JsonText"/> so that non-ASCII text stays readable.</summary>
/// <remarks>
/// <para>The framework's <see cref="System.Text.Json.Utf8JsonWriter"/> cannot be used as is: its encoders escape every
/// character outside the Basic Multilingual Plane (every emoji), and raw values written to bypass them lose their
/// indentation inside arrays. This writer owns every byte of the layout, so the output never depends on the
/// framework's version or on the current culture.</para>
/// <para>The caller is trusted to nest calls correctly; the writer does not check structure.</para>
/// <para>The text streams to a <see cref="TextWriter"/> as it is written; nothing but the nesting is held.</para>
/// </remarks>
/// <param name="output">Where the text goes.</param>
internal sealed class CanonicalJsonWriter(TextWriter output)
{
    private const int IndentSize = 2;

    /// <summary>A line break followed by the indentation of each depth, made as they are first needed.</summary>
    private static readonly string?[] LineStarts = new string?[ChronologyJson.MaxDepth + 8];

    private readonly Stack<bool> hasItems = new();
    private bool afterName;

    /// <summary>Starts an object, as a value (after <see cref="Name"/>, in an array, or at the top level).</summary>
    public void StartObject()
    {
        BeforeValue();
        output.Write('{');
        hasItems.Push(false);
    }

    /// <summary>Starts an object as the value of a member.</summary>
    public void StartObject(string name)
    {
        Name(name);
        StartObject();
    }

    public void EndObject() => End('}');

    /// <summary>Starts an array, as a value.</summary>
    public void StartArray()
    {
        BeforeValue();
        output.Write('[');
        hasItems.Push(false);
    }

    /// <summary>Starts an array as the value of a member.</summary>
    public void StartArray(string name)
    {
        Name(name);
        StartArray();
    }

    public void EndArray() => End(']');

    /// <summary>Writes a member's name; its value comes next.</summary>
    public void Name(string name)
    {
        NewItem();
        JsonText.WriteQuoted(output, name);
        output.Write(": ");
        afterName = true;
    }

    public void String(string value)
    {
        BeforeValue();
        JsonText.WriteQuoted(output, value);
    }

    public void String(string name, string? value)
    {
        if (value is not null)
        {
            Name(name);
            String(value);
        }
    }

    public void Number(double value)
    {
        BeforeValue();
        output.Write(value.ToString("R", CultureInfo.InvariantCulture));
    }

    public void Number(string name, double value)
    {
        Name(name);
        Number(value);
    }

    /// <summary>Writes a number, <c>true</c>, <c>false</c> or <c>null</c> exactly as given.</summary>
    public void Raw(string json)
    {
        BeforeValue();
        output.Write(json);
    }

    /// <summary>Ends the output with a newline.</summary>
    public void Finish() => output.Write('\n');

    private void BeforeValue()
    {
        if (afterName)
        {
            afterName = false;
        }
        else if (hasItems.Count > 0)
        {
            NewItem();
        }
    }

    private void NewItem()
    {
        if (hasItems.Pop())
        {
            output.Write(',');
        }

        hasItems.Push(true);
        NewLine(hasItems.Count);
    }

    private void End(char bracket)
    {
        if (hasItems.Pop())
        {
            NewLine(hasItems.Count);
        }

        output.Write(bracket);
    }

    private void NewLine(int depth)
    {
        if (depth >= LineStarts.Length)
        {
            output.Write('\n');
            output.Write(new string(' ', depth * IndentSize));
            return;
        }

        output.Write(LineStarts[depth] ??= "\n" + new string(' ', depth * IndentSize));
    }
}
