namespace Annals.Model;

/// <summary>Checks for the text and enumeration fields of the model and of the rendering options.</summary>
internal static class FieldChecks
{
    /// <summary>Text that must have some content: not null, empty or only white space.</summary>
    public static string Required(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{paramName} is required, but null was given; give it some text.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or blank; give it some text.", paramName);
        }

        return value;
    }

    /// <summary>Optional text: null for none, otherwise it must have some content.</summary>
    public static string? OptionalLine(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                $"{paramName} must not be empty or blank; give it some text, or null to leave it out.",
                paramName);
        }

        return value;
    }

    /// <summary>An enumeration value that must be one of the defined values.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The property's name, from <c>nameof</c>.</param>
    /// <param name="what">What the value is, for the message: "event status" gives "(EventStatus)9 is not a defined
    /// event status; use EventStatus.Occurred, …".</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static TEnum Defined<TEnum>(TEnum value, string paramName, string what)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw Utility.Preconditions.Undefined(value, paramName, what);

    /// <summary>An optional enumeration value: null for none, otherwise one of the defined values.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="paramName">The property's name, from <c>nameof</c>.</param>
    /// <param name="what">What the value is, for the message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not null and not defined.</exception>
    public static TEnum? OptionalDefined<TEnum>(TEnum? value, string paramName, string what)
        where TEnum : struct, Enum =>
        value is null ? null : Defined(value.Value, paramName, what);
}
