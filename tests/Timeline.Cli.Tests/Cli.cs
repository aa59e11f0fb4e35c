using System.Globalization;

namespace Annals.Cli.Tests;

/// <summary>What one run of the tool produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of standard error, without the final line feed's empty remainder.</summary>
    public string[] StderrLines => Stderr.Length == 0 ? [] : Stderr.TrimEnd('\n').Split('\n');
}

/// <summary>Runs the tool in-process, as <c>timeline args…</c> would, and captures both of its streams.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        // Writers whose own line ending is "\r\n", so that any line the tool ends through them, rather than with "\n",
        // shows up in the captured text.
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        int exitCode = TimelineApp.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <paramref name="action"/> with <see cref="CultureInfo.CurrentCulture"/> set, then restores it.</summary>
    public static T WithCulture<T>(string culture, Func<T> action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
