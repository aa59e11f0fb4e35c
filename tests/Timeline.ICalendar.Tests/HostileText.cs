namespace Annals.ICalendar.Tests;

/// <summary>Text that iCalendar must escape, fold or carry through unchanged.</summary>
internal static class HostileText
{
    /// <summary>Gets titles and other one-line fields that must round-trip exactly through an export and a parse.</summary>
    public static TheoryData<string> RoundTripping { get; } =
    [
        "a, b; c \\ d\nnew line",
        "Trailing backslash \\",
        "Colon: and \"quotes\" and 'apostrophes'",
        "\\n is not a line break, \\, is not a comma",
        "Emoji 🚨🇸🇻🤝🏼🇺🇸😂 and a family 👨‍👩‍👧‍👦",
        "مرحبا بالعالم — RTL Arabic with a comma، and numbers ١٢٣",
        "שלום עולם, Hebrew; mixed with English",
        "Tab\tseparated\tvalues",
        "  leading and trailing spaces  ",
        ";starts with a semicolon",
        ":starts with a colon",
        "ends with a line break\n",
        "BEGIN:VEVENT\nEND:VCALENDAR",
        "Blank lines\n\n\nin between",
        "İstanbul ıi Iİ — Turkish casing",
        "Zero-width\u200Bspace and RTL mark\u200F and BOM\uFEFF inside",
        string.Concat(Enumerable.Repeat("🚨a, b; ", 40)),
        string.Concat(Enumerable.Repeat("ééé", 60)),
    ];
}
