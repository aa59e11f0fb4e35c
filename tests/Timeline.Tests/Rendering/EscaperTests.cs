using Annals.Rendering;

namespace Annals.Tests.Rendering;

public class EscaperTests
{
    [Theory]
    [InlineData("Plain text, with (parentheses) and a full stop.", "Plain text, with (parentheses) and a full stop.")]
    [InlineData("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`")]
    [InlineData("[a](javascript:alert(1))", "\\[a\\](javascript:alert(1))")]
    [InlineData("<script>&amp;", "\\<script\\>\\&amp;")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("# not a heading #", "\\# not a heading \\#")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("2025) not a list", "2025\\) not a list")]
    [InlineData("iv. not a list", "iv\\. not a list")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("---", "\\---")]
    [InlineData("===", "\\=\\=\\=")]
    [InlineData(": not a definition", "\\: not a definition")]
    [InlineData("line one\nline two\r\n\r\nthree", "line one line two three")]
    [InlineData("  padded\t ", "padded")]
    [InlineData("http://x.example and www.x.example", "http\\://x.example and www\\.x.example")]
    [InlineData("mailto:a@b.example tel:+1555", "mailto\\:a@b.example tel\\:+1555")]
    [InlineData("==mark== ++ins++ \"\"cite\"\" ::span::", "\\=\\=mark\\=\\= \\+\\+ins\\+\\+ \\\"\\\"cite\\\"\\\" \\:\\:span\\:\\:")]
    [InlineData("x^2^ H~2~O $x$ {#id}", "x\\^2\\^ H\\~2\\~O \\$x\\$ \\{\\#id\\}")]
    [InlineData("Wow!", "Wow\\!")]
    [InlineData("A \"quote\" and a = sign + plus", "A \"quote\" and a = sign + plus")]
    [InlineData("C:\\path", "C:\\\\path")]
    [InlineData("مرحبا 👩‍👩‍👧‍👦 \u202Eevil", "مرحبا 👩‍👩‍👧‍👦 \u202Eevil")]
    [InlineData("10\u00A0km", "10\u00A0km")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData(null, "")]
    public void Escape_UserText_IsSafeMarkdownThatReadsTheSame(string? text, string expected)
    {
        MarkdownEscaper.Escape(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("1. x", "1. x")]
    [InlineData("- x", "- x")]
    [InlineData("c. late January", "c. late January")]
    public void EscapeInline_TextAfterOtherText_SkipsLineStartRules(string text, string expected)
    {
        MarkdownEscaper.EscapeInline(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("---", "\\---")]
    [InlineData(":--", "\\:--")]
    [InlineData("c. 2021", "c. 2021")]
    public void EscapeCell_LeadingDashOrColon_CannotMakeADelimiterRow(string text, string expected)
    {
        MarkdownEscaper.EscapeCell(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Rubio: visit #1; 50% <b> & co", "Rubio#58; visit #35;1#59; 50#37; #60;b#62; #38; co")]
    [InlineData("%%{init: {'theme':'dark'}}%%", "#37;#37;{init#58; {'theme'#58;'dark'}}#37;#37;")]
    [InlineData("line\nbreak\r\n  and\tspaces  ", "line break and spaces")]
    [InlineData("#35; is already an entity", "#35;35#59; is already an entity")]
    [InlineData("مرحبا 👍🏽", "مرحبا 👍🏽")]
    [InlineData(null, "")]
    public void MermaidEscape_UserText_CannotFormSyntax(string? text, string expected)
    {
        MermaidEscaper.Escape(text).Should().Be(expected);
    }
}
