using System.Globalization;
using System.Text;

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
/// </remarks>
internal sealed class CanonicalJsonWriter
{
    private const int IndentSize = 2;

    private readonly StringBuilder output = new(4096);
    private readonly Stack<bool> hasItems = new();
    private bool afterName;

    /// <summary>Starts an object, as a value (after <see cref="Name"/>, in an array, or at the top level).</summary>
    public void StartObject()
    {
        BeforeValue();
        output.Append('{');
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
        output.Append('[');
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
        output.Append(JsonText.Quote(name)).Append(": ");
        afterName = true;
    }

    public void String(string value)
    {
        BeforeValue();
        output.Append(JsonText.Quote(value));
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
        output.Append(value.ToString("R", CultureInfo.InvariantCulture));
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
        output.Append(json);
    }

    /// <summary>Ends the output with a newline and returns it.</summary>
    public string Finish() => output.Append('\n').ToString();

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
            output.Append(',');
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

        output.Append(bracket);
    }

    private void NewLine(int depth) => output.Append('\n').Append(' ', depth * IndentSize);
}
