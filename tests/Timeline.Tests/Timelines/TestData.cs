using Annals.Dates;
using Annals.Model;

namespace Annals.Tests.Timelines;

internal static class TestData
{
    public static EdtfDate D(string edtf) => EdtfDate.Parse(edtf).GetValueOrThrow();

    public static Event E(string id, string date, params Participant[] participants) =>
        new(id, "Event " + id, D(date)) { Participants = [.. participants] };

    public static Actor A(string id, string? name = null) => new(id, name ?? id);
}
