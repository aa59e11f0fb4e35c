using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Annals.Serialization;

/// <summary>The fields of one JSON object that the format does not define, in the order they were written, each with
/// its value as JSON. Loading keeps them so that saving writes them back.</summary>
/// <remarks>
/// <para>Values are standalone <see cref="JsonElement"/> clones, which need no disposal. Names are unique. Two
/// instances are equal when they hold the same names, in the same order, with deeply equal values.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ExtensionFields : IReadOnlyList<KeyValuePair<string, JsonElement>>, IEquatable<ExtensionFields>
{
    private readonly ImmutableArray<KeyValuePair<string, JsonElement>> fields;

    private ExtensionFields(ImmutableArray<KeyValuePair<string, JsonElement>> fields)
    {
        this.fields = fields;
    }

    /// <summary>Gets an instance with no fields.</summary>
    public static ExtensionFields Empty { get; } = new([]);

    /// <summary>Gets the number of fields.</summary>
    public int Count => fields.Length;

    /// <summary>Gets a value indicating whether there are no fields.</summary>
    public bool IsEmpty => fields.IsEmpty;

    /// <summary>Gets the field at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The field's name and value.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public KeyValuePair<string, JsonElement> this[int index] => fields[index];

    /// <summary>Creates an instance from names and values.</summary>
    /// <param name="fields">The fields, in the order they should be written.</param>
    /// <returns>The fields; each value is cloned, so the documents it came from may be disposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> or a name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name appears twice, or a value is the default (undefined) element.</exception>
    public static ExtensionFields Create(IEnumerable<KeyValuePair<string, JsonElement>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>();
        foreach (var (name, value) in fields)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(fields));
            if (!names.Add(name))
            {
                throw new ArgumentException($"The field '{name}' appears twice; names must be unique.", nameof(fields));
            }

            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The field '{name}' has no value.", nameof(fields));
            }

            builder.Add(new KeyValuePair<string, JsonElement>(name, value.Clone()));
        }

        return builder.Count == 0 ? Empty : new ExtensionFields(builder.DrainToImmutable());
    }

    /// <summary>Finds a field's value by name.</summary>
    /// <param name="name">The field's name; matching is ordinal.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns><see langword="true"/> when the field exists.</returns>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out JsonElement value)
    {
        foreach (var field in fields)
        {
            if (field.Key == name)
            {
                value = field.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Returns an enumerator over the fields, in order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<KeyValuePair<string, JsonElement>>.Enumerator GetEnumerator() => fields.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<KeyValuePair<string, JsonElement>> IEnumerable<KeyValuePair<string, JsonElement>>.GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, JsonElement>>)fields).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)fields).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ExtensionFields? other)
    {
        if (other is null || other.fields.Length != fields.Length)
        {
            return false;
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Key != other.fields[i].Key || !JsonElement.DeepEquals(fields[i].Value, other.fields[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionFields);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var field in fields)
        {
            hash.Add(field.Key, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the field names, for debugging.</summary>
    /// <returns>For example <c>{x-note, reviewed}</c>.</returns>
    public override string ToString() => "{" + string.Join(", ", fields.Select(f => f.Key)) + "}";

    /// <summary>Wraps fields the loader has already cloned and checked.</summary>
    internal static ExtensionFields FromChecked(ImmutableArray<KeyValuePair<string, JsonElement>> fields) =>
        fields.IsDefaultOrEmpty ? Empty : new ExtensionFields(fields);
}
