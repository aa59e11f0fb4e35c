using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Annals.Dates;
using Annals.Model;
using NodaTime;

namespace Annals.Serialization;

/// <summary>The readers of single values: each checks a field's type and content, reports what is wrong with it, and
/// returns the value or <see langword="null"/>.</summary>
internal sealed partial class ChronologyReader
{
    private const int MaxSuggestedLength = 64;

    private const int MaxShownLength = 80;

    private static readonly Lazy<ImmutableDictionary<string, string>> TimeZoneIdsByLowercase = new(() =>
        DateTimeZoneProviders.Tzdb.Ids
            .GroupBy(id => id.ToLowerInvariant(), StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    private static readonly Lazy<string[]> SortedLowercaseTimeZoneIds = new(() =>
        [.. TimeZoneIdsByLowercase.Value.Keys.Order(StringComparer.Ordinal)]);

    /// <summary>Sorts an object's members into known fields and extension data, reporting duplicates and likely
    /// misspellings.</summary>
    private ObjectMembers Members(JsonObjectSyntax node, string path, string[] known)
    {
        var members = new Dictionary<string, JsonPropertySyntax>(node.Properties.Count, StringComparer.Ordinal);
        HashSet<string>? unknownNames = null;
        ImmutableArray<KeyValuePair<string, JsonElement>>.Builder? extensions = null;
        foreach (var property in node.Properties)
        {
            var name = property.Name;
            var isKnown = System.Array.IndexOf(known, name) >= 0;
            if (isKnown ? !members.TryAdd(name, property) : !(unknownNames ??= new(StringComparer.Ordinal)).Add(name))
            {
                Error(
                    LoadProblemCodes.DuplicateField,
                    $"the field '{Shown(name)}' appears twice in this object; keep one",
                    property.NameStart,
                    JsonPath.Property(path, name));
                continue;
            }

            if (isKnown)
            {
                continue;
            }

            (extensions ??= ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>())
                .Add(new KeyValuePair<string, JsonElement>(name, Element(property.Value)));
            if (!name.StartsWith(EventKind.CustomPrefix, StringComparison.Ordinal)
                && !name.StartsWith('$')
                && Suggest(name, known, out var suggestion))
            {
                Report(
                    ProblemSeverity.Warning,
                    LoadProblemCodes.UnknownField,
                    $"unknown field '{Shown(name)}' (did you mean '{suggestion}'?); it is kept as extension data",
                    property.NameStart,
                    JsonPath.Property(path, name));
            }
        }

        var fields = extensions is null ? ExtensionFields.Empty : ExtensionFields.FromChecked(extensions.DrainToImmutable());
        return new ObjectMembers(node, path, members, fields);
    }

    private JsonElement Element(JsonSyntax value)
    {
        using var document = JsonDocument.Parse(text.Slice(value.Start, value.End - value.Start), extensionParsing);
        return document.RootElement.Clone();
    }

    private JsonSyntax? Value(ObjectMembers members, string name, bool required)
    {
        if (members.Known.TryGetValue(name, out var property))
        {
            return property.Value;
        }

        if (required)
        {
            Missing(members, name);
        }

        return null;
    }

    private JsonStringSyntax? StringValue(ObjectMembers members, string name, bool required)
    {
        var value = Value(members, name, required);
        if (value is null or JsonStringSyntax)
        {
            return (JsonStringSyntax?)value;
        }

        WrongType(value, "a string", JsonPath.Property(members.Path, name), optional: !required);
        return null;
    }

    private string? Text(ObjectMembers members, string name, bool required)
    {
        if (StringValue(members, name, required) is not { } value)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value.Value))
        {
            Error(
                LoadProblemCodes.InvalidValue,
                required
                    ? $"'{name}' must not be empty or blank"
                    : $"'{name}' must not be empty or blank; leave the field out instead",
                value.Start,
                JsonPath.Property(members.Path, name));
            return null;
        }

        return value.Value;
    }

    private string? Id(ObjectMembers members, string name, bool required)
    {
        if (StringValue(members, name, required) is not { } value)
        {
            return null;
        }

        if (!Slug.IsValid(value.Value))
        {
            var slug = Slugify(value.Value);
            var hint = slug != value.Value && Slug.IsValid(slug) ? $" (did you mean '{slug}'?)" : string.Empty;
            Error(
                LoadProblemCodes.InvalidId,
                $"'{Shown(value.Value)}' is not a valid id{hint}: {Slug.Rule}",
                value.Start,
                JsonPath.Property(members.Path, name));
            return null;
        }

        return value.Value;
    }

    private TEnum? Enum<TEnum>(ObjectMembers members, string name, string noun, bool required = false)
        where TEnum : struct, System.Enum
    {
        if (StringValue(members, name, required) is not { } value)
        {
            return null;
        }

        if (Vocabulary.TryParse<TEnum>(value.Value, out var parsed))
        {
            return parsed;
        }

        var names = Vocabulary.Names<TEnum>();
        var hint = Suggest(value.Value, names, out var suggestion)
            ? $" (did you mean '{suggestion}'?)"
            : "; use one of: " + string.Join(", ", names);
        Error(
            LoadProblemCodes.UnknownValue,
            $"unknown {noun} '{Shown(value.Value)}'{hint}",
            value.Start,
            JsonPath.Property(members.Path, name));
        return null;
    }

    private EventKind? Kind(ObjectMembers members)
    {
        if (StringValue(members, FieldNames.Kind, required: false) is not { } value)
        {
            return null;
        }

        if (EventKind.TryGet(value.Value, out var kind))
        {
            return kind;
        }

        var path = JsonPath.Property(members.Path, FieldNames.Kind);
        if (value.Value.StartsWith(EventKind.CustomPrefix, StringComparison.Ordinal))
        {
            Error(
                LoadProblemCodes.InvalidValue,
                $"'{Shown(value.Value)}' is not a valid custom event kind: write '{EventKind.CustomPrefix}' followed by lowercase letters, digits and hyphens, such as 'x-inauguration'",
                value.Start,
                path);
            return null;
        }

        var hint = Suggest(value.Value, EventKind.BuiltIns.Select(k => k.Name), out var suggestion)
            ? $" (did you mean '{suggestion}'?)"
            : $"; use a built-in kind ({string.Join(", ", EventKind.BuiltIns.Select(k => k.Name))}) or a custom kind starting with '{EventKind.CustomPrefix}', such as 'x-inauguration'";
        Error(LoadProblemCodes.UnknownValue, $"unknown event kind '{Shown(value.Value)}'{hint}", value.Start, path);
        return null;
    }

    private EdtfDate? Date(ObjectMembers members, string name, bool required)
    {
        if (StringValue(members, name, required) is not { } value)
        {
            return null;
        }

        var parsed = EdtfDate.Parse(value.Value);
        if (parsed.TryGetValue(out var date))
        {
            return date;
        }

        var error = parsed.Error!;
        Error(
            LoadProblemCodes.InvalidDate,
            $"invalid date '{Shown(value.Value)}': {error.Message.TrimEnd('.')}",
            OffsetOfCharacter(value, error.Position),
            JsonPath.Property(members.Path, name));
        return null;
    }

    private LocalDate? Day(ObjectMembers members, string name, bool required)
    {
        if (StringValue(members, name, required) is not { } value)
        {
            return null;
        }

        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(value.Value);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Error(
            LoadProblemCodes.InvalidDate,
            $"invalid day '{Shown(value.Value)}': write a calendar day as YYYY-MM-DD, such as '2025-04-14'",
            value.Start,
            JsonPath.Property(members.Path, name));
        return null;
    }

    private DateTimeZone? TimeZone(ObjectMembers members)
    {
        if (StringValue(members, FieldNames.TimeZone, required: false) is not { } value)
        {
            return null;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(value.Value) is { } zone)
        {
            return zone;
        }

        var byLowercase = TimeZoneIdsByLowercase.Value;
        var lowered = value.Value.ToLowerInvariant();
        var hint = byLowercase.TryGetValue(lowered, out var exact)
            ? $" (did you mean '{exact}'? time zone ids are case-sensitive)"
            : SuggestWithinBudget(lowered, SortedLowercaseTimeZoneIds.Value, out var suggestion)
                ? $" (did you mean '{byLowercase[suggestion]}'?)"
                : "; use an IANA time zone id, such as 'America/New_York' or 'UTC'";
        Error(
            LoadProblemCodes.UnknownTimeZone,
            $"unknown time zone '{Shown(value.Value)}'{hint}",
            value.Start,
            JsonPath.Property(members.Path, FieldNames.TimeZone));
        return null;
    }

    private CountryCode? Country(ObjectMembers members)
    {
        if (StringValue(members, FieldNames.Country, required: false) is not { } value)
        {
            return null;
        }

        if (CountryCode.TryParse(value.Value, out var code))
        {
            return code;
        }

        Error(
            LoadProblemCodes.InvalidValue,
            $"'{Shown(value.Value)}' is not an ISO 3166-1 alpha-3 country code: use three letters, such as 'USA' or 'SLV'",
            value.Start,
            JsonPath.Property(members.Path, FieldNames.Country));
        return null;
    }

    private double? Degrees(ObjectMembers members, string name, int limit)
    {
        var value = Value(members, name, required: false);
        var path = JsonPath.Property(members.Path, name);
        if (value is null)
        {
            return null;
        }

        if (value is not JsonNumberSyntax number)
        {
            WrongType(value, "a number", path, optional: true);
            return null;
        }

        if (number.Value is not { } degrees || degrees < -limit || degrees > limit)
        {
            Error(
                LoadProblemCodes.InvalidValue,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name} {Shown(number.Text)} is out of range: use degrees from -{limit} to {limit}"),
                number.Start,
                path);
            return null;
        }

        return degrees;
    }

    private JsonArraySyntax? Array(ObjectMembers members, string name)
    {
        var value = Value(members, name, required: false);
        if (value is null or JsonArraySyntax)
        {
            return (JsonArraySyntax?)value;
        }

        WrongType(value, "an array", JsonPath.Property(members.Path, name), optional: true);
        return null;
    }

    private ObjectMembers? Object(JsonSyntax value, string path)
    {
        if (value is JsonObjectSyntax obj)
        {
            return new ObjectMembers(obj, path, [], ExtensionFields.Empty);
        }

        WrongType(value, "an object", path);
        return null;
    }

    /// <summary>Finds the byte offset of a character of a string's value, reading escape sequences, so that an EDTF
    /// error position maps to the column where that character is written.</summary>
    private int OffsetOfCharacter(JsonStringSyntax value, int index)
    {
        var raw = text.Span[(value.Start + 1)..Math.Max(value.Start + 1, value.End - 1)];
        var units = 0;
        var i = 0;
        while (i < raw.Length && units < index)
        {
            var b = raw[i];
            if (b == (byte)'\\')
            {
                i += i + 1 < raw.Length && raw[i + 1] == (byte)'u' ? 6 : 2;
                units++;
            }
            else
            {
                var length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                units += length == 4 ? 2 : 1;
                i += length;
            }
        }

        return value.Start + 1 + Math.Min(i, raw.Length);
    }

    /// <summary>Finds a "did you mean" suggestion among a few known names; names longer than any likely typo of a known
    /// name get none, which keeps the work for each name small whatever the input.</summary>
    private static bool Suggest(string name, IEnumerable<string> candidates, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? suggestion)
    {
        suggestion = null;
        return name.Length <= MaxSuggestedLength && Vocabulary.TrySuggest(name, candidates, out suggestion);
    }

    /// <summary>Finds a "did you mean" suggestion among many known names (the time zones), within the work the whole
    /// file may spend on them (<see cref="SuggestionBudget"/>), so that thousands of bad names stay quick.</summary>
    private bool SuggestWithinBudget(string name, IEnumerable<string> candidates, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? suggestion)
    {
        suggestion = null;
        return name.Length <= MaxSuggestedLength && Vocabulary.TrySuggest(name, candidates, suggestions, out suggestion);
    }

    /// <summary>Shortens a value quoted in a message, so that a huge value does not make a huge message.</summary>
    private static string Shown(string value) =>
        value.Length <= MaxShownLength ? value : string.Concat(value.AsSpan(0, MaxShownLength - 3), "...");

    /// <summary>Makes a slug of text, for the "did you mean" of a bad id: <c>Rubio Visit</c> gives <c>rubio-visit</c>.
    /// Returns the empty string when there is no useful suggestion.</summary>
    private static string Slugify(string text)
    {
        string decomposed;
        try
        {
            decomposed = text.Length <= 2 * MaxShownLength ? text.Normalize(NormalizationForm.FormD) : string.Empty;
        }
        catch (ArgumentException)
        {
            return string.Empty; // not normalizable (it holds a lone surrogate): no suggestion
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>An object's known fields by name, and its unknown fields as extension data.</summary>
    private sealed record ObjectMembers(
        JsonObjectSyntax Node,
        string Path,
        Dictionary<string, JsonPropertySyntax> Known,
        ExtensionFields Extensions);
}
