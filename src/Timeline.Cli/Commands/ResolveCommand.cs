using System.CommandLine;
using Annals.Cli.Output;
using Annals.Phrases;
using NodaTime;
using NodaTime.Text;

namespace Annals.Cli.Commands;

/// <summary>
/// <c>timeline resolve "PHRASE" --anchor DAY [--json] [--language auto|english|spanish]</c>: turns a reporter's relative
/// date ("next month", "a few days after 20 January 2025") into an EDTF date with
/// <see cref="RelativeDates.Resolve"/>, and prints it as <c>timeline date</c> does.
/// </summary>
internal static class ResolveCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "resolve";

    /// <summary>Builds the <c>resolve</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var phrase = new Argument<string>("PHRASE")
        {
            Description = "The phrase, in English or Spanish, e.g. \"next month\", \"on Friday\", \"early March\", "
                + "\"a few days after 20 January 2025\", \"el mes que viene\". Quote it in the shell.",
        };
        var anchor = new Option<string>("--anchor")
        {
            Description = "The day the phrase is relative to, usually the publication date, as yyyy-MM-dd.",
            Required = true,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object with the fields of 'timeline date --json', plus anchor and explanation.",
        };
        var language = new Option<PhraseLanguage>("--language")
        {
            Description = "The phrase's language: auto (English, then Spanish), english or spanish.",
            DefaultValueFactory = _ => PhraseLanguage.Auto,
        };

        var command = new Command(
            Name,
            "Resolve a relative date written the way reporters write it into an EDTF date. Exits with 1, and one line "
            + "on standard error, when the phrase is not understood; it never guesses.")
        {
            phrase,
            anchor,
            json,
            language,
        };

        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(phrase),
            parseResult.GetRequiredValue(anchor),
            parseResult.GetValue(json),
            parseResult.GetValue(language),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string phrase, string anchorText, bool json, PhraseLanguage language, TextWriter stdout, TextWriter stderr)
    {
        var anchor = LocalDatePattern.Iso.Parse(anchorText);
        if (!anchor.Success)
        {
            stderr.Write(
                "timeline resolve: --anchor " + InvariantText.QuoteShort(anchorText)
                + " is not a day; write it as yyyy-MM-dd, e.g. 2025-03-28\n");
            return ExitCodes.UsageError;
        }

        var resolved = RelativeDates.Resolve(phrase, anchor.Value, new PhraseOptions { Language = language });
        if (!resolved.Success)
        {
            stderr.Write(
                "timeline resolve: cannot resolve " + InvariantText.QuoteShort(phrase) + " "
                + InvariantText.OneLine(resolved.Error.ToString()) + "\n");
            return ExitCodes.InvalidInput;
        }

        var result = resolved.Value;
        var anchorIso = InvariantText.Date(result.Anchor);
        stdout.Write(json
            ? DateReport.Json(phrase, result.Date, ("anchor", anchorIso), ("explanation", result.Explanation))
            : DateReport.Human(result.Date, ("anchor", anchorIso), ("rule", result.Explanation)));
        return ExitCodes.Success;
    }
}
