namespace Annals.Cli;

/// <summary>The process exit codes of the <c>timeline</c> tool.</summary>
/// <remarks>Every command returns one of these; scripts may rely on them.</remarks>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command line was well formed, but the data it named is not valid (for example an impossible date).</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, or a missing or surplus argument.</summary>
    public const int UsageError = 2;

    /// <summary>Something went wrong inside the tool (a bug); the value is <c>EX_SOFTWARE</c> from <c>sysexits.h</c>.</summary>
    public const int InternalError = 70;
}
