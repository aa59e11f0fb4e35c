using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Annals.Utility;

/// <summary>
/// Argument and state checks for constructors and factories. Each check throws the most specific exception,
/// passes the parameter name, and states the offending value in a message formatted with the invariant culture.
/// </summary>
/// <remarks>
/// <para>
/// Messages are built only when a check fails, so the checks cost nothing on the success path beyond the
/// comparison. Parsing never goes through these checks: parse errors are reported as <see cref="ParseError"/>.
/// </para>
/// <para>
/// <see cref="ArgumentOutOfRangeException"/> is created without its <c>ActualValue</c>: the message already states
/// the value, and the runtime would append the actual value formatted with the current culture (for example with
/// a Persian minus sign), which would make messages depend on the machine.
/// </para>
/// </remarks>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/> after checking that it is not <see langword="null"/>.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">The argument to check.</param>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is <see langword="null"/>.</exception>
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName, "The value must not be null.");
        }

        return argument;
    }

    /// <summary>Checks that an integer lies in an inclusive range.</summary>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <param name="value">The value to check.</param>
    /// <param name="minInclusive">The smallest allowed value.</param>
    /// <param name="maxInclusive">The largest allowed value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {paramName} {value} is outside the range {minInclusive}..{maxInclusive}."));
        }
    }

    /// <summary>Checks that an integer lies in an inclusive range, with a message of the caller's own.</summary>
    /// <typeparam name="T0">The type of the message argument.</typeparam>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <param name="value">The value to check.</param>
    /// <param name="minInclusive">The smallest allowed value.</param>
    /// <param name="maxInclusive">The largest allowed value.</param>
    /// <param name="format">A composite format string for the message, formatted with the invariant culture.</param>
    /// <param name="arg0">The message argument.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    internal static void CheckArgumentRange<T0>(
        string paramName, int value, int minInclusive, int maxInclusive, string format, T0 arg0)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, string.Format(CultureInfo.InvariantCulture, format, arg0));
        }
    }

    /// <summary>Checks that an integer lies in an inclusive range, with a message of the caller's own.</summary>
    /// <typeparam name="T0">The type of the first message argument.</typeparam>
    /// <typeparam name="T1">The type of the second message argument.</typeparam>
    /// <typeparam name="T2">The type of the third message argument.</typeparam>
    /// <typeparam name="T3">The type of the fourth message argument.</typeparam>
    /// <typeparam name="T4">The type of the fifth message argument.</typeparam>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <param name="value">The value to check.</param>
    /// <param name="minInclusive">The smallest allowed value.</param>
    /// <param name="maxInclusive">The largest allowed value.</param>
    /// <param name="format">A composite format string for the message, formatted with the invariant culture.</param>
    /// <param name="arg0">The first message argument.</param>
    /// <param name="arg1">The second message argument.</param>
    /// <param name="arg2">The third message argument.</param>
    /// <param name="arg3">The fourth message argument.</param>
    /// <param name="arg4">The fifth message argument.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    internal static void CheckArgumentRange<T0, T1, T2, T3, T4>(
        string paramName, int value, int minInclusive, int maxInclusive, string format, T0 arg0, T1 arg1, T2 arg2, T3 arg3, T4 arg4)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName, string.Format(CultureInfo.InvariantCulture, format, arg0, arg1, arg2, arg3, arg4));
        }
    }

    /// <summary>Checks a condition on an argument.</summary>
    /// <param name="expression">The condition that must hold.</param>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <param name="message">What is wrong with the argument; it should state the offending value.</param>
    /// <exception cref="ArgumentException"><paramref name="expression"/> is <see langword="false"/>.</exception>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Checks that a validation shared with the parser found no problem about an argument.</summary>
    /// <param name="problem">The problem, worded as a parse message (starting in lower case), or <see langword="null"/>.</param>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="problem"/> is not <see langword="null"/>; its message is the
    /// problem with a capital first letter.</exception>
    internal static void CheckNoProblem(string? problem, string paramName)
    {
        if (problem is not null)
        {
            throw new ArgumentException(
                problem.Length == 0 ? problem : char.ToUpperInvariant(problem[0]) + problem[1..], paramName);
        }
    }

    /// <summary>Checks a condition on an argument, formatting the message only when the check fails.</summary>
    /// <typeparam name="T0">The type of the message argument.</typeparam>
    /// <param name="expression">The condition that must hold.</param>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <param name="format">A composite format string for the message, formatted with the invariant culture.</param>
    /// <param name="arg0">The message argument, usually the offending value.</param>
    /// <exception cref="ArgumentException"><paramref name="expression"/> is <see langword="false"/>.</exception>
    internal static void CheckArgument<T0>([DoesNotReturnIf(false)] bool expression, string paramName, string format, T0 arg0)
    {
        if (!expression)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, format, arg0), paramName);
        }
    }

    /// <summary>Checks a condition on an argument, formatting the message only when the check fails.</summary>
    /// <typeparam name="T0">The type of the first message argument.</typeparam>
    /// <typeparam name="T1">The type of the second message argument.</typeparam>
    /// <param name="expression">The condition that must hold.</param>
    /// <param name="paramName">The parameter's name, from <c>nameof</c>.</param>
    /// <param name="format">A composite format string for the message, formatted with the invariant culture.</param>
    /// <param name="arg0">The first message argument.</param>
    /// <param name="arg1">The second message argument.</param>
    /// <exception cref="ArgumentException"><paramref name="expression"/> is <see langword="false"/>.</exception>
    internal static void CheckArgument<T0, T1>(
        [DoesNotReturnIf(false)] bool expression, string paramName, string format, T0 arg0, T1 arg1)
    {
        if (!expression)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, format, arg0, arg1), paramName);
        }
    }

    /// <summary>Checks that an object is in a state that allows an operation.</summary>
    /// <typeparam name="T0">The type of the message argument.</typeparam>
    /// <param name="expression">The condition that must hold.</param>
    /// <param name="format">A composite format string for the message, formatted with the invariant culture.</param>
    /// <param name="arg0">The message argument, usually the object's text.</param>
    /// <exception cref="InvalidOperationException"><paramref name="expression"/> is <see langword="false"/>.</exception>
    internal static void CheckState<T0>([DoesNotReturnIf(false)] bool expression, string format, T0 arg0)
    {
        if (!expression)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, format, arg0));
        }
    }

    /// <summary>Creates the exception for an enumeration value that is not defined, such as <c>(EventStatus)99</c>,
    /// whose message lists the defined values to use instead.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The undefined value.</param>
    /// <param name="paramName">The parameter or property's name, from <c>nameof</c>.</param>
    /// <param name="what">What the value is, such as "event status"; the enumeration's name when omitted.</param>
    /// <returns>The exception, to throw. Its message states no value formatted with the current culture.</returns>
    internal static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value, string paramName, string? what = null)
        where TEnum : struct, Enum
    {
        var type = typeof(TEnum).Name;
        var names = Enum.GetNames<TEnum>().Select(name => type + "." + name).ToArray();
        var choices = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        return new ArgumentOutOfRangeException(
            paramName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"({type}){Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a defined {what ?? type}; use {choices}."));
    }
}
