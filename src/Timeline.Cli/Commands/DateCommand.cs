using System.CommandLine;
using Annals.Cli.Output;
using Annals.Dates;

namespace Annals.Cli.Commands;

/// <summary>
/// <c>timeline date EXPR [--json]</c>: parses one EDTF expression with <see cref="EdtfDate.Parse(string?)"/> and prints
/// what the library makes of it.
/// </summary>
internal static class DateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "date";

    /// <summary>Builds the <c>date</c> command.</summary>
    /// <returns>The command, ready to be added to the root command.</returns>
    public static Command Create()
    {
        var expression = new Argument<string>("EXPR")
        {
            Description =
                "An EDTF (ISO 8601-2) date, interval or set, for example 2025-04~, 2025-03-15/2025-03-16, "
                + "2025-04/.., [1667,1668] or -0044-03-15. Quote it in the shell when it holds [ ] { } ? or %. "
                + "A negative year works as is (timeline date -0044-03-15); any other expression that starts with '-' "
                + "needs '--' before it, after the options (timeline date --json -- -XXXX).",
        };

        var json = new Option<bool>("--json")
        {
            Description =
                "Print one JSON object instead of text: input, edtf, kind, precision, earliest, latest "
                + "(yyyy-MM-dd, or null when open or unknown), approximate, uncertain, reading.",
        };

        var command = new Command(
            Name,
            "Read an EDTF date: print its canonical form, a plain-English reading, its precision and its earliest "
            + "and latest possible days. Exits with 1, and one line on standard error, when the date is invalid.")
        {
            expression,
            json,
        };

        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(expression),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));

        return command;
    }

    /// <summary>Parses <paramref name="expression"/> and prints the result, or the error.</summary>
    /// <param name="expression">The EDTF text, as given on the command line.</param>
    /// <param name="json">Whether to print JSON rather than text.</param>
    /// <param name="stdout">Where the result goes.</param>
    /// <param name="stderr">Where the error goes.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.InvalidInput"/> when the date is invalid.</returns>
    private static int Run(string expression, bool json, TextWriter stdout, TextWriter stderr)
    {
        Annals.ParseResult<EdtfDate> parsed = EdtfDate.Parse(expression);
        if (!parsed.Success)
        {
            stderr.Write(
                "timeline date: invalid EDTF " + InvariantText.QuoteShort(expression) + " "
                + InvariantText.OneLine(parsed.Error.ToString()) + "\n");
            return ExitCodes.InvalidInput;
        }

        // The whole text is built before anything is written, so that a failure leaves standard output empty.
        string text = json ? DateReport.Json(expression, parsed.Value) : DateReport.Human(parsed.Value);
        stdout.Write(text);
        return ExitCodes.Success;
    }
}
