using Annals.Dates;
using FsCheck.Xunit;

namespace Annals.Tests.Dates;

[Properties(Arbitrary = [typeof(EdtfArbitraries)])]
public class EdtfDatePropertyTests
{
    [Property]
    public void Parse_CanonicalText_GivesAnEqualValue(EdtfDate value)
    {
        EdtfDate parsed = Edtf.Parse(value.ToString());

        if (value is EdtfSingleDate { Zone: not null })
        {
            // The zone is not part of EDTF text: the text round-trips, the zone does not.
            parsed.ToString().Should().Be(value.ToString());
            parsed.Earliest.Should().Be(value.Earliest);
            return;
        }

        parsed.Should().Be(value);
        parsed.GetHashCode().Should().Be(value.GetHashCode());
        parsed.CompareTo(value).Should().Be(0);
        parsed.Kind.Should().Be(value.Kind);
        parsed.Precision.Should().Be(value.Precision);
        parsed.Level.Should().Be(value.Level);
        parsed.Earliest.Should().Be(value.Earliest);
        parsed.Latest.Should().Be(value.Latest);
        parsed.IsApproximate.Should().Be(value.IsApproximate);
        parsed.IsUncertain.Should().Be(value.IsUncertain);
        parsed.HasUnspecifiedDigits.Should().Be(value.HasUnspecifiedDigits);
    }

    [Property]
    public void Bounds_EarliestIsNeverAfterLatest(EdtfDate value)
    {
        if (value.Earliest is { } earliest && value.Latest is { } latest)
        {
            earliest.Should().BeLessThanOrEqualTo(latest);
        }
    }

    [Property]
    public void Queries_AValueLiesWithinItsOwnBounds(EdtfDate value)
    {
        value.IsCertainlyWithin(value.Earliest, value.Latest).Should().BeTrue();
        value.MayOverlap(value.Earliest, value.Latest).Should().BeTrue();
        value.RelateTo(value).Should().Be(DateRelation.MayOverlap);
    }

    [Property]
    public void Compare_IsAntisymmetricAndZeroExactlyForEqualValues(EdtfDate a, EdtfDate b)
    {
        int ab = a.CompareTo(b);
        int ba = b.CompareTo(a);

        Math.Sign(ab).Should().Be(-Math.Sign(ba));
        (ab == 0).Should().Be(a.Equals(b));
        (a == b).Should().Be(a.Equals(b));
        (a < b).Should().Be(ab < 0);
        (a >= b).Should().Be(ab >= 0);
        if (a.Equals(b))
        {
            a.GetHashCode().Should().Be(b.GetHashCode());
        }
    }

    [Property]
    public void Compare_IsTransitive(EdtfDate a, EdtfDate b, EdtfDate c)
    {
        EdtfDate[] sorted = [a, b, c];
        Array.Sort(sorted, EdtfDate.Comparer);

        EdtfDate.Comparer.Compare(sorted[0], sorted[1]).Should().BeLessThanOrEqualTo(0);
        EdtfDate.Comparer.Compare(sorted[1], sorted[2]).Should().BeLessThanOrEqualTo(0);
        EdtfDate.Comparer.Compare(sorted[0], sorted[2]).Should().BeLessThanOrEqualTo(0);
    }

    [Property]
    public void Sort_ListWithCopies_IsTotalAndKeepsEqualValuesTogether(EdtfDate[] values)
    {
        List<EdtfDate?> all = [.. values, .. values.Where(v => v is not EdtfSingleDate { Zone: not null }).Select(v => Edtf.Parse(v.ToString())), null];

        all.Sort(EdtfDate.Comparer);

        all[0].Should().BeNull();
        var violations = new List<string>();
        for (int i = 0; i < all.Count; i++)
        {
            for (int j = i + 1; j < all.Count; j++)
            {
                int order = EdtfDate.Comparer.Compare(all[i], all[j]);
                if (order > 0 || (order == 0) != Equals(all[i], all[j]))
                {
                    violations.Add($"{all[i]} vs {all[j]}: {order}");
                }
            }
        }

        violations.Should().BeEmpty();
    }

    [Property]
    public void RelateTo_IsSymmetric(EdtfDate a, EdtfDate b)
    {
        DateRelation ab = a.RelateTo(b);
        DateRelation ba = b.RelateTo(a);

        ba.Should().Be(ab switch
        {
            DateRelation.Before => DateRelation.After,
            DateRelation.After => DateRelation.Before,
            _ => DateRelation.MayOverlap,
        });
    }

    [Property]
    public void Describe_AlwaysGivesText(EdtfDate value)
    {
        value.Describe().Should().NotBeNullOrWhiteSpace();
        value.Level.Should().BeInRange(0, 2);
    }

    [Property]
    public void Parse_AnyString_NeverThrows(string text)
    {
        ParseResult<EdtfDate> result = EdtfDate.Parse(text);

        if (!result.Success)
        {
            result.Error.Position.Should().BeInRange(0, text?.Length ?? 0);
        }
    }

    [Property]
    public void Parse_EdtfNoise_NeverThrowsAndCanonicalisesStably(EdtfNoise noise)
    {
        ParseResult<EdtfDate> result = EdtfDate.Parse(noise.Text);

        if (result.Success)
        {
            EdtfDate again = Edtf.Parse(result.Value.ToString());
            again.Should().Be(result.Value);
            again.ToString().Should().Be(result.Value.ToString());
        }
        else
        {
            result.Error.Position.Should().BeInRange(0, noise.Text.Length);
            result.Error.Message.Should().NotBeNullOrWhiteSpace();
        }
    }
}
