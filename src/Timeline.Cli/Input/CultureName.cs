using System.Globalization;

namespace Annals.Cli.Input;

/// <summary>Reads the value of a <c>--culture</c> option: a predefined culture name such as <c>en-GB</c> or
/// <c>es-SV</c>.</summary>
internal static class CultureName
{
    /// <summary>Finds the culture a name stands for.</summary>
    /// <param name="name">The option's value, or <see langword="null"/> or empty when the option was not given.</param>
    /// <param name="culture">The culture, or <see langword="null"/> when no name was given or it is unknown.</param>
    /// <param name="problem">When the name is unknown, the usage problem to report (<c>--culture: …</c>); otherwise
    /// <see langword="null"/>.</param>
    /// <returns><see langword="false"/> when a name was given that this machine does not know.</returns>
    public static bool TryRead(string? name, out CultureInfo? culture, out string? problem)
    {
        culture = null;
        problem = null;
        if (string.IsNullOrEmpty(name))
        {
            return true;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            problem = $"--culture: '{Output.InvariantText.OneLine(name)}' is not a culture this machine knows; use a name such as en-US, en-GB, es-SV or fr-FR";
            return false;
        }
    }
}
