using System.Globalization;
using Annals.Dates;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Rendering;

/// <summary>
/// Writes a <see cref="TimelineDiff"/> as Markdown: a heading "What changed between 1 April 2025 and 20 April 2025",
/// then the events added, removed and changed, each changed event with its fields' old and new values.
/// </summary>
/// <remarks>Everything the user wrote is escaped as in <see cref="ChronologyMarkdown"/>; output uses <c>"\n"</c>, has no
/// trailing spaces and ends with one newline. Thread-safe.</remarks>
public static class DiffMarkdown
{
    /// <summary>Writes a diff.</summary>
    /// <param name="diff">The diff; its timelines' as-of days name the heading (or "before" and "after").</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="culture">The culture for dates and words; <see langword="null"/> for invariant English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diff"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(TimelineDiff diff, TextWriter writer, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(writer);
        var format = DateTextFormat.For(culture);
        var text = format.Text;
        var lines = new LineWriter(writer);
        var before = diff.Before.AsOfDate is { } from ? format.Day(from) : "before";
        var after = diff.After.AsOfDate is { } to ? format.Day(to) : "after";
        lines.WriteLine("# " + MarkdownEscaper.Escape(string.Format(CultureInfo.InvariantCulture, text.WhatChanged, before, after)));
        if (diff.IsEmpty)
        {
            lines.BlankLine();
            lines.WriteLine(text.NoChanges);
        }

        Section(lines, text.Added, diff.Added, diff.After, format);
        Section(lines, text.Removed, diff.Removed, diff.Before, format);
        if (!diff.Changed.IsEmpty)
        {
            lines.BlankLine();
            lines.WriteLine("## " + text.Changed);
            lines.BlankLine();
            var phrases = new EventPhrases(diff.After, format);
            foreach (var change in diff.Changed)
            {
                lines.WriteLine(Item(change.After, phrases));
                foreach (var field in change.Changes)
                {
                    lines.WriteLine(
                        "  - " + field.Field + ": " + Value(field.OldValue, text) + " → " + Value(field.NewValue, text));
                }
            }
        }

        lines.Finish();
    }

    /// <summary>Writes a diff to a string.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="culture">The culture; <see langword="null"/> for invariant English.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(TimelineDiff diff, CultureInfo? culture = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(diff, writer, culture);
        return writer.ToString();
    }

    private static void Section(LineWriter lines, string heading, IReadOnlyList<Event> events, Timeline timeline, DateTextFormat format)
    {
        if (events.Count == 0)
        {
            return;
        }

        lines.BlankLine();
        lines.WriteLine("## " + heading);
        lines.BlankLine();
        var phrases = new EventPhrases(timeline, format);
        foreach (var e in events)
        {
            lines.WriteLine(Item(e, phrases));
        }
    }

    private static string Item(Event e, EventPhrases phrases) =>
        "- **" + MarkdownEscaper.EscapeInline(phrases.DateLabelWithStatus(e)) + "**: "
        + MarkdownEscaper.EscapeInline(e.Title) + MarkdownEscaper.EscapeInline(phrases.CertaintySuffix(e));

    private static string Value(string? value, RenderText text) =>
        value is null ? "*" + text.None + "*" : MarkdownEscaper.EscapeInline(value);
}
