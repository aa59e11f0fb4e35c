namespace Annals.Serialization;

/// <summary>The stable codes of the problems that loading a timeline file reports, besides the timeline builder's
/// <see cref="Annals.Timelines.ProblemCodes"/> (<c>TL001</c> to <c>TL008</c>), which loading reports too.</summary>
/// <remarks>Each code is documented, with an example message, in <c>docs/format.md</c>.</remarks>
public static class LoadProblemCodes
{
    /// <summary>The text is not well-formed JSON: a missing comma or quote, an unescaped control character, a
    /// truncated file, two values at the top level.</summary>
    public const string MalformedJson = "JS001";

    /// <summary>The file is not valid UTF-8, for example because it was saved as UTF-16 or Latin-1.</summary>
    public const string InvalidUtf8 = "JS002";

    /// <summary>The JSON nests more deeply than <see cref="LoadOptions.MaxDepth"/> levels (64 by default).</summary>
    public const string TooDeep = "JS003";

    /// <summary>The file holds no JSON value at all: it is empty, or only white space and comments.</summary>
    public const string EmptyFile = "JS004";

    /// <summary>The file's format version (its <c>timeline</c> field) is not one this library reads.</summary>
    public const string UnsupportedVersion = "JS005";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "JS006";

    /// <summary>A value has the wrong JSON type, such as a number where a string is expected, or null anywhere.</summary>
    public const string WrongType = "JS007";

    /// <summary>A name from a fixed vocabulary (a kind, a status, a certainty, a role, a relation type) is unknown.</summary>
    public const string UnknownValue = "JS008";

    /// <summary>A warning: a field name is unknown but close to a known one, so it is probably misspelt. The field is
    /// kept as extension data.</summary>
    public const string UnknownField = "JS009";

    /// <summary>The same field appears twice in one object.</summary>
    public const string DuplicateField = "JS010";

    /// <summary>A date is not valid EDTF.</summary>
    public const string InvalidDate = "JS011";

    /// <summary>A time zone is not a known IANA time zone id.</summary>
    public const string UnknownTimeZone = "JS012";

    /// <summary>An id is not a valid slug (lowercase letters, digits, single hyphens or underscores).</summary>
    public const string InvalidId = "JS013";

    /// <summary>A value has the right type but is not acceptable: blank text, a malformed country code, a latitude out
    /// of range, a latitude without a longitude.</summary>
    public const string InvalidValue = "JS014";

    /// <summary>The file is larger than <see cref="LoadOptions.MaxFileSize"/> (1 GiB by default). Nothing of it is
    /// read beyond the limit.</summary>
    public const string FileTooLarge = "JS015";

    /// <summary>A string or field name is longer than <see cref="LoadOptions.MaxStringLength"/> (1,048,576 characters
    /// by default).</summary>
    public const string StringTooLong = "JS016";

    /// <summary>The <c>events</c> array holds more than <see cref="LoadOptions.MaxEvents"/> events (1,000,000 by
    /// default).</summary>
    public const string TooManyEvents = "JS017";
}
